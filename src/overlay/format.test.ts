import { expect, test } from 'vitest';
import { formatMoney, formatMoneyRange, formatPercent } from './format';

test.each([
  [280_000, 'USD', '$280K'],
  [450_000, 'USD', '$450K'],
  [80_000, 'EUR', '€80K'],
  [2_500_000, 'INR', '₹2.5M'],
  [130_000, 'AUD', 'AUD 130K'],
  [70, 'USD', '$70'],
  [62.5, 'USD', '$62.5'],
  [1234.56, 'USD', '$1,234.56'],
  [9999.994, 'GBP', '£9,999.99'],
  [0.5, 'EUR', '€0.5'],
])('formatMoney(%d, %s) = %s', (amount, currency, text) => {
  expect(formatMoney(amount, currency)).toBe(text);
});

test('amounts under 10K read as toLocaleString("en-US", up to two decimals) writes them, without Intl', () => {
  // Ties at half a cent aside (Intl rounds those half-to-even), every amount from 0 to 9,999.99 in steps of 0.37.
  for (let cents = 0; cents < 1_000_000; cents += 37) {
    const amount = cents / 100;
    expect(formatMoney(amount, 'USD')).toBe(`$${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`);
  }
  for (const amount of [0.123, 17.456, 999.999, 4321.005 + 0.001]) {
    expect(formatMoney(amount, 'USD')).toBe(`$${amount.toLocaleString('en-US', { maximumFractionDigits: 2 })}`);
  }
});

test('ranges and single figures', () => {
  expect(formatMoneyRange(150_000, 190_000, 'USD')).toBe('$150K – $190K');
  expect(formatMoneyRange(150_000, 150_000, 'USD')).toBe('$150K');
  expect(formatPercent(0.844)).toBe('84%');
});
