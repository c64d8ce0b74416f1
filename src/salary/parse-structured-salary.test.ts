import { describe, expect, test } from 'vitest';
import { parseStructuredSalary } from './parse-structured-salary';

describe('parseStructuredSalary', () => {
  test.each<[string, unknown, [number, number, string, string, string[]][]]>([
    [
      'QuantitativeValue range, YEAR',
      { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 150000, maxValue: 190000, unitText: 'YEAR' } },
      [[150000, 190000, 'USD', 'year', []]],
    ],
    [
      'hourly single value',
      { currency: 'USD', value: { value: 70, unitText: 'HOUR' } },
      [[70, 70, 'USD', 'hour', []]],
    ],
    [
      'numeric strings and lower-case currency',
      { currency: 'eur', value: { minValue: '60000', maxValue: '75,000', unitText: 'year' } },
      [[60000, 75000, 'EUR', 'year', []]],
    ],
    ['value as a bare number, no unit', { currency: 'GBP', value: 65000 }, [[65000, 65000, 'GBP', 'year', ['period-guessed']]]],
    [
      'array of amounts, duplicates dropped',
      [
        { currency: 'USD', value: { minValue: 100000, maxValue: 120000, unitText: 'YEAR' } },
        { currency: 'USD', value: { minValue: 100000, maxValue: 120000, unitText: 'YEAR' } },
        { currency: 'CAD', value: { minValue: 110000, maxValue: 130000, unitText: 'YEAR' } },
      ],
      [
        [100000, 120000, 'USD', 'year', []],
        [110000, 130000, 'CAD', 'year', []],
      ],
    ],
    ['MONTH', { currency: 'EUR', value: { minValue: 5000, maxValue: 8000, unitText: 'MONTH' } }, [[5000, 8000, 'EUR', 'month', ['wide']]]],
  ])('%s', (_name, input, expected) => {
    expect(parseStructuredSalary(input).map((r) => [r.min, r.max, r.currency, r.period, r.flags])).toEqual(expected);
  });

  // Only one end given is a floor or a ceiling; reading it as the exact pay overstated what is known.
  test.each<[string, string, unknown]>([
    ['minValue only', 'at-least', { currency: 'USD', value: { minValue: 120000, unitText: 'YEAR' } }],
    ['maxValue only', 'up-to', { currency: 'USD', value: { maxValue: 165000, unitText: 'YEAR' } }],
    ['value only', 'exact', { currency: 'USD', value: { value: 150000, unitText: 'YEAR' } }],
    ['both ends', 'range', { currency: 'USD', value: { minValue: 120000, maxValue: 150000, unitText: 'YEAR' } }],
  ])('%s → %s', (_name, bound, input) => {
    expect(parseStructuredSalary(input).map((r) => r.bound)).toEqual([bound]);
  });

  // A page's baseSalary of 1,000 amounts put 20 made-up "$11K–$49K/yr" lines beside the real pay.
  test('a baseSalary array is read from its first few entries, and gives at most three pays', () => {
    const flood = Array.from({ length: 1_000 }, (_, index) => ({ currency: 'USD', value: { minValue: 11_000 + index * 37, maxValue: 49_000 + index * 11, unitText: 'YEAR' } }));
    expect(parseStructuredSalary(flood).length).toBeLessThanOrEqual(3);
    const real = { currency: 'USD', value: { minValue: 150_000, maxValue: 180_000, unitText: 'YEAR' } };
    expect(parseStructuredSalary([real, ...flood]).map((range) => [range.min, range.max])[0]).toEqual([150_000, 180_000]);
    // Entries past the first few are not read at all.
    expect(parseStructuredSalary([...Array.from({ length: 10 }, () => ({ currency: 'USD', value: 'n/a' })), real])).toEqual([]);
  });

  test('implausible and repeated entries take no place among the three', () => {
    const entries = [
      { currency: 'USD', value: { minValue: 1, maxValue: 2, unitText: 'YEAR' } },
      { currency: 'USD', value: { minValue: 150_000, maxValue: 180_000, unitText: 'YEAR' } },
      { currency: 'USD', value: { minValue: 150_000, maxValue: 180_000, unitText: 'YEAR' } },
      { currency: 'CAD', value: { minValue: 170_000, maxValue: 200_000, unitText: 'YEAR' } },
    ];
    expect(parseStructuredSalary(entries).map((range) => range.currency)).toEqual(['USD', 'CAD']);
  });

  test.each<[string, unknown]>([
    ['missing currency', { value: { minValue: 100000, maxValue: 120000, unitText: 'YEAR' } }],
    ['symbol instead of a code', { currency: '$', value: 120000 }],
    ['text value', { currency: 'USD', value: 'Competitive' }],
    ['zero', { currency: 'USD', value: 0 }],
    ['inverted range', { currency: 'USD', value: { minValue: 200000, maxValue: 100000, unitText: 'YEAR' } }],
    ['unknown unit', { currency: 'USD', value: { value: 100000, unitText: 'FORTNIGHT' } }],
    ['implausible for its unit', { currency: 'USD', value: { value: 150000, unitText: 'HOUR' } }],
    ['NaN', { currency: 'USD', value: Number.NaN }],
    ['null', null],
    ['string', '120000'],
    ['number', 120000],
    ['nested junk', [[{ currency: 'USD', value: 1 }], 'x', 3]],
  ])('%s → nothing', (_name, input) => {
    expect(parseStructuredSalary(input)).toEqual([]);
  });

  test('structured results have no offsets and a readable text', () => {
    const [range] = parseStructuredSalary({ currency: 'USD', value: { minValue: 150000, maxValue: 190000, unitText: 'YEAR' } });
    expect(range).toMatchObject({ source: 'structured', start: -1, end: -1, text: '150000–190000 USD per YEAR', location: null });
  });
});
