import { describe, expect, test } from 'vitest';
import { readPage } from '../src/sites/read-page';
import type { CardRead } from '../src/sites/types';
import { FIXTURE_PAGES } from './support/fixture-pages';
import { loadFixture } from './support/load-fixture';
import { EXPECTATIONS, pageOf } from './sites.expectations';

const summary = (card: CardRead | undefined) =>
  card && { jobId: card.jobId, title: card.title, company: card.company, location: card.location };

describe.each(FIXTURE_PAGES.map((page) => [page.file, page] as const))('%s', (file, page) => {
  const expected = EXPECTATIONS[file];
  if (!expected) throw new Error(`no expectations for ${file} in test/sites.expectations.ts`);
  const doc = loadFixture(page);
  const result = readPage(doc, page.url);

  test('reads as the expected adapter and layout', () => {
    const read = pageOf(result);
    expect({ adapter: read.adapter, layout: read.layout }).toEqual({ adapter: expected.adapter, layout: expected.layout });
  });

  test('posting', () => {
    const posting = pageOf(result).posting;
    const want = expected.posting;
    expect(posting === null).toBe(want === null);
    if (!posting || !want) return;
    expect({ jobId: posting.jobId, title: posting.title, company: posting.company, location: posting.location }).toEqual({
      jobId: want.jobId,
      title: want.title,
      company: want.company,
      location: want.location,
    });
    expect(want.snippets.filter((snippet) => !posting.description.includes(snippet))).toEqual([]);
    expect(posting.description.length).toBeGreaterThanOrEqual(want.length[0]);
    expect(posting.description.length).toBeLessThanOrEqual(want.length[1]);
    expect((posting.description.match(/^- /gm) ?? []).length).toBeGreaterThanOrEqual(want.minListItems ?? 0);
    expect(want.descriptionReason ? want.descriptionReason.test(posting.descriptionReason ?? '') : posting.descriptionReason === undefined).toBe(
      true,
    );
    expect(posting.salaryText).toBe(want.salaryText);
    expect(posting.baseSalary).toEqual(want.baseSalary);
    // Plain text: no markup survives, and the anchor is a connected element of this document.
    expect(posting.description).not.toMatch(/<\/?[a-z][^>]*>/i);
    expect(posting.anchor.ownerDocument).toBe(doc);
    expect(posting.anchor.isConnected).toBe(true);
  });

  test('cards', () => {
    const { cards } = pageOf(result);
    expect(cards).toHaveLength(expected.cards);
    expect(expected.firstCard ? summary(cards[0]) : undefined).toEqual(expected.firstCard);
    expect(cards.filter((card) => !card.jobId.trim() || !card.title.trim() || !card.anchor.isConnected)).toEqual([]);
    expect(new Set(cards.map((card) => card.jobId)).size).toBe(cards.length);
  });
});

/**
 * The panel is inserted right after the posting's anchor. On every saved page with an Apply control
 * the anchor must hold it or follow it, so the panel never sits between the title and Apply
 * (measured in Chromium by test/e2e/overlay-on-boards.e2e.ts).
 */
describe('the panel goes below the Apply control', () => {
  const withApply = FIXTURE_PAGES.flatMap((page) => {
    const selector = EXPECTATIONS[page.file]?.posting?.applyControl;
    return selector ? [[page.file, page, selector] as const] : [];
  });

  test.each(withApply)('%s', (_file, page, selector) => {
    const doc = loadFixture(page);
    const anchor = pageOf(readPage(doc, page.url)).posting?.anchor;
    const apply = Array.from(doc.querySelectorAll(selector)).find((element) => /apply/i.test(element.textContent ?? ''));
    expect(anchor).toBeDefined();
    expect(apply).toBeDefined();
    const position = anchor!.compareDocumentPosition(apply!);
    const inOrBefore = Node.DOCUMENT_POSITION_CONTAINED_BY | Node.DOCUMENT_POSITION_PRECEDING;
    expect({ applyInOrBeforeAnchor: (position & inOrBefore) !== 0 }).toEqual({ applyInOrBeforeAnchor: true });
  });
});
