import { ISO_CODES } from './currencies';
import { interpretNumber } from './read-number';
import { isPlausiblePay } from './is-plausible-pay';
import { makeSalaryRange } from './make-salary-range';
import type { SalaryBound, SalaryFlag, SalaryPeriod, SalaryRange } from './types';

// schema.org JobPosting.baseSalary: a MonetaryAmount (or an array of them) whose `value` is a
// number, a numeric string, or a QuantitativeValue {minValue, maxValue, value, unitText}.
// https://schema.org/MonetaryAmount, https://schema.org/QuantitativeValue
// Boards fill it with junk ("$", "Competitive", 0, unitText "PER_HOUR"), so anything unclear is dropped.

/**
 * A posting states one pay, or one per currency or place: a few. A page's baseSalary of 1,000
 * amounts put 20 made-up "$11K–$49K/yr" lines beside the real pay, so only the first entries are
 * read and at most three pays kept (the panel shows three pay lines at most, SalaryList.tsx).
 */
const MAX_ENTRIES_READ = 6;
const MAX_PAYS = 3;

const UNIT_PERIODS: Record<string, SalaryPeriod> = {
  HOUR: 'hour', HOURLY: 'hour', PER_HOUR: 'hour', HR: 'hour',
  DAY: 'day', DAILY: 'day', PER_DAY: 'day',
  WEEK: 'week', WEEKLY: 'week', PER_WEEK: 'week',
  MONTH: 'month', MONTHLY: 'month', PER_MONTH: 'month',
  YEAR: 'year', YEARLY: 'year', ANNUAL: 'year', ANNUALLY: 'year', PER_YEAR: 'year', ANNUM: 'year',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite positive number from a number or a plain numeric string ("120000", "120,000.00"). */
function readAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value > 0 ? value : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!/^\d[\d,.\s']{0,23}$/.test(trimmed)) return null;
  const amount = interpretNumber(trimmed.replace(/\s/g, ' '));
  return amount !== null && amount > 0 ? amount : null;
}

function readCurrency(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const code = value.trim().toUpperCase();
  return ISO_CODES.has(code) ? code : null;
}

function readPeriod(value: unknown): SalaryPeriod | null {
  if (typeof value !== 'string') return null;
  return UNIT_PERIODS[value.trim().toUpperCase().replace(/[\s-]+/g, '_')] ?? null;
}

function readMonetaryAmount(amount: Record<string, unknown>): SalaryRange | null {
  const currency = readCurrency(amount.currency);
  if (currency === null) return null;
  const value = amount.value;
  let min: number | null;
  let max: number | null;
  let unit: unknown = amount.unitText;
  let bound: SalaryBound | null = null;
  if (isRecord(value)) {
    const single = readAmount(value.value);
    const low = readAmount(value.minValue);
    const high = readAmount(value.maxValue);
    min = low ?? single;
    max = high ?? single ?? min;
    min ??= max;
    // Only one end given: a floor or a ceiling, not an exact figure.
    if (single === null && (low === null) !== (high === null)) bound = low === null ? 'up-to' : 'at-least';
    unit = value.unitText ?? unit;
  } else {
    min = max = readAmount(value);
  }
  if (min === null || max === null || min > max) return null;

  const flags: SalaryFlag[] = [];
  let period = readPeriod(unit);
  if (period === null) {
    if (unit !== undefined && unit !== null && unit !== '') return null;
    period = 'year';
    flags.push('period-guessed');
  }
  if (!isPlausiblePay(min, period, currency) || !isPlausiblePay(max, period, currency)) return null;
  return makeSalaryRange({
    min,
    max,
    currency,
    period,
    source: 'structured',
    text: `${min === max ? min : `${min}–${max}`} ${currency} per ${typeof unit === 'string' && unit ? unit.trim().toUpperCase() : 'YEAR (guessed)'}`,
    start: -1,
    end: -1,
    location: null,
    level: null,
    flags,
    bound: bound ?? (min === max ? 'exact' : 'range'),
  });
}

/**
 * Pay from `JobPosting.baseSalary`: one MonetaryAmount or an array of them. Missing or non-ISO
 * currency, non-numeric or inverted values, unknown units and implausible figures give nothing.
 * Structured results have `start === end === -1` (they come from no text) and `text` is a
 * rendering for display.
 */
export function parseStructuredSalary(baseSalary: unknown): SalaryRange[] {
  const items = Array.isArray(baseSalary) ? baseSalary : [baseSalary];
  const results: SalaryRange[] = [];
  const seen = new Set<string>();
  for (const item of items.slice(0, MAX_ENTRIES_READ)) {
    if (results.length >= MAX_PAYS) break;
    if (!isRecord(item)) continue;
    const range = readMonetaryAmount(item);
    if (!range) continue;
    const key = `${range.min}|${range.max}|${range.currency}|${range.period}`;
    if (seen.has(key)) continue;
    seen.add(key);
    results.push(range);
  }
  return results;
}
