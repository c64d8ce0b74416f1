import { describe, expect, test } from 'vitest';
import { visibleTextChars } from './element-text';
import { headerBlockOf, headingBlockWithin } from './header-block';
import { headingFor, postingAnchor } from './posting-heading';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><body>${body}</body></html>`, 'text/html');
}

const BOARD = `<div id="app"><div id="job">
  <div id="header"><div id="title-row"><h1>Data Engineer</h1></div><a id="apply">Apply</a></div>
  <section id="body"><div id="description">Build pipelines.</div></section>
</div></div>`;

describe('headerBlockOf', () => {
  test.each([
    ['the block holding title and Apply, below the ancestor shared with the description', BOARD, 'description', 'header'],
    ['the title when there is no description element', BOARD, null, null],
    ['the title when the description is inside it', '<div id="app"><h1>T<div id="description">d</div></h1></div>', 'description', null],
    ['the title when they share only <body>', '<header><h1>T</h1></header><main id="description">d</main>', 'description', null],
  ])('%s', (_what, body, descriptionId, blockId) => {
    const doc = page(body);
    const title = doc.querySelector('h1')!;
    const block = headerBlockOf(title, descriptionId ? doc.getElementById(descriptionId) : null);
    expect(block).toBe(blockId ? doc.getElementById(blockId) : title);
  });
});

const CAREERS_PAGE = `<nav>Jobs Teams</nav><main id="main">
  <div id="outer">
    <div id="header"><div id="title-row"><h1>Data Engineer</h1></div><p>Berlin · Full time</p><a>Apply</a></div></div>
  <div id="description">${'<p>Build and run the Airflow and dbt pipelines that feed the warehouse.</p>'.repeat(10)}</div>
</main>`;

describe('headingBlockWithin', () => {
  test.each([
    ['the largest block with the heading that holds little of the text: title, place, Apply', CAREERS_PAGE, 'header'],
    ['the heading when its parent holds the text too', `<article id="main"><h1>Data Engineer</h1>${'<p>Airflow and dbt pipelines.</p>'.repeat(10)}</article>`, null],
    ['the heading when the header would be most of a short page', '<main id="main"><div><h1>Data Engineer</h1><p>Berlin, full time, hybrid, apply by May</p></div><p>Pipelines.</p></main>', null],
    ['the heading when it is outside the region', '<h1>Data Engineer</h1><main id="main"><p>Pipelines.</p></main>', null],
  ])('%s', (_what, body, blockId) => {
    const doc = page(body);
    const heading = doc.querySelector('h1')!;
    expect(headingBlockWithin(heading, doc.getElementById('main')!)).toBe(blockId ? doc.getElementById(blockId) : heading);
  });

  test('script and style text is not page text', () => {
    const doc = page(`<main id="main"><div id="header"><h1>Data Engineer</h1><style>${'.x{color:red}'.repeat(500)}</style><p>Berlin</p></div><p>${'Pipelines. '.repeat(20)}</p></main>`);
    expect(visibleTextChars(doc.getElementById('header')!)).toBe('DataEngineerBerlin'.length);
    expect(headingBlockWithin(doc.querySelector('h1')!, doc.getElementById('main')!)).toBe(doc.getElementById('header'));
  });
});

describe('headingFor', () => {
  test.each([
    ['the heading that is the title', '<h2>Data Engineer</h2>', 'data engineer', 'h2'],
    ['a heading that is the job part of a page title', '<h2>Data Engineer</h2>', 'Data Engineer | Acme Careers', 'h2'],
    ['…with the company first', '<h2>Data Engineer</h2>', 'Acme - Data Engineer', 'h2'],
    ['…or "at" the company', '<h2>Data Engineer</h2>', 'Data Engineer at Acme', 'h2'],
    ['a heading that adds to a JSON-LD title', '<h1>Data Engineer (Remote)</h1>', 'Data Engineer', 'h1'],
    ['the exact heading before a partial one', '<h3>Data Engineer</h3><h1>Data Engineer | Acme</h1>', 'Data Engineer | Acme', 'h1'],
    ['not another job whose name starts the title', '<h3>Data Engineer</h3>', 'Data Engineer II | Acme', null],
    ['not a short word of the title', '<h2>Jobs</h2>', 'Jobs | Data Engineer', null],
    ["not a banner's heading in the page header", '<header><h1>Data Engineer</h1></header>', 'Data Engineer', null],
    ['not a hidden heading', '<h1 hidden>Data Engineer</h1>', 'Data Engineer', null],
    ['not within a 1 MB title that repeats it', '<h1>Data Engineer</h1>', 'Data Engineer '.repeat(75_000), null],
  ])('%s', (_what, body, title, tag) => {
    const found = headingFor(page(body), title);
    expect(found?.localName ?? null).toBe(tag);
  });
});

describe('postingAnchor', () => {
  test("without the posting's heading: the first content heading's block, never a banner's", () => {
    const doc = page(`<header><h1>Careers at Acme</h1></header>${CAREERS_PAGE}`);
    expect(postingAnchor(doc, 'Data Engineer | Acme')).toBe(doc.getElementById('header'));
    expect(postingAnchor(doc, 'Something else')).toBe(doc.getElementById('header'));
  });

  test('a page with no heading: its main content', () => {
    const doc = page('<header><h1>Careers at Acme</h1></header><main id="main"><p>Pipelines.</p></main>');
    expect(postingAnchor(doc, 'Data Engineer')).toBe(doc.getElementById('main'));
  });
});
