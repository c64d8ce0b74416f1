import { BARE_DOLLAR, DOLLAR_PREFIXES, ISO_CODES, SYMBOL_CURRENCY } from './currencies';
import { readNumberAt } from './read-number';

/** One number in the text with whatever currency and multiplier are written against it. */
export type MoneyToken = {
  /** Start of the prefix currency if any, else of the digits. */
  start: number;
  numberStart: number;
  numberEnd: number;
  /** End of the suffix multiplier/currency if any, else of the digits. */
  end: number;
  /** The figure with its multiplier applied; null when the digits are not a money figure. */
  value: number | null;
  /** ISO code, BARE_DOLLAR for a plain `$`, or null when none is written. */
  prefixCurrency: string | null;
  suffixCurrency: string | null;
  /** `k`/`K`/"thousand" was written. */
  thousands: boolean;
  /** Millions or more ("$5M", "$1B", "$2.6 billion"): company figures, never pay. */
  large: boolean;
  /** Lakh-per-annum style ("12 LPA"). */
  perAnnum: boolean;
  /** A unit other than money follows ("3D", "10x", "50%", "24/7" is fine): not money. */
  unitful: boolean;
};

const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;
const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/**
 * A word ends at `i`: next char is not a letter, or the scraper ran two words together
 * ("GBPAt Alliants", "£32,319.00After"): an upper-case letter followed by a lower-case one.
 */
function isWordEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (!isLetter(ch)) return true;
  return UPPER.test(ch!) && LOWER.test(text[i + 1] ?? '');
}

const SPACE = new Set([' ', '\u00a0', '\u202f', '\u2009']);

type Multiplier = { factor: number; end: number; perAnnum: boolean };

// Case matters: "M"/"m" after a figure is millions; "L" alone is lakh (Indian postings).
const MULTIPLIER_WORDS: ReadonlyArray<readonly [string, number, boolean]> = [
  ['thousand', 1e3, false], ['million', 1e6, false], ['billion', 1e9, false], ['trillion', 1e12, false],
  ['lakhs', 1e5, false], ['lakh', 1e5, false], ['lacs', 1e5, false], ['lac', 1e5, false],
  ['crores', 1e7, false], ['crore', 1e7, false], ['LPA', 1e5, true],
];
const MULTIPLIER_LETTERS: ReadonlyArray<readonly [string, number]> = [
  ['mm', 1e6], ['MM', 1e6], ['bn', 1e9], ['Bn', 1e9], ['k', 1e3], ['K', 1e3], ['m', 1e6], ['M', 1e6],
  ['b', 1e9], ['B', 1e9], ['T', 1e12], ['L', 1e5], ['Cr', 1e7],
];

function readMultiplier(text: string, i: number): Multiplier | null {
  for (const [letters, factor] of MULTIPLIER_LETTERS) {
    if (text.startsWith(letters, i) && isWordEnd(text, i + letters.length)) {
      return { factor, end: i + letters.length, perAnnum: false };
    }
  }
  const wordStart = SPACE.has(text[i] ?? '') ? i + 1 : i;
  for (const [word, factor, perAnnum] of MULTIPLIER_WORDS) {
    const candidate = text.slice(wordStart, wordStart + word.length);
    const matches = word === 'LPA' ? candidate === word : candidate.toLowerCase() === word;
    if (matches && isWordEnd(text, wordStart + word.length)) {
      return { factor, end: wordStart + word.length, perAnnum };
    }
  }
  return null;
}

type Currency = { code: string; start: number; end: number };

/** Currency written right before the digits: "$", "CA$", "USD$", "€", "USD ", "Rs. ". */
function readPrefixCurrency(text: string, numberStart: number): Currency | null {
  let i = numberStart;
  if (SPACE.has(text[i - 1] ?? '')) i--;
  const ch = text[i - 1];
  if (ch === undefined) return null;
  if (ch === '$') {
    for (const [letters, code] of DOLLAR_PREFIXES) {
      const from = i - 1 - letters.length;
      if (from >= 0 && text.startsWith(letters, from) && !isLetter(text[from - 1])) {
        return { code, start: from, end: numberStart };
      }
    }
    return { code: BARE_DOLLAR, start: i - 1, end: numberStart };
  }
  const symbol = SYMBOL_CURRENCY[ch];
  if (symbol) return { code: symbol, start: i - 1, end: numberStart };
  const code = text.slice(i - 3, i);
  if (i >= 3 && ISO_CODES.has(code) && !isLetter(text[i - 4])) return { code, start: i - 3, end: numberStart };
  if (text.slice(i - 3, i) === 'Rs.' && !isLetter(text[i - 4])) return { code: 'INR', start: i - 3, end: numberStart };
  if (text.slice(i - 2, i) === 'Rs' && !isLetter(text[i - 3])) return { code: 'INR', start: i - 2, end: numberStart };
  return null;
}

/** Currency written right after the figure: "€", "EUR", " USD", "$" ("4.4M$"), " zł". */
function readSuffixCurrency(text: string, from: number): Currency | null {
  const i = SPACE.has(text[from] ?? '') ? from + 1 : from;
  const ch = text[i];
  if (ch === undefined) return null;
  if (ch === '$') return { code: BARE_DOLLAR, start: from, end: i + 1 };
  const symbol = SYMBOL_CURRENCY[ch];
  if (symbol) return { code: symbol, start: from, end: i + 1 };
  const code = text.slice(i, i + 3);
  if (ISO_CODES.has(code) && isWordEnd(text, i + 3)) return { code, start: from, end: i + 3 };
  if (text.startsWith('zł', i)) return { code: 'PLN', start: from, end: i + 2 };
  return null;
}

/**
 * Every number in `text`, in order, with its currency and multiplier. One forward pass; the
 * look-arounds are bounded, so the whole scan is linear in the length of the text.
 */
export function findMoneyTokens(text: string, max = Number.POSITIVE_INFINITY): MoneyToken[] {
  const tokens: MoneyToken[] = [];
  let i = 0;
  while (i < text.length && tokens.length < max) {
    if (!isDigitCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const run = readNumberAt(text, i);
    i = run.end;
    const before = text[run.start - 1];
    const prefix = readPrefixCurrency(text, run.start);
    // "B2B", "H1B", "v1.2", "x86" are not money unless a currency is glued on ("USD120,000").
    if (isLetter(before) && !prefix) continue;
    if (before === '.' || before === ',' || before === '/' || before === ':') {
      if (!prefix) continue;
    }

    let end = run.end;
    let value = run.value;
    // "€80k", "60k€", "$5M", "12 LPA": the multiplier comes first, then any suffix currency.
    const multiplier = readMultiplier(text, end);
    if (multiplier) {
      if (value !== null) value *= multiplier.factor;
      end = multiplier.end;
    }
    const factor = multiplier?.factor ?? 1;
    const suffix = readSuffixCurrency(text, end);
    if (suffix) end = suffix.end;
    const next = text[end];
    const unitful = next === '%' || (isLetter(next) && !isWordEnd(text, end));
    tokens.push({
      start: prefix ? prefix.start : run.start,
      numberStart: run.start,
      numberEnd: run.end,
      end,
      value,
      prefixCurrency: prefix?.code ?? null,
      // Lakh, crore and LPA are Indian units: they name the rupee when no currency is written.
      suffixCurrency: suffix?.code ?? (factor === 1e5 || factor === 1e7 ? 'INR' : null),
      thousands: factor === 1e3,
      // Lakh and crore are ordinary Indian salary units, not company-sized figures.
      large: factor >= 1e6 && factor !== 1e7,
      perAnnum: multiplier?.perAnnum ?? false,
      unitful,
    });
  }
  return tokens;
}
