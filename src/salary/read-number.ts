// Reads one run of digits and separators ("150,000", "120.000", "25,00,000", "96000.0",
// "120 000", "120'000") in a single forward pass, so any input is linear.

export type NumberRun = {
  start: number;
  end: number;
  /** The value, or null when the grouping is not a plain money figure ("1.2.3", "1,23,4"). */
  value: number | null;
};

/** Longer runs are not money (no salary needs 20 digits) and would lose precision anyway. */
const MAX_RUN_LENGTH = 24;

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

const DIGIT_SEPARATORS = new Set([',', '.', "'", '’', '\u00a0', '\u202f', '\u2009', ' ']);
const SPACE_LIKE = new Set(["'", '’', '\u00a0', '\u202f', '\u2009', ' ']);

/** True when `text[i..i+3)` is three digits not followed by a fourth. */
function isThreeDigitGroupAt(text: string, i: number): boolean {
  return (
    isDigitCode(text.charCodeAt(i)) &&
    isDigitCode(text.charCodeAt(i + 1)) &&
    isDigitCode(text.charCodeAt(i + 2)) &&
    !isDigitCode(text.charCodeAt(i + 3))
  );
}

/** `text[start]` must be a digit. */
export function readNumberAt(text: string, start: number): NumberRun {
  let i = start;
  let sawPunctuation = false;
  let digitsSinceSeparator = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isDigitCode(code)) {
      i++;
      digitsSinceSeparator++;
      continue;
    }
    const ch = text[i]!;
    if (!DIGIT_SEPARATORS.has(ch) || !isDigitCode(text.charCodeAt(i + 1))) break;
    // A plain space joins groups only in "120 000" style (first group ≤ 3 digits, no other
    // separator), so "$150,000 100% remote" stays "$150,000".
    if (ch === ' ' && (sawPunctuation || digitsSinceSeparator > 3 || !isThreeDigitGroupAt(text, i + 1))) break;
    if (ch !== ' ') sawPunctuation = true;
    digitsSinceSeparator = 0;
    i++;
  }
  const raw = text.slice(start, i);
  return { start, end: i, value: raw.length > MAX_RUN_LENGTH ? null : interpretNumber(raw) };
}

/**
 * Decides which separators group thousands and which one is the decimal point.
 * - The last `.` or `,` is decimal when 1–2 digits follow it and every earlier separator is a
 *   different character ("1,234.56", "1.234,56", "96000.0", "52,88").
 * - Otherwise all separators must be the same and group thousands: western (1–3 then 3s),
 *   Indian with commas (1–2, then 2s, then a final 3: "25,00,000"), or European dots ("120.000").
 * - Anything else ("1.2.3", "0.125", "1,2345") is not a money figure: null.
 */
export function interpretNumber(raw: string): number | null {
  const groups: string[] = [];
  const separators: string[] = [];
  let current = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') current += ch;
    else {
      groups.push(current);
      separators.push(SPACE_LIKE.has(ch) ? ' ' : ch);
      current = '';
    }
  }
  groups.push(current);
  if (separators.length === 0) return Number(raw);

  const lastSeparator = separators.at(-1)!;
  const lastGroup = groups.at(-1)!;
  let fraction = '';
  let integerGroups = groups;
  let groupSeparators = separators;
  if (lastSeparator !== ' ' && lastGroup.length <= 2) {
    if (separators.slice(0, -1).some((s) => s === lastSeparator)) return null;
    fraction = lastGroup;
    integerGroups = groups.slice(0, -1);
    groupSeparators = separators.slice(0, -1);
  }
  if (!isValidGrouping(integerGroups, groupSeparators)) return null;
  return Number(`${integerGroups.join('')}${fraction ? `.${fraction}` : ''}`);
}

function isValidGrouping(groups: string[], separators: string[]): boolean {
  if (separators.length === 0) return true;
  const kind = separators[0];
  if (separators.some((s) => s !== kind)) return false;
  const [first, ...rest] = groups;
  if (!first || first.startsWith('0')) return false;
  const western = first.length <= 3 && rest.every((g) => g.length === 3);
  if (western) return true;
  const last = rest.at(-1);
  const indian =
    kind === ',' && first.length <= 2 && last?.length === 3 && rest.slice(0, -1).every((g) => g.length === 2);
  return indian;
}
