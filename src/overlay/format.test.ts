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
])('formatMoney(%d, %s) = %s', (amount, currency, text) => {
  expect(formatMoney(amount, currency)).toBe(text);
});

test('ranges and single figures', () => {
  expect(formatMoneyRange(150_000, 190_000, 'USD')).toBe('$150K – $190K');
  expect(formatMoneyRange(150_000, 150_000, 'USD')).toBe('$150K');
  expect(formatPercent(0.844)).toBe('84%');
});
