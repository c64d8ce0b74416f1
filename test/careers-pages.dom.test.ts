import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { analyzePosting } from '../src/analysis/analyze-posting';
import { pickAdapter } from '../src/sites/pick-adapter';
import { readPage } from '../src/sites/read-page';
import { careersPageHtml, readCorpusPosting } from '../tools/careers-page';
import { CAREERS_PAGES, fixturePath } from './support/fixture-pages';
import { pageOf } from './sites.expectations';

/** A description's words line by line, whatever the markup made of its blank lines and bullets. */
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.replace(/^- /, '').trim())
    .filter(Boolean);

/**
 * The demo's careers pages (SOURCES.md): each is built from one corpus posting, and must stay that
 * posting, word for word, read by the generic JSON-LD reader with the corpus's own label, a
 * reference band and the pay it states.
 */
describe.each(CAREERS_PAGES.map((page) => [page.corpusId, page] as const))('careers page built from corpus posting %s', (_id, page) => {
  const posting = readCorpusPosting(page.corpusId);
  const html = readFileSync(fixturePath(page), 'utf8');
  const read = pageOf(readPage(new JSDOM(html, { url: page.url }).window.document, page.url));

  test('is what tools/careers-page.ts writes from the corpus line', () => {
    expect(html).toBe(careersPageHtml(page, posting));
  });

  test('is on no board: RoleLens reads it on request, from its schema.org JobPosting', () => {
    expect(pickAdapter(page.url)).toBeNull();
    expect(read.adapter).toBe('json-ld');
    expect(read.posting).toMatchObject({ title: posting.title, company: page.company, location: posting.location?.trim() });
    // The panel goes after the block with the title and Apply, as on the boards.
    expect(read.posting?.anchor.className).toBe('posting-header');
  });

  test("carries the posting's text word for word", () => {
    expect(lines(read.posting!.description)).toEqual(lines(posting.description));
  });

  test("reads as the corpus labels it, with a reference band and the posting's pay", () => {
    const analysis = analyzePosting(read.posting!);
    expect(analysis.label).toBe(posting.label);
    expect(analysis.compBand.kind).toBe('bands');
    expect(analysis.salary.length).toBeGreaterThan(0);
  });

  // The pay field is the corpus's, and a posting that states its pay in its text gets none added.
  test("adds no pay but the board's pay field", () => {
    expect(page.payField?.text ?? null).toBe(page.payField ? posting.salary_text : null);
    expect(read.posting?.baseSalary === undefined).toBe(page.payField === undefined);
  });
});

test('the careers pages show one data, one backend and one hybrid posting', () => {
  expect(CAREERS_PAGES.map((page) => readCorpusPosting(page.corpusId).label).sort()).toEqual(['backend', 'data', 'hybrid']);
});
