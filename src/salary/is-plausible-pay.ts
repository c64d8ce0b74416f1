import { currencyMagnitude } from './currencies';
import type { SalaryPeriod } from './types';

// Bounds for a figure to be believable pay, in USD-sized units (see currencyMagnitude). Outside
// them the text is junk ("$49/yr", "200.0 - 225.0 USD YEARLY") or not pay ("$300 per month"
// commuter benefit), and the issue says: no pay rather than a wrong pay.
const BOUNDS: Record<SalaryPeriod, readonly [number, number]> = {
  hour: [5, 600],
  day: [40, 6000],
  week: [150, 25_000],
  month: [500, 120_000],
  year: [10_000, 3_000_000],
};

/**
 * Currencies whose pay runs far below a dollar-sized floor once scaled: an Indian junior's ₹3–4 lakh
 * a year is $4–5K (Indeed India's saved search page states ₹3,88,847 – ₹16,33,192 a year). The
 * floor is multiplied by this; the ceiling stays.
 */
const FLOOR_SHARE: Record<string, number> = { INR: 0.2 };

export function isPlausiblePay(amount: number, period: SalaryPeriod, currency: string): boolean {
  const scaled = amount / currencyMagnitude(currency);
  const [low, high] = BOUNDS[period];
  return scaled >= low * (FLOOR_SHARE[currency] ?? 1) && scaled <= high;
}
