import { expect, test } from 'vitest';
import { wilsonInterval } from './wilson-interval';

// 81 of 263 and 15 of 148 are Newcombe's (1998) worked examples for the Wilson score interval (his
// method 3); the rest follow from the formula and its edges (no hits, all hits).
test.each([
  { hits: 5, n: 10, low: 0.2366, high: 0.7634 },
  { hits: 0, n: 10, low: 0, high: 0.2775 },
  { hits: 10, n: 10, low: 0.7225, high: 1 },
  { hits: 81, n: 263, low: 0.2553, high: 0.3662 },
  { hits: 15, n: 148, low: 0.0624, high: 0.1605 },
])('$hits of $n: $low–$high', ({ hits, n, low, high }) => {
  const interval = wilsonInterval(hits, n)!;
  expect(interval.low).toBeCloseTo(low, 4);
  expect(interval.high).toBeCloseTo(high, 4);
});

test('narrows as the corpus grows, and always holds the measured rate', () => {
  const small = wilsonInterval(210, 244)!;
  const large = wilsonInterval(2100, 2440)!;
  expect(small.high - small.low).toBeGreaterThan(large.high - large.low);
  for (const interval of [small, large]) {
    expect(interval.low).toBeLessThan(210 / 244);
    expect(interval.high).toBeGreaterThan(210 / 244);
  }
});

test('no postings: no interval', () => {
  expect(wilsonInterval(0, 0)).toBeNull();
});
