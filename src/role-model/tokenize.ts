/**
 * Word tokens of a text with their character offsets, in one left-to-right pass (linear in the text,
 * no regular expressions, so 1 MB of text costs about as much per byte as 4 KB).
 *
 * - Tokens are lower-cased runs of letters and digits; `+` and `#` stick to a word (`c++`, `c#`).
 * - A lower-case letter followed by an upper-case one starts a new token, so scraper run-togethers
 *   such as `pipelinesExperience` still yield `pipelines`, `experience` (lexicon patterns are tokenised
 *   the same way, so `BigQuery` matches `BigQuery` and `bigquery` matches `bigquery`).
 * - HTML tags pasted as text (`<div class="x">`) are skipped, not read as words.
 */
export type Tokens = {
  words: string[];
  starts: number[];
  ends: number[];
};

const MAX_TAG_LENGTH = 300;

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

function isLower(code: number): boolean {
  return code >= 97 && code <= 122;
}

function isWordChar(code: number): boolean {
  if (code < 128) return isLower(code) || isUpper(code) || (code >= 48 && code <= 57);
  // Latin-1 letters and beyond count as letters, except typographic punctuation (’ – — • …) and CJK punctuation.
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  if (code >= 0x3000 && code <= 0x303f) return false;
  if (code >= 0xfe30 && code <= 0xff0f) return false;
  return true;
}

/** Index just past a tag starting at `i` (`<` then a letter, `/` or `!`), or `i` when it is not a tag. */
function skipTag(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (!(isLower(next) || isUpper(next) || next === 47 || next === 33)) return i;
  const limit = Math.min(text.length, i + MAX_TAG_LENGTH);
  for (let j = i + 1; j < limit; j++) {
    const code = text.charCodeAt(j);
    if (code === 62) return j + 1;
    if (code === 60) return i;
  }
  return i;
}

export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const length = text.length;
  // Lower-case once; per token only when lower-casing changes the length (a few Unicode letters), which would shift offsets.
  const lower = text.toLowerCase();
  const sameLength = lower.length === length;
  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (code === 60) {
      const after = skipTag(text, i);
      if (after > i) {
        i = after;
        continue;
      }
    }
    if (!isWordChar(code)) {
      i++;
      continue;
    }
    const start = i;
    let previous = code;
    i++;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (!isWordChar(c)) break;
      if (isUpper(c) && isLower(previous)) break;
      previous = c;
      i++;
    }
    while (i < length && i - start < 40) {
      const c = text.charCodeAt(i);
      if (c !== 43 && c !== 35) break;
      i++;
    }
    words.push(sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase());
    starts.push(start);
    ends.push(i);
  }
  return { words, starts, ends };
}
