import { JSDOM } from 'jsdom';
import { describe, expect, test, vi } from 'vitest';
import { elementText, inlineText } from '../src/sites/element-text';
import { findJsonLdPostings, readJsonLdPage } from '../src/sites/json-ld';
import { MAX_DESCRIPTION_CHARS, MAX_FIELD_CHARS, MAX_TITLE_CHARS } from '../src/sites/limits';
import { readPage } from '../src/sites/read-page';
import { analyzePosting } from '../src/analysis/analyze-posting';
import { pageOf, unrecognisedOf } from './sites.expectations';
import { DATA_POSTING, HIDDEN_CHARACTERS, withHiddenCharacters } from './support/postings';

function page(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Text wrapped in elements whose text is never shown. */
const withHiddenText = (text: string) => `<style>.x{color:red}</style>${text}<script>var a = 1;</script><noscript>Please enable JavaScript</noscript>`;

const HOSTILE = '<img src=x onerror="globalThis.rolelensPwned = 1"><script>globalThis.rolelensPwned = 2</script>';

describe('bad input never throws and reads clearly', () => {
  test('empty document on a board URL', () => {
    const result = readPage(page('', 'https://www.linkedin.com/jobs/view/123456789/'), 'https://www.linkedin.com/jobs/view/123456789/');
    expect(result).toMatchObject({ kind: 'unrecognised', adapter: 'linkedin', fallback: null });
    expect(unrecognisedOf(result).reason).toMatch(/no known layout/);
  });

  test.each([
    'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
    'https://job-boards.greenhouse.io/x/jobs/1',
    'https://jobs.lever.co/x/f222ad5c-b7dd-43c4-9008-ee1a53174afa',
    'https://jobs.ashbyhq.com/x/cc0af88a-2a19-493d-93cf-c5090f986f1f',
    'https://x.wd5.myworkdayjobs.com/en-US/Site/job/Title_JR1-1',
    'https://au.seek.com/job/1',
  ])('empty document on %s', (url) => {
    const result = readPage(page('<html><body></body></html>', url), url);
    expect(unrecognisedOf(result).reason.length).toBeGreaterThan(10);
  });

  test('a page from another site, without JSON-LD: its heading and text (read only on request)', () => {
    const result = readPage(page('<h1>Recipes</h1><p>Soup</p>', 'https://example.com/soup'), 'https://example.com/soup');
    expect(result).toMatchObject({ kind: 'page', adapter: 'page-text', posting: { title: 'Recipes', description: 'Recipes\n\nSoup' } });
  });

  test('a page from another site with no heading, no title and no JSON-LD', () => {
    const result = readPage(page('<p>Soup</p>', 'https://example.com/soup'), 'https://example.com/soup');
    expect(result).toMatchObject({ kind: 'unrecognised', adapter: null, fallback: null });
  });

  test('LinkedIn off /jobs is not a job page', () => {
    const result = readPage(page('<main>feed</main>', 'https://www.linkedin.com/feed/'), 'https://www.linkedin.com/feed/');
    expect(result).toEqual({ kind: 'not-a-job-page', adapter: 'linkedin', reason: 'Not a job page (/feed/)' });
  });

  test('an invalid URL', () => {
    expect(readPage(page('', 'https://example.com/'), 'not a url')).toMatchObject({ kind: 'unrecognised', adapter: null });
  });

  test('half-loaded LinkedIn SDUI job page: keyed sections, no top card yet', () => {
    const url = 'https://www.linkedin.com/jobs/view/4000000001/';
    const doc = page('<main><div data-testid="lazy-column"><div componentkey="JobDetails_AboutTheJob_4000000001"></div></div></main>', url);
    const result = readPage(doc, url);
    expect(result).toMatchObject({ kind: 'page', layout: 'sdui-job-view', posting: null });
    expect(pageOf(result).postingReason).toMatch(/no title yet/);
  });

  test('half-loaded LinkedIn classic: top card but no description yet', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4000000001';
    const doc = page(
      `<div class="job-details-jobs-unified-top-card__container--two-pane"><div class="job-details-jobs-unified-top-card__job-title"><h1><a href="/jobs/view/4000000001/">Data Engineer</a></h1></div></div>`,
      url,
    );
    const result = readPage(doc, url);
    expect(result).toMatchObject({ kind: 'page', layout: 'classic-detail', posting: { jobId: '4000000001', title: 'Data Engineer', description: '' } });
    expect(pageOf(result).posting?.descriptionReason).toMatch(/not rendered yet/);
  });

  test('stale LinkedIn pane: the URL names another job than the pane shows', () => {
    const url = 'https://www.linkedin.com/jobs/search/?currentJobId=4000000002';
    const doc = page(
      `<div class="job-details-jobs-unified-top-card__job-title"><h1><a href="/jobs/view/4000000001/">Old job</a></h1></div><div id="job-details">old</div>`,
      url,
    );
    const result = readPage(doc, url);
    expect(result).toMatchObject({ kind: 'page', layout: 'classic-detail', posting: null });
    expect(pageOf(result).postingReason).toMatch(/Stale detail pane: it shows job 4000000001 but the URL names 4000000002/);
  });

  test('stale SDUI pane', () => {
    const url = 'https://www.linkedin.com/jobs/search-results/?currentJobId=4000000002';
    const doc = page(
      `<div data-sdui-screen="com.linkedin.sdui.flagshipnav.jobs.SemanticJobDetails"><p><a href="/jobs/view/4000000001/">Old</a></p><div componentkey="JobDetails_AboutTheJob_4000000001"><span data-testid="expandable-text-box">old</span></div></div>`,
      url,
    );
    expect(readPage(doc, url)).toMatchObject({ kind: 'page', layout: 'sdui-job-view', posting: null, postingReason: expect.stringMatching(/Stale/) });
  });

  test('a 1 MB description is read, capped, and flagged', () => {
    const url = 'https://job-boards.greenhouse.io/x/jobs/1';
    const big = '<p>' + 'data pipeline '.repeat(80_000) + '</p>';
    const doc = page(`<div class="job__header"><div class="job__title"><h1>Big</h1></div></div><div class="job__description">${big}</div>`, url);
    const started = performance.now();
    const result = readPage(doc, url);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result).toMatchObject({ kind: 'page', posting: { title: 'Big', descriptionTruncated: true } });
    expect(pageOf(result).posting?.description.length).toBeLessThanOrEqual(MAX_DESCRIPTION_CHARS);
  });

  test('<img onerror> and <script> inside a title come back as literal text, never run', () => {
    const url = 'https://job-boards.greenhouse.io/x/jobs/1';
    const escaped = HOSTILE.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const doc = page(`<div class="job__title"><h1>${escaped}</h1></div><div class="job__description"><p>${escaped}</p></div>`, url);
    const result = readPage(doc, url);
    expect(result).toMatchObject({ kind: 'page', posting: { title: HOSTILE } });
    expect(pageOf(result).posting?.description).toBe(HOSTILE);
    expect((globalThis as { rolelensPwned?: number }).rolelensPwned).toBeUndefined();
  });

  test('real <script>/<img> elements inside a title contribute no code text', () => {
    const url = 'https://jobs.lever.co/x/f222ad5c-b7dd-43c4-9008-ee1a53174afa';
    const doc = page(`<div class="posting-headline"><h2>Engineer<script>alert(1)</script></h2></div>`, url);
    const result = readPage(doc, url);
    // textContent keeps the script's text as text (never executed); the element text walker drops it.
    expect(result.kind).toBe('page');
    expect(elementText(doc.querySelector('h2')!)).toBe('Engineer');
  });

  test('hostile JSON-LD: markup in the title stays text; description HTML is parsed inertly', () => {
    const onerror = vi.fn<() => void>();
    (globalThis as { rolelensOnerror?: unknown }).rolelensOnerror = onerror;
    const ld = {
      '@type': 'JobPosting',
      title: '<img src=x onerror="rolelensOnerror()">Engineer &amp; Co',
      description: '<p>Build <img src=x onerror="rolelensOnerror()">pipelines</p><script>rolelensOnerror()</script><ul><li>SQL</li></ul>',
    };
    // Pages escape "</" inside JSON-LD so the script element is not closed early.
    const json = JSON.stringify(ld).replace(/<\//g, '<\\/');
    const doc = page(`<script type="application/ld+json">${json}</script>`, 'https://example.com/job');
    const posting = readJsonLdPage(doc);
    expect(posting?.title).toBe('<img src=x onerror="rolelensOnerror()">Engineer & Co');
    expect(posting?.description).toBe('Build pipelines\n\n- SQL');
    expect(onerror).not.toHaveBeenCalled();
  });
});

/** Any character of the kinds a page can hide in its text (support/postings.ts names them). */
const ANY_HIDDEN = new RegExp(`[${HIDDEN_CHARACTERS.map(([, character]) => character).join('')}\u061C\u2061-\u2064]`, 'u');

// Every reader's output passes through one rule (read-page.ts): no board's text, nor the cards', nor
// a JSON-LD posting's, keeps a character that changes what is read but not what is seen.
describe.each(HIDDEN_CHARACTERS)('%s hidden in a page', (_name, hidden) => {
  const hide = (text: string) => withHiddenCharacters(text, hidden);
  const description = hide(DATA_POSTING.description)
    .split('\n')
    .map((line) => `<p>${line}</p>`)
    .join('');

  test('an Indeed search page: the posting and the cards', () => {
    const url = 'https://www.indeed.com/jobs?q=data&vjk=bbbbbbbbbbbbbbbb';
    const card = (jk: string, title: string) =>
      `<li><div class="cardOutline"><h2 class="jobTitle"><a data-jk="${jk}"><span title="${title}">${title}</span></a></h2><span data-testid="company-name">Ac${hidden}me</span><div data-testid="text-location">Sy${hidden}dney</div></div></li>`;
    const doc = page(
      `<ul>${card('aaaaaaaaaaaaaaaa', hide('Data Engineer'))}${card('bbbbbbbbbbbbbbbb', hide(DATA_POSTING.title))}</ul>
      <div id="jobsearch-ViewjobPaneWrapper"><div class="jobsearch-JobInfoHeader-title-container"><h2 data-testid="jobsearch-JobInfoHeader-title">${hide(DATA_POSTING.title)}</h2></div>
      <div data-testid="inlineHeader-companyName">Ac${hidden}me</div><div data-testid="inlineHeader-companyLocation">Sy${hidden}dney</div>
      <div id="salaryInfoAndJobType">$150,000 - $180,${hidden}000 a year</div><div id="jobDescriptionText">${description}</div></div>`,
      url,
    );
    const read = pageOf(readPage(doc, url));
    const posting = read.posting!;
    const fields = [posting.title, posting.company, posting.location, posting.description, posting.salaryText, ...read.cards.flatMap((c) => [c.title, c.company, c.location])];
    expect(fields.filter((field) => ANY_HIDDEN.test(field ?? ''))).toEqual([]);
    expect([posting.title, posting.company, posting.location, posting.salaryText]).toEqual(['Senior Data Engineer', 'Acme', 'Sydney', '$150,000 - $180,000 a year']);
    expect(read.cards.map((c) => c.title)).toEqual(['Data Engineer', 'Senior Data Engineer']);
    expect(analyzePosting(posting).label).toBe('data');
  });

  test('a page read by its JSON-LD alone, and the fallback of a board page its reader cannot read', () => {
    const ld = JSON.stringify({ '@type': 'JobPosting', title: hide(DATA_POSTING.title), hiringOrganization: { name: `Ac${hidden}me` }, description: description });
    const html = `<script type="application/ld+json">${ld.replace(/<\//g, '<\\/')}</script>`;
    const offBoard = pageOf(readPage(page(html, 'https://careers.example.com/jobs/1'), 'https://careers.example.com/jobs/1')).posting!;
    const fallback = unrecognisedOf(readPage(page(html, 'https://jobs.lever.co/x/1'), 'https://jobs.lever.co/x/1')).fallback!;
    for (const posting of [offBoard, fallback]) {
      expect([posting.title, posting.company, ANY_HIDDEN.test(posting.description)]).toEqual(['Senior Data Engineer', 'Acme', false]);
    }
  });
});

// A 100,000-character title made the panel 15,561 px tall: titles, companies and places are cut at
// reading, with an ellipsis, on every board and on the cards.
/** A word 20,000 times over: 100,000 characters and more. */
const long = (word: string) => `${word} `.repeat(20_000);

describe('overlong short fields are cut at reading', () => {
  test('an Indeed search page: the posting and the cards', () => {
    const url = 'https://www.indeed.com/jobs?q=data&vjk=aaaaaaaaaaaaaaaa';
    const doc = page(
      `<ul><li><div class="cardOutline"><h2 class="jobTitle"><a data-jk="aaaaaaaaaaaaaaaa"><span>${long('Engineer')}</span></a></h2><span data-testid="company-name">${long('Acme')}</span><div data-testid="text-location">${long('Sydney')}</div></div></li></ul>
      <div id="jobsearch-ViewjobPaneWrapper"><div class="jobsearch-JobInfoHeader-title-container"><h2 data-testid="jobsearch-JobInfoHeader-title">Data ${long('Engineer')}</h2></div>
      <div data-testid="inlineHeader-companyName">${long('Acme')}</div><div data-testid="inlineHeader-companyLocation">${long('Sydney')}</div>
      <div id="jobDescriptionText"><p>${DATA_POSTING.description}</p></div></div>`,
      url,
    );
    const read = pageOf(readPage(doc, url));
    const posting = read.posting!;
    const card = read.cards[0]!;
    expect([posting.title, card.title].map((title) => [title.length <= MAX_TITLE_CHARS + 1, title.endsWith('…')])).toEqual([
      [true, true],
      [true, true],
    ]);
    expect(posting.title.startsWith('Data Engineer Engineer')).toBe(true);
    for (const field of [posting.company, posting.location, card.company, card.location]) {
      expect([field!.length <= MAX_FIELD_CHARS + 1, field!.endsWith('…')]).toEqual([true, true]);
    }
  });

  test('a JSON-LD title is cut too; a short company name is left as it is', () => {
    const ld = JSON.stringify({ '@type': 'JobPosting', title: long('Engineer'), hiringOrganization: { name: 'Acme' }, description: 'Spark.' });
    const posting = pageOf(readPage(page(`<script type="application/ld+json">${ld}</script>`, 'https://careers.example.com/1'), 'https://careers.example.com/1')).posting!;
    expect([posting.title.length <= MAX_TITLE_CHARS + 1, posting.title.endsWith('…'), posting.company]).toEqual([true, true, 'Acme']);
  });
});

describe('JSON-LD shapes', () => {
  const at = 'https://careers.example.com/jobs/42';
  const ldPage = (json: string) => page(`<html><body><h1>Visible</h1><script type="application/ld+json">${json}</script></body></html>`, at);

  test('invalid JSON with trailing commas and raw newlines is tolerated', () => {
    const doc = ldPage('{"@type": "JobPosting", "title": "Data\nEngineer", "hiringOrganization": {"name": "Acme",},}');
    expect(readJsonLdPage(doc)).toMatchObject({ title: 'Data Engineer', company: 'Acme' });
  });

  test('unparseable JSON is skipped', () => {
    expect(readJsonLdPage(ldPage('{"@type": "JobPosting", "title": '))).toBeNull();
  });

  test('@graph, arrays and @type arrays', () => {
    const doc = ldPage(
      JSON.stringify([
        { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite' }, { '@type': ['Thing', 'schema:JobPosting'], title: 'Graph Job' }] },
      ]),
    );
    expect(findJsonLdPostings(doc)).toHaveLength(1);
    expect(readJsonLdPage(doc)?.title).toBe('Graph Job');
  });

  test('SEEK-style WebSite graph is not a posting', () => {
    const doc = ldPage('{"@context":"http://schema.org","@graph":[{"@type":"WebSite","url":"https://au.seek.com"}]}');
    expect(readJsonLdPage(doc)).toBeNull();
  });

  test('HTML-escaped description, locations, identifier, baseSalary', () => {
    const doc = ldPage(
      JSON.stringify({
        '@type': 'JobPosting',
        title: 'Analytics Engineer',
        identifier: { '@type': 'PropertyValue', value: 'REQ-7' },
        hiringOrganization: 'Acme',
        jobLocation: [{ address: { addressLocality: 'Sydney', addressRegion: 'NSW', addressCountry: 'AU' } }, { address: 'Remote, AU' }],
        description: '&lt;p&gt;Own the &lt;b&gt;dbt&lt;/b&gt; models&lt;/p&gt;&lt;ul&gt;&lt;li&gt;SQL&lt;/li&gt;&lt;/ul&gt;',
        baseSalary: { currency: 'AUD', value: 150000 },
      }),
    );
    const posting = readJsonLdPage(doc);
    expect(posting).toMatchObject({
      jobId: 'REQ-7',
      title: 'Analytics Engineer',
      company: 'Acme',
      location: 'Sydney, NSW, AU; Remote, AU',
      description: 'Own the dbt models\n\n- SQL',
      baseSalary: { currency: 'AUD', value: 150000 },
    });
    expect(posting?.anchor.localName).toBe('h1');
  });

  test('a page no adapter matches is read by JSON-LD alone', () => {
    const doc = ldPage('{"@type":"JobPosting","title":"Platform Engineer","description":"<p>Kubernetes</p>"}');
    expect(readPage(doc, at)).toMatchObject({ kind: 'page', adapter: 'json-ld', layout: 'json-ld', posting: { title: 'Platform Engineer', description: 'Kubernetes' } });
  });

  test('deeply nested JSON-LD does not overflow', () => {
    let nested = '{"@type":"JobPosting","title":"Deep"}';
    for (let index = 0; index < 5_000; index++) nested = `[${nested}]`;
    expect(() => readJsonLdPage(ldPage(nested))).not.toThrow();
  });
});

describe('element text', () => {
  test('blocks, lists, br and hidden parts', () => {
    const doc = page(
      `<div id="d"><h2>About</h2><p>One  two<br>three</p><ul><li>a</li><li><b>b</b> c</li></ul><div hidden>secret</div><span aria-hidden="true">icon</span><style>.x{}</style><p>end</p></div>`,
      'https://example.com/',
    );
    expect(elementText(doc.getElementById('d')!)).toBe('About\n\nOne two\nthree\n\n- a\n- b c\n\nend');
  });

  // Indeed's search page leaves emotion's <style> inside the company node: the company read as CSS.
  test('a short field never reads the text of a <style>, <script>, <template> or <noscript> inside it', () => {
    const doc = page(
      `<span id="s"><style data-emotion="serp-page 1h4l2d7">.serp-page-1h4l2d7{font-family:'Indeed Sans'}</style><a>AceOne <b>Technologies</b></a><script>track()</script><template>tpl</template><noscript>enable JS</noscript><style>.icon{}</style></span>`,
      'https://example.com/',
    );
    expect(inlineText(doc.getElementById('s'))).toBe('AceOne Technologies');
    expect(elementText(doc.getElementById('s')!)).toBe('AceOne Technologies');
  });

  // The rule lives in the shared reader, so every board's title, company and location obey it.
  test.each([
    ['https://job-boards.greenhouse.io/acme/jobs/1', '<div class="job__title"><h1>{T}</h1></div><div class="job__description"><p>Spark and Airflow.</p></div>', null],
    ['https://jobs.lever.co/acme/f222ad5c-b7dd-43c4-9008-ee1a53174afa', '<div class="posting-headline"><h2>{T}</h2></div><div class="section page-centered"><p>Spark and Airflow.</p></div>', 'acme'],
    ['https://www.indeed.com/viewjob?jk=aaaaaaaaaaaaaaaa', '<div class="jobsearch-JobInfoHeader-title-container"><h1 data-testid="jobsearch-JobInfoHeader-title">{T}</h1></div><div data-testid="inlineHeader-companyName">{C}</div><div id="jobDescriptionText"><p>Spark and Airflow.</p></div>', 'Acme'],
  ])('%s: style and script text stay out of the title and company', (url, template, company) => {
    const doc = page(template.replace('{T}', withHiddenText('Data Engineer')).replace('{C}', withHiddenText('Acme')), url);
    const posting = pageOf(readPage(doc, url)).posting;
    expect({ title: posting?.title, company: posting?.company ?? null }).toEqual({ title: 'Data Engineer', company });
  });

  test('deep nesting does not overflow the stack', () => {
    const doc = page('<div id="root"></div>', 'https://example.com/');
    let node: Element = doc.getElementById('root')!;
    for (let index = 0; index < 2_000; index++) node = node.appendChild(doc.createElement('div'));
    node.textContent = 'bottom';
    expect(elementText(doc.getElementById('root')!)).toBe('bottom');
  });
});
