import { stripInvisibleCharacters } from './strip-invisible-characters';

/**
 * Pay shown as text in a page's chrome ("$130,000 - $160,000 a year", "$220K – $330K",
 * "A$150K/yr - A$180K/yr"). Used where a board has no stable salary hook (LinkedIn pills and
 * SDUI top card, JOB-BOARD-DOM.md §1.5). Parsing into numbers is src/salary's job.
 */
const MONEY = String.raw`(?:[A-Z]{1,3}\s?)?[$€£¥₹]\s?\d[\d,.]*(?:\s?[KkMm]\b)?`;
const RANGE = String.raw`\s?(?:[-–—]|to)\s?`;
const PERIOD = String.raw`(?:\s?(?:\/|per|an?)\s?(?:yr|year|hr|hour|mo|month|wk|week|day|annum)\b)?`;
const SALARY = new RegExp(`${MONEY}${PERIOD}(?:${RANGE}${MONEY}${PERIOD})?`);

/**
 * The first salary-looking span in `text`, or undefined. The one reading done inside the readers,
 * before read-page.ts cleans their output: a zero-width space after "$180," would cut the span there.
 */
export function findSalaryText(text: string): string | undefined {
  const match = SALARY.exec(stripInvisibleCharacters(text));
  return match ? match[0].trim() : undefined;
}
