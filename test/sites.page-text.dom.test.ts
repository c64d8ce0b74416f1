import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { analyzePosting } from '../src/analysis/analyze-posting';
import { MAX_DESCRIPTION_CHARS } from '../src/sites/limits';
import { readPageText } from '../src/sites/page-text';
import { readPage } from '../src/sites/read-page';
import { FIXTURE_PAGES } from './support/fixture-pages';
import { loadFixture } from './support/load-fixture';
import { EXPECTATIONS, pageOf } from './sites.expectations';

/** A company careers site: no board adapter matches it. */
const CAREERS_URL = 'https://careers.example.com/jobs/1';

function page(html: string): Document {
  return new JSDOM(html, { url: CAREERS_URL }).window.document;
}

/**
 * The saved board pages read as if they were a careers site's own pages, with no JobPosting
 * JSON-LD (only the Indeed page has one): the heading and main text must give the title the board
 * adapter reads, and the same label, though they hold more than the posting (similar jobs, the
 * company's blurb). Apply pages without a description are left out, and so are Indeed's search
 * pages: their main heading is the search's ("Data Analyst jobs in Portland, OR"), rightly the
 * title of such a page read off the boards.
 */
const isSearchPage = (file: string) => EXPECTATIONS[file]?.layout === 'serp';
const READABLE = FIXTURE_PAGES.filter((fixture) => {
  const posting = EXPECTATIONS[fixture.file]?.posting;
  return (
    fixture.kind === 'document' &&
    posting &&
    !posting.descriptionReason &&
    fixture.file !== 'indeed/viewjob-au-papercut-senior-devops.html' &&
    !isSearchPage(fixture.file)
  );
});

describe.each(READABLE.map((fixture) => [fixture.file, fixture] as const))('%s read off its board', (_file, fixture) => {
  const board = pageOf(readPage(loadFixture(fixture), fixture.url)).posting!;
  const read = pageOf(readPage(loadFixture(fixture), CAREERS_URL));

  test('comes from the page text, with the board title and the board label', () => {
    expect(read.adapter).toBe('page-text');
    // LinkedIn's SDUI pages have no h1: their <title> ("<job> | <company> | LinkedIn") holds it.
    expect(read.posting?.title).toContain(board.title);
    // The page text holds more than the posting (the board's own furniture, similar jobs), so a close
    // call may tip (LinkedIn's Developer Experience posting: other 73% on the board, backend 51% off
    // it, other the runner-up); the board's label is then the runner-up.
    const off = analyzePosting(read.posting!);
    expect([off.label, off.closeCall]).toContain(analyzePosting(board).label);
  });

  test('holds the posting text the board adapter reads', () => {
    const firstLines = board.description.split('\n').filter((line) => line.length > 40).slice(0, 3);
    expect(firstLines.length).toBeGreaterThan(0);
    for (const line of firstLines) expect(read.posting!.description).toContain(line);
  });
});

/**
 * On a board page its adapter cannot read (the board shipped a new layout), the panel offers to read
 * the page's text instead; readPage with `textIfUnreadable` then reads such a page as one off the
 * boards, keeping the board's country for pay, and reads the pages its adapter knows as always.
 */
describe('a board page read as text on request', () => {
  /** A saved page from another board at a LinkedIn job URL: a layout LinkedIn's reader does not know. */
  const ELSEWHERE = READABLE.filter((fixture) => !fixture.file.startsWith('linkedin/'));
  const LINKEDIN_JOB_URL = 'https://www.linkedin.com/jobs/view/4000000001/';

  test.each(READABLE.map((fixture) => [fixture.file, fixture] as const))('%s: a page its adapter reads is read as always', (_file, fixture) => {
    const board = pageOf(readPage(loadFixture(fixture), fixture.url));
    const asked = pageOf(readPage(loadFixture(fixture), fixture.url, { textIfUnreadable: true }));
    expect([asked.adapter, asked.layout, asked.posting!.title]).toEqual([board.adapter, board.layout, board.posting!.title]);
  });

  test.each(ELSEWHERE.map((fixture) => [fixture.file, fixture] as const))('%s at a LinkedIn job URL: unrecognised, then the posting it holds, as off the boards', (_file, fixture) => {
    expect(readPage(loadFixture(fixture), LINKEDIN_JOB_URL)).toMatchObject({ kind: 'unrecognised', adapter: 'linkedin', fallback: null });
    const offBoard = pageOf(readPage(loadFixture(fixture), CAREERS_URL)).posting!;
    const asked = pageOf(readPage(loadFixture(fixture), LINKEDIN_JOB_URL, { textIfUnreadable: true }));
    expect(asked.adapter).toBe('page-text');
    expect(asked.posting!.title).toBe(offBoard.title);
    expect(asked.posting!.description).toBe(offBoard.description);
  });

  test('a LinkedIn SDUI page whose landmarks are gone (a layout we do not know): unrecognised, then read from its text', () => {
    const fixture = FIXTURE_PAGES.find((candidate) => candidate.file === 'linkedin/sdui-job-view-standalone.xhtml')!;
    const board = pageOf(readPage(loadFixture(fixture), fixture.url)).posting!;
    const doc = loadFixture(fixture);
    for (const element of doc.querySelectorAll('[componentkey], [data-sdui-screen], [data-sdui-component]')) {
      for (const name of ['componentkey', 'data-sdui-screen', 'data-sdui-component']) element.removeAttribute(name);
    }
    expect(readPage(doc, fixture.url)).toMatchObject({ kind: 'unrecognised', adapter: 'linkedin', fallback: null });
    const asked = pageOf(readPage(doc, fixture.url, { textIfUnreadable: true }));
    expect(asked.posting!.title).toContain(board.title);
    const firstLines = board.description.split('\n').filter((line) => line.length > 40).slice(0, 3);
    expect(firstLines.length).toBeGreaterThan(0);
    for (const line of firstLines) expect(asked.posting!.description).toContain(line);
  });

  test('a board page with neither JSON-LD nor a heading nor a title: unrecognised, naming the board', () => {
    const doc = new JSDOM('<body><div>Loading…</div></body>', { url: LINKEDIN_JOB_URL }).window.document;
    expect(readPage(doc, doc.URL, { textIfUnreadable: true })).toMatchObject({
      kind: 'unrecognised',
      adapter: 'linkedin',
      reason: 'the page has no JobPosting JSON-LD, and no heading to read as the title',
    });
  });

  test("the board's country still reads a bare $ (a page SEEK Australia's reader does not know)", () => {
    const fixture = FIXTURE_PAGES.find((candidate) => candidate.file === 'greenhouse/job-boards-gitlab-8620720002-rendered.html')!;
    const asked = pageOf(readPage(loadFixture(fixture), 'https://au.seek.com/job/1', { textIfUnreadable: true }));
    expect([asked.adapter, asked.posting!.boardCountry]).toEqual(['page-text', 'Australia']);
  });
});

/**
 * Off its board, a page's panel goes after the block with the posting's heading, as on the board:
 * it moves neither the title nor Apply and sits above the text it read. LinkedIn SDUI shows its
 * title in a <p>, no heading; the Indeed page is read from its JSON-LD, the others from their text.
 */
const TITLE_IN_NO_HEADING = new Set(['linkedin/sdui-search-results-two-pane.xhtml', 'linkedin/sdui-job-view-standalone.xhtml']);
const ANCHORED = FIXTURE_PAGES.filter(
  (fixture) => fixture.kind === 'document' && EXPECTATIONS[fixture.file]?.posting && !TITLE_IN_NO_HEADING.has(fixture.file) && !isSearchPage(fixture.file),
);

test.each(ANCHORED.map((fixture) => [fixture.file, fixture] as const))('%s off its board: the panel follows the block with the heading and Apply, above the text', (_file, fixture) => {
  const board = pageOf(readPage(loadFixture(fixture), fixture.url)).posting!;
  const anchor = pageOf(readPage(loadFixture(fixture), CAREERS_URL)).posting!.anchor;
  expect(anchor.textContent).toContain(board.title);
  const apply = EXPECTATIONS[fixture.file]?.posting?.applyControl;
  const holdsApply = (block: Element): boolean => (apply ? block.querySelector(apply) !== null : false);
  expect(holdsApply(anchor)).toBe(holdsApply(board.anchor));
  const firstLine = board.description.split('\n').find((line) => line.length > 40) ?? null;
  expect(firstLine !== null && anchor.textContent!.includes(firstLine)).toBe(false);
});

describe('readPageText', () => {
  test("a site banner's h1 in its header is not the title; og:title is", () => {
    const doc = page(`<header><h1>CAREERS AT ACME</h1></header><meta property="og:title" content="Data Engineer">
      <main><h2>Data Engineer</h2><p>${'Build Airflow pipelines. '.repeat(20)}</p></main>`);
    expect(readPageText(doc)?.title).toBe('Data Engineer');
  });

  test('navigation, header, footer, asides and forms are not posting text', () => {
    const doc = page(`<nav>Jobs Teams Blog</nav><header>Acme careers</header>
      <main><h1>Backend Engineer</h1><p>${'Design REST APIs in Go. '.repeat(20)}</p><form><label>Your name</label></form></main>
      <aside>Similar jobs: Sales Lead</aside><footer>© Acme</footer>`);
    const posting = readPageText(doc)!;
    expect(posting.title).toBe('Backend Engineer');
    expect(posting.description).toContain('Design REST APIs in Go.');
    for (const furniture of ['Jobs Teams Blog', 'Acme careers', 'Your name', 'Similar jobs', '© Acme']) {
      expect(posting.description).not.toContain(furniture);
    }
  });

  test('a main landmark around almost nothing: the body is read', () => {
    const doc = page(`<main><h1>Platform Engineer</h1></main><div><p>${'Run Kafka ingestion services. '.repeat(20)}</p></div>`);
    expect(readPageText(doc)?.description).toContain('Run Kafka ingestion services.');
  });

  test('hostile markup in the heading stays text', () => {
    const doc = page('<h1>&lt;img src=x onerror="alert(1)"&gt; Engineer</h1><p>Text</p>');
    expect(readPageText(doc)?.title).toBe('<img src=x onerror="alert(1)"> Engineer');
  });

  test('a 1 MB page is cut at the description limit', () => {
    const doc = page(`<h1>Data Engineer</h1><main>${'<p>Spark and dbt pipelines for the warehouse.</p>'.repeat(25_000)}</main>`);
    const posting = readPageText(doc)!;
    expect(posting.descriptionTruncated).toBe(true);
    expect(posting.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
  });

  test('a heading and nothing else: an empty description, with the reason', () => {
    const posting = readPageText(page('<h1>Engineer</h1>'))!;
    expect(posting.description).toBe('Engineer');
    expect(readPageText(page('<title>Engineer</title>'))).toMatchObject({ title: 'Engineer', description: '', descriptionReason: expect.stringMatching(/no text/) });
  });

  test('no heading and no title: nothing to read', () => {
    expect(readPageText(page('<p>Just a paragraph.</p>'))).toBeNull();
  });
});
