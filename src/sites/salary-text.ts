import { stripInvisibleCharacters } from './strip-invisible-characters';

/**
 * Pay shown as text in a page's chrome ("$130,000 - $160,000 a year", "$220K – $330K",
 * "A$150K/yr - A$180K/yr"). Used where a board has no stable salary hook (LinkedIn pills and
 * SDUI top card, JOB-BOARD-DOM.md §1.5). Parsing into numbers is src/salary's job.
 */
const MONEY = String.raw`(?:[A-Z]{1,3}\s?)?[$€£¥₹]\s?\d[\d,.]*(?:\s?[KkMm]\b)?`;
const FIRST_MONEY = new RegExp(MONEY, 'g');
const MONEY_HERE = new RegExp(MONEY, 'y');
const PERIOD_HERE = /\s?(?:\/|per|an?)\s?(?:yr|year|hr|hour|mo|month|wk|week|day|annum)\b/y;
const RANGE_HERE = /\s?(?:[-–—]|to)\s?/y;

/**
 * The first salary-looking span in `text`, or undefined. The one reading done inside the readers,
 * before read-page.ts cleans their output: a zero-width space after "$180," would cut the span there.
 *
 * Money, then an optional period, then optionally a range to a second money and period, matched
 * piece by piece with small sticky patterns: as one regular expression the optional groups made
 * V8 spend 2-16 ms compiling it on every page's first read (docs/performance.md).
 */
export function findSalaryText(text: string): string | undefined {
  const clean = stripInvisibleCharacters(text);
  FIRST_MONEY.lastIndex = 0;
  const first = FIRST_MONEY.exec(clean);
  if (!first) return undefined;
  let end = afterPeriod(clean, first.index + first[0].length);
  RANGE_HERE.lastIndex = end;
  if (RANGE_HERE.test(clean)) {
    MONEY_HERE.lastIndex = RANGE_HERE.lastIndex;
    if (MONEY_HERE.test(clean)) end = afterPeriod(clean, MONEY_HERE.lastIndex);
  }
  return clean.slice(first.index, end).trim();
}

/** Where a period ("/yr", " a year", " per annum") starting at `at` ends, or `at` if there is none. */
function afterPeriod(text: string, at: number): number {
  PERIOD_HERE.lastIndex = at;
  return PERIOD_HERE.test(text) ? PERIOD_HERE.lastIndex : at;
}
