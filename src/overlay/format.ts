import type { HybridKind, InsufficientReason, Label } from '../role-model/types';
import { BOUND_WORDS } from '../salary/bound-words';
import type { SalaryFlag } from '../salary/types';

/** Display names, kept beside the UI that shows them. */
export const LABEL_NAMES: Record<Label, string> = {
  data: 'Data engineering',
  backend: 'Backend',
  hybrid: 'Hybrid',
  other: 'Not a DE/BE role',
};

/** What the badge says when a posting could not be judged. */
export const INSUFFICIENT_NAMES: Record<InsufficientReason, string> = {
  'no-text': 'Not enough text to judge',
  'too-short': 'Not enough text to judge',
  'not-english': 'Not in English: not judged',
};

/** Short names for the chips on search-result cards, in the same words as the panel's badge. */
export const CHIP_NAMES: Record<Label, string> = {
  data: 'Data eng.',
  backend: 'Backend',
  hybrid: 'Hybrid',
  other: 'Not DE/BE',
};

export const HYBRID_KIND_NAMES: Record<HybridKind, string> = {
  'data-platform': 'data platform',
  'ml-platform': 'ML platform',
  'data-services': 'data services',
};

/** What each pay flag means, in words (`SalaryFlag` in src/salary/types.ts). */
export const SALARY_FLAG_NAMES: Record<SalaryFlag, string> = {
  'base-only': 'base pay',
  'includes-equity': 'plus equity',
  ote: 'on-target earnings',
  wide: 'wide range',
  'period-guessed': 'yearly assumed',
  'currency-guessed': 'currency not stated',
  'across-levels': 'across the levels listed',
};

/** "up to $150K", "from $90K": the words the comparison with the band uses too. */
export const SALARY_BOUND_WORDS = BOUND_WORDS;

/** $280K, €80K, ₹2.5M: compact money for one line. */
export function formatMoney(amount: number, currency: string): string {
  const symbol = CURRENCY_SYMBOLS[currency] ?? `${currency} `;
  if (amount >= 1_000_000) return `${symbol}${trim(amount / 1_000_000)}M`;
  if (amount >= 10_000) return `${symbol}${Math.round(amount / 1000)}K`;
  return `${symbol}${withThousands(trim(amount))}`;
}

/**
 * "1234.5" -> "1,234.5", as `toLocaleString('en-US')` writes it. Not Intl: the first number format a
 * tab builds loads the browser's locale data, ~40 ms of the page's main thread on Indeed's search
 * page, where hourly pay ("$25 an hour") takes this path (docs/performance.md).
 */
function withThousands(decimal: string): string {
  const [whole = '', fraction] = decimal.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

export function formatMoneyRange(min: number, max: number, currency: string): string {
  return min === max ? formatMoney(min, currency) : `${formatMoney(min, currency)} – ${formatMoney(max, currency)}`;
}

export function formatPercent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', INR: '₹', JPY: '¥' };

function trim(value: number): string {
  return value.toFixed(2).replace(/\.?0+$/, '');
}
