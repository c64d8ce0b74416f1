import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { CardChips, type CardLabel } from '../src/content/card-chips';
import type { Lifetime } from '../src/content/lifetime';
import { DEFAULT_SETTINGS } from '../src/settings/settings-schema';
import type { CardRead } from '../src/sites/types';

// jsdom has no IntersectionObserver; no card ever comes into view here, so no chip is mounted.
class NoIntersections {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const controller = new AbortController();
const lifetime: Lifetime = { signal: controller.signal, isValid: () => true, setTimeout: (handler, ms) => window.setTimeout(handler, ms), end: () => controller.abort() };

function cards(prefix: string, count: number): CardRead[] {
  const list = document.createElement('ul');
  document.body.append(list);
  return Array.from({ length: count }, (_, i) => {
    const anchor = document.createElement('li');
    list.append(anchor);
    return { jobId: `${prefix}${i}`, title: `Data Engineer ${i}`, company: null, location: null, anchor };
  });
}

beforeEach(() => vi.stubGlobal('IntersectionObserver', NoIntersections));
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

// The big-list bench replaces a 5,000-card list with fresh jobs five times: labels of cards that
// left the page were kept for good, and the heap grew by 0.2 MB a round.
test('a card is labelled once while it stays on the page, and its label goes when the card does', async () => {
  const asked: string[][] = [];
  const labelCards = async (batch: CardRead[]): Promise<CardLabel[]> => {
    asked.push(batch.map((card) => card.jobId));
    return batch.map(() => ({ label: 'data', corrected: false }));
  };
  const chips = new CardChips(lifetime, labelCards);
  const first = cards('a', 3);
  await chips.update(first, DEFAULT_SETTINGS, false);
  await chips.update(first, DEFAULT_SETTINGS, false);
  expect(asked).toEqual([['a0', 'a1', 'a2']]);

  await chips.update(cards('b', 2), DEFAULT_SETTINGS, false);
  await chips.update(first, DEFAULT_SETTINGS, false);
  expect(asked).toEqual([['a0', 'a1', 'a2'], ['b0', 'b1'], ['a0', 'a1', 'a2']]);
  chips.clear();
});
