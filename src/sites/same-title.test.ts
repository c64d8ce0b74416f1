import { describe, expect, it } from 'vitest';
import { sameTitle } from './json-ld';

describe('sameTitle', () => {
  it.each([
    ['Senior Data Engineer', 'senior data engineer'],
    ['Senior Data Engineer – Platform', 'Senior Data Engineer - Platform (Remote)'],
    ['Data Engineer | Acme', 'Data Engineer'],
    ['Ingénieur·e données (H/F)', 'ingénieur e données h f'],
    ['Backend Engineer【Tokyo】', 'Backend Engineer'],
    ['“Staff” Engineer, Payments', 'Staff Engineer Payments'],
  ])('%s ≈ %s', (a, b) => {
    expect(sameTitle(a, b)).toBe(true);
  });

  it.each([
    ['Data Engineer', 'Data Analyst'],
    ['Ingénieur données', 'Ingenieur donnees'],
    ['—', '—'],
    ['', 'Data Engineer'],
  ])('%s ≉ %s', (a, b) => {
    expect(sameTitle(a, b)).toBe(false);
  });
});
