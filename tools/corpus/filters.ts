// Filters a cleaned candidate must pass (SOURCES.md): English, a description of at least 400 characters,
// posted 2020 or later when the date is known.

// The most frequent English function words: running English prose has about a third of its words
// among them, while German, French, Spanish or Dutch postings have very few (their own function words differ).
const STOP = new Set(
  ('the of and to a in for is on that with as are be you we our will your this or by an at from it have ' +
    'has can us all who their they more about which what not but if into other work team experience ' +
    'role join help across including such would them these also than how its been were one any about')
    .split(' '),
);

export interface EnglishScores {
  /** Share of word tokens that are English function words. */
  stop: number;
  /** Share of letters that are ASCII (Hebrew, Japanese, Chinese, Cyrillic... score low). */
  ascii: number;
}

export function englishScores(text: string): EnglishScores {
  const letters = text.match(/\p{L}/gu) ?? [];
  const ascii = letters.length ? letters.filter((c) => c <= '\u007f').length / letters.length : 0;
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const stop = words.length ? words.filter((w) => STOP.has(w)).length / words.length : 0;
  return { stop, ascii };
}

/** Thresholds set with a margin below the lowest scores of the 450 English dev postings (stop 0.22, ascii 0.998). */
export const MIN_STOP = 0.15;
export const MIN_ASCII = 0.9;

export function isEnglish(text: string): boolean {
  const s = englishScores(text);
  return s.stop >= MIN_STOP && s.ascii >= MIN_ASCII;
}

export const MIN_CHARS = 400;
export const MIN_YEAR = 2020;

/** Why a candidate is dropped, or null when it passes. Order: length, date, language. */
export function rejectReason(c: { description: string; posted: string | null }): 'short' | 'old' | 'not-english' | null {
  if (c.description.length < MIN_CHARS) return 'short';
  const year = c.posted ? Number(c.posted.slice(0, 4)) : NaN;
  if (Number.isFinite(year) && year < MIN_YEAR) return 'old';
  if (!isEnglish(c.description)) return 'not-english';
  return null;
}
