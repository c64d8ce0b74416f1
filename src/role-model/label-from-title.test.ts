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
  // Backend is likelier than other but not by the precision guard's margin: no label, never `other`.
  ['Java Developer', null],
  ['Senior Software Engineer – Go (Golang)', null],
  ['', null],
  ['   ', null],
])('%s → %s', (title, label) => {
  expect(labelFromTitle(title)).toBe(label);
});
