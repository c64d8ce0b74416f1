import { describe, expect, test } from 'vitest';
import { CLOSE_CALL_SCORE, closeCallOf } from './close-call';
import type { Label } from './types';

const scores = (data: number, backend: number, hybrid: number, other: number): Record<Label, number> => ({ data, backend, hybrid, other });

describe('closeCallOf', () => {
  test.each([
    ['a clear call', 'backend', scores(0.05, 0.9, 0.02, 0.03), null],
    ['the runner-up just below the line', 'backend', scores(0.1, 0.7, 0.01, CLOSE_CALL_SCORE - 0.001), null],
    ['the runner-up on the line', 'backend', scores(0.1, 0.7 - 0.001, 0.001, CLOSE_CALL_SCORE), 'other'],
    ['two above the line: the higher one', 'hybrid', scores(0.25, 0.3, 0.4, 0.05), 'backend'],
    // The other-margin rule can give `other` while data scored higher: that is a close call on data.
    ['a label given below the top score', 'other', scores(0.45, 0.05, 0.1, 0.4), 'data'],
    ['all zero (insufficient)', 'other', scores(0, 0, 0, 0), null],
  ] as const)('%s', (_name, label, given, expected) => {
    expect(closeCallOf(label, given)).toBe(expected);
  });
});
