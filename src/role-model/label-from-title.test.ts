import { expect, test } from 'vitest';
import { labelFromTitle } from './label-from-title';
import type { Label } from './types';

test.each<[string, Label | null]>([
  ['Senior Data Engineer', 'data'],
  ['Analytics Engineer', 'data'],
  ['Senior Backend Engineer', 'backend'],
  ['Staff Software Engineer, ML Platform', 'hybrid'],
  ['Senior Frontend Engineer', 'other'],
  ['Registered Nurse', 'other'],
  ['Software Engineer', null],
  ['', null],
  ['   ', null],
])('%s → %s', (title, label) => {
  expect(labelFromTitle(title)).toBe(label);
});
