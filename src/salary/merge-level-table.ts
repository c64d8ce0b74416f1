import { makeSalaryRange } from './make-salary-range';
import type { SalaryFlag, SalaryRange } from './types';

/** Flags a merged table keeps when its rows carry them: what the pay is, not how wide. */
const KEPT_FLAGS: readonly SalaryFlag[] = ['base-only', 'includes-equity', 'ote', 'period-guessed', 'currency-guessed'];

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10' };

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => ROMAN[word] ?? word);
}

/** Every word of the level label is in the title ("Level 3" in "Backend Engineer (Level 3)"; II = 2). */
function titleNames(title: string, level: string): boolean {
  const inTitle = new Set(words(title));
  const label = words(level);
  return label.length > 0 && label.every((word) => inTitle.has(word));
}

/**
 * A table of pay by level in one posting ("Level 1: $100K – $120K / Level 2: … / Level 4: …") is one
 * pay for the role, not four. The panel shows the row the posting's title names when exactly one
 * row's label is in it ("Software Engineer II"): that is the job's pay. Otherwise one range from the
 * lowest row to the highest, flagged `across-levels` and labelled with the first and last levels:
 * the posting hires across them and says no more, and RoleLens's own level (L3–L7) is not the
 * employer's ladder, so guessing a row from it would show a pay the posting never tied to this job.
 * Rows are grouped by currency and period; `text` is the text the rows were read from (the merged
 * range spans it from the first row to the last, as parseSalaryText's offsets do).
 */
export function mergeLevelTable(ranges: readonly SalaryRange[], text: string, title: string): SalaryRange[] {
  const groups = new Map<string, SalaryRange[]>();
  for (const range of ranges) {
    if (range.level === null || range.location !== null || range.source !== 'text') continue;
    const key = `${range.currency}|${range.period}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(range);
  }
  const replaced = new Map<SalaryRange, SalaryRange | null>();
  for (const rows of groups.values()) {
    if (new Set(rows.map((row) => row.level)).size < 2) continue;
    const named = rows.filter((row) => titleNames(title, row.level!));
    if (named.length === 1) {
      for (const row of rows) if (row !== named[0]) replaced.set(row, null);
      continue;
    }
    const first = rows[0]!;
    const last = rows.at(-1)!;
    const merged = makeSalaryRange({
      min: Math.min(...rows.map((row) => row.min)),
      max: Math.max(...rows.map((row) => row.max)),
      currency: first.currency,
      period: first.period,
      source: 'text',
      text: text.slice(first.start, last.end),
      start: first.start,
      end: last.end,
      location: null,
      level: `${first.level} – ${last.level}`,
      flags: [...KEPT_FLAGS.filter((flag) => rows.some((row) => row.flags.includes(flag))), 'across-levels'],
      bound: 'range',
    });
    replaced.set(first, merged);
    for (const row of rows.slice(1)) replaced.set(row, null);
  }
  return ranges.flatMap((range) => {
    if (!replaced.has(range)) return [range];
    const replacement = replaced.get(range);
    return replacement ? [replacement] : [];
  });
}
