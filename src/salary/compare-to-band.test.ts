import { describe, expect, test } from 'vitest';
import type { CompBand, CompBandResult } from '../role-model/reference-band';
import { compareSalaryToBand } from './compare-to-band';
import { parseSalaryText } from './parse-salary-text';
import type { SalaryRange } from './types';

const dataL5: CompBand = {
  role: 'data',
  level: 'L5',
  min: 180_000,
  max: 260_000,
  currency: 'USD',
  period: 'year',
  basis: 'total-compensation',
  citation: 'test band',
};
const backendL5: CompBand = { ...dataL5, role: 'backend', min: 190_000, max: 280_000 };
const bands: CompBandResult = { kind: 'bands', level: 'L5', bands: [dataL5] };

function firstRange(text: string): SalaryRange {
  const [range] = parseSalaryText(text);
  if (!range) throw new Error(`no pay in ${text}`);
  return range;
}

describe('compareSalaryToBand', () => {
  test.each([
    ['$100,000 - $150,000 per year', 'below'],
    ['$190,000 - $250,000 per year', 'within'],
    ['$300,000 - $350,000 per year', 'above'],
    ['$150,000 - $200,000 per year', 'overlaps'],
    ['$100/hr', 'within'],
  ])('%s → %s', (text, verdict) => {
    expect(compareSalaryToBand(firstRange(text), bands)[0]?.verdict).toBe(verdict);
  });

  // "Up to $300K" may pay anything under it, "from $120K" anything over: only a ceiling under the
  // band is below it, and only a floor over it above it.
  test.each([
    ['Salary: up to $300,000', 'overlaps', 'up to 300,000 USD a year'],
    ['Salary: up to $150,000', 'below', 'up to 150,000 USD a year'],
    ['Salary: starting at $120,000 per year', 'overlaps', 'from 120,000 USD a year'],
    ['Salary: starting at $300,000 per year', 'above', 'from 300,000 USD a year'],
    ['Base salary: $220,000+', 'overlaps', 'from 220,000 USD a year'],
  ])('open-ended pay %s → %s', (text, verdict, said) => {
    const [entry] = compareSalaryToBand(firstRange(text), bands);
    expect(entry?.verdict).toBe(verdict);
    expect(entry?.explanation).toContain(said);
  });

  test('a EUR range is not compared with the USD band', () => {
    const [entry] = compareSalaryToBand(firstRange('€90K – €130K'), bands);
    expect(entry).toEqual({
      role: 'data',
      verdict: 'currency-mismatch',
      explanation: 'EUR range not compared with the USD reference band: no conversion (exchange rates are not guessed).',
    });
  });

  test('base pay against a total-compensation band says so', () => {
    const [entry] = compareSalaryToBand(firstRange('The base salary range for this role is $150,000 - $170,000.'), bands);
    expect(entry?.verdict).toBe('below');
    expect(entry?.explanation).toContain('BASE pay');
    expect(entry?.explanation).toContain('TOTAL compensation');
    expect(entry?.explanation).toContain('normal');
  });

  test('hybrid postings are compared with both bands', () => {
    const result = compareSalaryToBand(firstRange('$185,000 - $200,000 per year'), {
      kind: 'bands',
      level: 'L5',
      bands: [dataL5, backendL5],
    });
    expect(result.map((e) => [e.role, e.verdict])).toEqual([
      ['data', 'within'],
      ['backend', 'overlaps'],
    ]);
  });

  test('no band', () => {
    const result = compareSalaryToBand(firstRange('$185,000 - $200,000 per year'), {
      kind: 'none',
      level: 'L3',
      reason: 'no reference band for L3',
    });
    expect(result).toEqual([{ role: null, verdict: 'no-band', explanation: 'No reference band to compare with: no reference band for L3' }]);
  });

  test('hourly pay is annualized before comparing and the explanation says so', () => {
    const [entry] = compareSalaryToBand(firstRange('$70/hr'), bands);
    expect(entry?.verdict).toBe('below');
    expect(entry?.explanation).toContain('annualised from hourly pay');
  });
});
