import { describe, expect, test } from 'vitest';
import { interpretNumber, readNumberAt } from './read-number';

describe('interpretNumber', () => {
  test.each([
    ['150000', 150000],
    ['150,000', 150000],
    ['150,000.00', 150000],
    ['96000.0', 96000],
    ['52.88', 52.88],
    ['120.000', 120000],
    ['1.234,56', 1234.56],
    ['52,88', 52.88],
    ['25,00,000', 2500000],
    ['1,00,000', 100000],
    ['120 000', 120000],
    ["120'000", 120000],
    ['0.25', 0.25],
    ['12,34', 12.34],
  ])('%s → %d', (raw, expected) => {
    expect(interpretNumber(raw)).toBe(expected);
  });

  test.each(['1.2.3', '0.125', '1,2345', '1,234,56'])('%s is not a money figure', (raw) => {
    expect(interpretNumber(raw)).toBeNull();
  });
});

describe('readNumberAt', () => {
  test.each([
    ['$150,000 100% remote', 1, '150,000'],
    ['€120 000 brutto', 1, '120 000'],
    ['2020 2024', 0, '2020'],
    ['$60.00/hr', 1, '60.00'],
  ])('%s reads %s', (text, start, expected) => {
    const run = readNumberAt(text, start);
    expect(text.slice(run.start, run.end)).toBe(expected);
  });

  test('a 100,000-digit run is one token with no value', () => {
    const text = '1,'.repeat(50_000) + '1';
    const run = readNumberAt(text, 0);
    expect(run.end).toBe(text.length);
    expect(run.value).toBeNull();
  });
});
