/** How often a stated figure is paid. */
export type SalaryPeriod = 'hour' | 'day' | 'week' | 'month' | 'year';

/**
 * - `base-only`: the posting says the figure is base pay (not bonus or equity).
 * - `includes-equity`: the posting says equity (options, RSUs, stock) comes on top.
 * - `ote`: on-target earnings (base + commission at target).
 * - `wide`: max > 1.5 × min, so the range says little about the actual offer.
 * - `period-guessed`: no period was written; a large figure was read as yearly.
 * - `currency-guessed`: no currency was written ("up to 165K"); read as the posting's place pays.
 * - `across-levels`: one range from the lowest to the highest row of a table of pay by level.
 */
export type SalaryFlag = 'base-only' | 'includes-equity' | 'ote' | 'wide' | 'period-guessed' | 'currency-guessed' | 'across-levels';

/**
 * What kind of figure was stated. `min === max` for the last three: "up to $X" is a ceiling and
 * "starting at $X" a floor, not a range, but inventing the missing end would be a guess.
 */
export type SalaryBound = 'range' | 'exact' | 'up-to' | 'at-least';

export type SalaryRange = {
  min: number;
  max: number;
  /** ISO 4217 code. */
  currency: string;
  period: SalaryPeriod;
  /** min/max × 2080 (hour), × 260 (day), × 52 (week), × 12 (month), × 1 (year). */
  annualMin: number;
  annualMax: number;
  source: 'structured' | 'text';
  /**
   * For `text`: the exact matched text, `input.slice(start, end) === text`.
   * For `structured`: a readable rendering of the schema.org value (e.g. "120000–150000 USD per YEAR"),
   * with `start === end === -1` because it has no place in any text.
   */
  text: string;
  start: number;
  end: number;
  /** A location or zone label the figure is tied to ("NYC", "Zone A", "Canada"), else null. */
  location: string | null;
  /** The level or grade a row of a table of pay by level is for ("Level 2", "Senior Engineer"), else null. */
  level: string | null;
  flags: SalaryFlag[];
  bound: SalaryBound;
};
