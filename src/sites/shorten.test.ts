import { expect, test } from 'vitest';
import { shorten } from './shorten';

test.each([
  ['Senior Data Engineer', 40, 'Senior Data Engineer'],
  ['Senior Data Engineer, Platform and Analytics', 40, 'Senior Data Engineer, Platform and…'],
  ['x'.repeat(50), 10, `${'x'.repeat(10)}…`],
  // A cut inside an emoji would leave half a character.
  [`${'x'.repeat(9)}🚀🚀`, 10, `${'x'.repeat(9)}…`],
])('%j cut at %i → %j', (text, max, short) => {
  expect(shorten(text, max)).toBe(short);
  expect(shorten(text, max).length).toBeLessThanOrEqual(max + 1);
});
