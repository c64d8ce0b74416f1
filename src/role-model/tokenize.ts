/**
 * Word tokens of a text with their character offsets, in one left-to-right pass (linear in the text,
 * no regular expressions, so 1 MB of text costs about as much per byte as 4 KB).
 *
 * - Tokens are lower-cased runs of letters and digits; `+` and `#` stick to a word (`c++`, `c#`).
 * - A lower-case letter followed by an upper-case one starts a new token, so scraper run-togethers
 *   such as `pipelinesExperience` still yield `pipelines`, `experience` (lexicon patterns are tokenised
 *   the same way, so `BigQuery` matches `BigQuery` and `bigquery` matches `bigquery`).
 * - HTML tags pasted as text (`<div class="x">`) are skipped, not read as words.
 * - Web and e-mail addresses are skipped too: "http" in `http://acme.com` is no HTTP API, and
 *   `recruiting@acme.com` no recruiting duty.
 */
export type Tokens = {
  words: string[];
  /** Typed arrays, filled in place: growing three plain arrays token by token cost half the pass on a wall of short words. */
  starts: Int32Array;
  ends: Int32Array;
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

/** White space between words: ASCII, no-break, typographic (en, em, thin, narrow no-break…) and zero-width spaces. */
export function isSpace(code: number): boolean {
  return code <= 32 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x202f || code === 0x3000;
}

/** Index of the first white space at or after `i` (or the end): where an address ends. */
function nextSpace(text: string, i: number): number {
  while (i < text.length && !isSpace(text.charCodeAt(i))) i++;
  return i;
}

const ADDRESS_STARTS = ['http://', 'https://', 'www.'];

/** A web address starts here: `http://`, `https://` or `www.`, in any case. */
function startsAddress(text: string, i: number): boolean {
  return ADDRESS_STARTS.some((prefix) => {
    for (let k = 0; k < prefix.length; k++) {
      if ((text.charCodeAt(i + k) | 0x20) !== prefix.charCodeAt(k)) return false;
    }
    return true;
  });
}

/** A dot between two word characters in `text[from, to)`: `acme.com`, not the full stop of "at @home." */
function hasDomainDot(text: string, from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++) {
    if (text.charCodeAt(k) === 46 && isWordChar(text.charCodeAt(k - 1)) && isWordChar(text.charCodeAt(k + 1))) return true;
  }
  return false;
}

export function tokenize(text: string): Tokens {
  const words: string[] = [];
  const length = text.length;
  // A token is at least one character, so there are at most `length` of them.
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let count = 0;
  // Lower-case once; per token only when lower-casing changes the length (a few Unicode letters), which would shift offsets.
  const lower = text.toLowerCase();
  const sameLength = lower.length === length;
  let i = 0;
  // Start of the current run of non-space characters: an e-mail address's local part begins there.
  let runStart = 0;
  // End of a run already found to hold no e-mail domain (keeps "a@a@a@…" linear).
  let noDomainUntil = -1;
  while (i < length) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      runStart = i + 1;
      i++;
      continue;
    }
    if (code === 64 && i > runStart && i >= noDomainUntil && isWordChar(text.charCodeAt(i + 1))) {
      const end = nextSpace(text, i);
      if (hasDomainDot(text, i + 1, end)) {
        // An e-mail address: drop its local part's tokens, skip its domain.
        while (count > 0 && starts[count - 1]! >= runStart) {
          words.pop();
          count--;
        }
        i = end;
        continue;
      }
      noDomainUntil = end;
    }
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
    if ((code === 104 || code === 119 || code === 72 || code === 87) && (i === 0 || !isWordChar(text.charCodeAt(i - 1))) && startsAddress(text, i)) {
      i = nextSpace(text, i);
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
    starts[count] = start;
    ends[count] = i;
    count++;
  }
  return { words, starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
}
