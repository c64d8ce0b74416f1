import type { SalaryPeriod } from './types';

export type PeriodMatch = { period: SalaryPeriod; end: number };

// Phrases written right after a figure, longest first within each period. Matched
// case-insensitively at one position, so the cost is constant per figure.
const AFTER_PHRASES: ReadonlyArray<readonly [string, SalaryPeriod]> = [
  ['per annum', 'year'], ['pro jahr', 'year'], ['im jahr', 'year'], ['per year', 'year'], ['per yr', 'year'], ['a year', 'year'], ['an year', 'year'],
  ['a yr', 'year'], ['/ year', 'year'], ['/year', 'year'], ['/ yr', 'year'], ['/yr', 'year'], ['/annum', 'year'],
  ['/y', 'year'], ['p.a.', 'year'], ['p.a', 'year'], ['pa', 'year'], ['annually', 'year'],
  ['annualized', 'year'], ['annual', 'year'], ['yearly', 'year'], ['each year', 'year'],
  ['per hourly', 'hour'], ['per hour', 'hour'], ['per hr', 'hour'], ['an hour', 'hour'], ['a hour', 'hour'],
  ['/ hour', 'hour'], ['/hour', 'hour'], ['/ hr', 'hour'], ['/hr', 'hour'], ['/h', 'hour'], ['p/h', 'hour'],
  ['hourly', 'hour'], ['ph', 'hour'],
  ['per day', 'day'], ['a day', 'day'], ['/ day', 'day'], ['/day', 'day'], ['daily', 'day'],
  ['per week', 'week'], ['a week', 'week'], ['/ week', 'week'], ['/week', 'week'], ['/wk', 'week'],
  ['weekly', 'week'],
  ['per month', 'month'], ['per mth', 'month'], ['a month', 'month'], ['/ month', 'month'],
  ['/month', 'month'], ['/mth', 'month'], ['/mo', 'month'], ['monthly', 'month'], ['pcm', 'month'],
];

const LOOKAHEAD = 16;

function isLetterOrDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * A period phrase right after `from`, skipping spaces, a closing bracket or an ISO code
 * ("110000 - 190000 USD Annually", "$20 USD to $32 USD per hour").
 */
export function readPeriodAfter(text: string, from: number): PeriodMatch | null {
  let i = from;
  while (text[i] === ' ' || text[i] === '\u00a0') i++;
  // "€65,000 gross per year", "80.000 € brutto pro Jahr": one pay-kind word may come first.
  const skip = /^(?:gross|brutto|base|net|salary)\s+/i.exec(text.slice(i, i + 10));
  if (skip) i += skip[0].length;
  const head = text.slice(i, i + LOOKAHEAD).toLowerCase();
  for (const [phrase, period] of AFTER_PHRASES) {
    if (head.startsWith(phrase) && !isLetterOrDigit(text[i + phrase.length])) {
      // "/hr." keeps its dot out of the match: the dot ends the sentence as often as it abbreviates.
      return { period, end: i + phrase.length };
    }
  }
  return null;
}

// A period adjective tied to a pay noun, before the figure: "Annual salary range:", "Hourly Rate:",
// "annual US base salary", "Monthly salary". A bare "per week" in the clause ("40 hours per week")
// does not count: it is about hours, not pay.
const BEFORE_PATTERNS: ReadonlyArray<readonly [RegExp, SalaryPeriod]> = [
  [/\b(annual|annually|annualized|annualised|yearly)\b(\s+[\w.-]+){0,3}?\s+(salary|pay|compensation|comp|base|range|wage|remuneration|earnings|income|rate|ote)\b/i, 'year'],
  [/\b(salary|pay|compensation|wage)\s+(per|a)\s+(year|annum)\b/i, 'year'],
  [/\b(hourly)\b(\s+[\w.-]+){0,3}?\s+(salary|pay|compensation|rate|wage|range)\b/i, 'hour'],
  [/\b(salary|pay|compensation|rate|wage)\s+(per|an|a)\s+hour\b/i, 'hour'],
  [/\b(monthly)\b(\s+[\w.-]+){0,3}?\s+(salary|pay|compensation|rate|wage|range|gross)\b/i, 'month'],
  [/\b(daily|day)\s+rate\b/i, 'day'],
  [/\b(weekly)\b(\s+[\w.-]+){0,3}?\s+(salary|pay|rate|wage)\b/i, 'week'],
];

/** The period named before the figure in the same clause, or null. `clause` is short (bounded). */
export function findPeriodBefore(clause: string): SalaryPeriod | null {
  let best: { period: SalaryPeriod; index: number } | null = null;
  for (const [pattern, period] of BEFORE_PATTERNS) {
    const match = pattern.exec(clause);
    if (match && (!best || match.index > best.index)) best = { period, index: match.index };
  }
  return best?.period ?? null;
}
