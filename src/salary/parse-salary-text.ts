import { BARE_DOLLAR, currencyOfPlace, resolveDollar } from './currencies';
import { findLevelLabel } from './find-level-label';
import { findLocationLabel } from './find-location-label';
import { findMoneyTokens, type MoneyToken } from './find-money-tokens';
import { isPlausiblePay } from './is-plausible-pay';
import { makeSalaryRange } from './make-salary-range';
import {
  clauseEnd,
  clauseStart,
  hasNonPayAfter,
  hasNonPayBefore,
  hasPayWord,
  isPayWordAdjacent,
  isStandalone,
  lineEnd,
  lineStart,
} from './pay-context';
import { findPeriodBefore, readPeriodAfter, type PeriodMatch } from './read-period';
import type { SalaryBound, SalaryFlag, SalaryPeriod, SalaryRange } from './types';

/** A range wider than this (max/min) is a typo or a scrape error ("$200.00 – $275,000.00"). */
const MAX_RANGE_RATIO = 6;
/**
 * Figures read per text. The most in any of the 450 dev postings is 27; a wall of figures ("$1,000 - "
 * repeated over 1 MB, a price list) costs about 9 µs a figure in context checks, so past this many the
 * rest is not pay worth blocking the page for.
 */
const MAX_FIGURES = 2_000;
/** Characters allowed between the two figures of a range (a period and a bracketed aside fit). */
const MAX_GAP = 160;

const SEPARATOR = /^(?:-|–|—|−|~|to|and|through|until|bis)$/i;
const QUALIFIER = /(up\s*to|bis\s+zu|starting\s+(?:at|from)|starts\s+at|from|minimum\s+of|at\s+least|upwards\s+of|in\s+excess\s+of|\bOTE\b:?)\s*$/i;
/** "$220,000+" is a floor; "$150K+ bonus" is pay plus an add-on. */
const ADD_ON = /^\s*(?:bonus|equity|commission|benefits|stock|options|shares|rsus?|ote|variable|incentives?|super(?:annuation)?|pension|401|perks|allowance|overtime|tips)\b/i;
/** Marker for a statement that writes no currency at all ("Salary: up to 165K"). */
const UNWRITTEN = '';

type Statement = {
  first: MoneyToken;
  second: MoneyToken | null;
  /** Period written against the first figure of a range ("USD$223,000 per year - USD$248,000 per year"). */
  firstPeriod: PeriodMatch | null;
};

/**
 * Whether the text between two figures joins them into one range: a dash, "to", or "and" after
 * "between", on one line, allowing a period and a bracketed aside after the first figure
 * ("$131,500 CAD[minimum salary in our lowest market] to $174,500 CAD").
 */
function readRangeGap(text: string, a: MoneyToken, b: MoneyToken): Statement | null {
  if (b.start - a.end > MAX_GAP) return null;
  let gap = text.slice(a.end, b.start);
  if (gap.includes('\n')) return null;
  const firstPeriod = readPeriodAfter(gap, 0);
  if (firstPeriod) gap = gap.slice(firstPeriod.end);
  gap = gap.replace(/\[[^\]]{0,150}\]/g, ' ').trim();
  if (!SEPARATOR.test(gap)) return null;
  if (gap.toLowerCase() === 'and' && !/between\s*$/i.test(text.slice(Math.max(0, a.start - 20), a.start))) return null;
  return { first: a, second: b, firstPeriod: firstPeriod ? { ...firstPeriod, end: a.end + firstPeriod.end } : null };
}

/**
 * One ISO code for the statement, BARE_DOLLAR, UNWRITTEN when no figure writes one, or null when
 * two different ones are written.
 */
function pickCurrency(tokens: MoneyToken[]): string | null {
  let iso: string | null = null;
  let dollar = false;
  for (const token of tokens) {
    for (const code of [token.prefixCurrency, token.suffixCurrency]) {
      if (code === null) continue;
      if (code === BARE_DOLLAR) dollar = true;
      else if (iso !== null && iso !== code) return null;
      else iso = code;
    }
  }
  return iso ?? (dollar ? BARE_DOLLAR : UNWRITTEN);
}

/**
 * A figure with no currency is pay only as a pay field's value written the way pay is: right after
 * a pay word with nothing but connectors between, and in thousands ("Salary: up to 165K"). "Up to
 * 165K users" has no pay word before it; "Salary: 120,000 - 140,000" could be in any currency.
 */
function isUnwrittenPay(figures: readonly MoneyToken[], payAdjacent: boolean): boolean {
  return payAdjacent && figures.some((figure) => figure.thousands);
}

/** "£38,976 to £52,767": a currency written on both ends is a deliberate money range. */
function bothEndsHaveCurrency(a: MoneyToken, b: MoneyToken): boolean {
  return (a.prefixCurrency ?? a.suffixCurrency) !== null && (b.prefixCurrency ?? b.suffixCurrency) !== null;
}

function isMoneyFigure(token: MoneyToken): token is MoneyToken & { value: number } {
  return token.value !== null && token.value > 0 && !token.large && !token.unitful;
}

const EQUITY = /(?<!internal |pay )\bequity\b|\bRSUs?\b|\bstock\b|\boptions\b|\bshares\b/i;
const BASE = /\bbase\b|not inclusive of any bonus|excluding bonus|excludes bonus/i;
const PAY_NOUN_AFTER = /^\s*(?:base|salary|gross|brutto|OTE)\b/i;
const OTE = /\bOTE\b|on[- ]target/i;

/**
 * All pay statements in a posting, in order, deduplicated (the same figures for the same
 * location are reported once). When unsure, a figure is left out: no pay rather than a wrong pay.
 *
 * Bare `$` is USD unless a code is written with the figure ("$131,500 CAD"), the `$` carries a
 * prefix ("CA$", "A$"), or the location label of the statement, else `locationHint` (the
 * posting's location), names exactly one other dollar country ("Canada Remote" → CAD).
 */
export function parseSalaryText(text: string, locationHint?: string): SalaryRange[] {
  const tokens = findMoneyTokens(text, MAX_FIGURES);
  const results: SalaryRange[] = [];
  const seen = new Map<string, number>();
  let floor = 0;

  for (let t = 0; t < tokens.length; t++) {
    const first = tokens[t]!;
    const next = tokens[t + 1];
    const ranged = next ? readRangeGap(text, first, next) : null;
    if (ranged) t++;
    const statement: Statement = ranged ?? { first, second: null, firstPeriod: null };
    const range = readStatement(text, statement, floor, locationHint);
    if (!range) continue;
    floor = range.end;
    const key = `${range.min}|${range.max}|${range.currency}|${range.period}|${range.location ?? ''}`;
    const earlier = seen.get(key);
    if (earlier === undefined) {
      seen.set(key, results.length);
      results.push(range);
    } else if (results[earlier]!.flags.includes('period-guessed') && !range.flags.includes('period-guessed')) {
      // Keep the statement that writes its period ("Up to £110,000 per annum" over "£110,000 + Bonus").
      results[earlier] = range;
    }
  }
  return results;
}

function readStatement(text: string, statement: Statement, floor: number, locationHint: string | undefined): SalaryRange | null {
  const { first, second } = statement;
  const figures = second ? [first, second] : [first];
  if (!figures.every(isMoneyFigure)) return null;
  const currencyWritten = pickCurrency(figures);
  if (currencyWritten === null) return null;

  let min = first.value!;
  let max = second ? second.value! : min;
  // "$150–190K": the K written once covers both ends.
  if (second) {
    if (second.thousands && !first.thousands && min < 1000) min *= 1000;
    if (first.thousands && !second.thousands && max < 1000) max *= 1000;
    if (min > max || max > MAX_RANGE_RATIO * min) return null;
  }

  const last = second ?? first;
  const openTop = !second && text[first.end] === '+' && !ADD_ON.test(text.slice(first.end + 1, first.end + 30));
  const figuresEnd = openTop ? first.end + 1 : last.end;
  const periodAfter = readPeriodAfter(text, figuresEnd);
  if (statement.firstPeriod && periodAfter && statement.firstPeriod.period !== periodAfter.period) return null;
  const end = periodAfter ? periodAfter.end : figuresEnd;

  const qualifierStart = Math.max(floor, first.start - 24);
  const qualifier = second ? null : QUALIFIER.exec(text.slice(qualifierStart, first.start));
  const start = qualifier ? qualifierStart + qualifier.index : first.start;

  const clauseFrom = clauseStart(text, start, floor);
  const before = text.slice(clauseFrom, start);
  const after = text.slice(end, clauseEnd(text, end));
  // A pay word right before the figure outweighs perk words after it, which run-together
  // scrapes glue on ("Salary of £28,000 per year Bonus annual company performance…").
  const payAdjacent = isPayWordAdjacent(before);
  if (hasNonPayBefore(before) || (!payAdjacent && hasNonPayAfter(after))) return null;
  if (currencyWritten === UNWRITTEN && !isUnwrittenPay(figures, payAdjacent)) return null;

  const writtenPeriod: SalaryPeriod | null =
    periodAfter?.period ??
    statement.firstPeriod?.period ??
    (figures.some((f) => f.perAnnum) ? 'year' : null) ??
    findPeriodBefore(before);

  const lineBefore = text.slice(lineStart(text, start, floor), start);
  const lineAfter = text.slice(end, lineEnd(text, end));
  const standalone = isStandalone(lineBefore, lineAfter);
  const payNearby = hasPayWord(before) || hasPayWord(after.slice(0, 60));
  const isOte = OTE.test(before.slice(-40)) || OTE.test(text.slice(start, first.start)) || OTE.test(after.slice(0, 40));
  // A place label ("NYC: $…", "Zone A: $…") marks a per-location pay list.
  const location = findLocationLabel(before, after);
  const isPay = second
    ? payNearby || writtenPeriod !== null || standalone || location !== null || bothEndsHaveCurrency(first, second)
    : payAdjacent || isOte || standalone || writtenPeriod !== null || location !== null || PAY_NOUN_AFTER.test(after);
  if (!isPay) return null;

  const place = location ?? locationHint;
  const currency =
    currencyWritten === BARE_DOLLAR ? resolveDollar(place) : currencyWritten === UNWRITTEN ? currencyOfPlace(place) : currencyWritten;

  let period = writtenPeriod;
  const flags: SalaryFlag[] = currencyWritten === UNWRITTEN ? ['currency-guessed'] : [];
  if (period === null) {
    // No period written: a yearly reading is the only safe guess, and only for yearly-sized
    // figures. "$70" or "$4,082" alone could be hourly or monthly: report nothing.
    if (!isPlausiblePay(min, 'year', currency) || !isPlausiblePay(max, 'year', currency)) return null;
    period = 'year';
    flags.push('period-guessed');
  }
  if (!isPlausiblePay(min, period, currency) || !isPlausiblePay(max, period, currency)) return null;

  const context = `${before} ${after.slice(0, 120)}`;
  if (BASE.test(context)) flags.push('base-only');
  if (EQUITY.test(context)) flags.push('includes-equity');
  if (isOte) flags.push('ote');

  let bound: SalaryBound = second && min !== max ? 'range' : openTop ? 'at-least' : 'exact';
  if (qualifier) {
    const word = qualifier[1]!.toLowerCase();
    if (word.startsWith('up') || word.startsWith('bis')) bound = 'up-to';
    else if (!word.startsWith('ote')) bound = 'at-least';
  }

  return makeSalaryRange({
    min,
    max,
    currency,
    period,
    source: 'text',
    text: text.slice(start, end),
    start,
    end,
    location,
    // A row of a table of pay by level (merge-level-table.ts makes the rows one pay).
    level: location === null ? findLevelLabel(before) : null,
    flags,
    bound,
  });
}

