import { isSpace } from './tokenize';

/** How many characters of the line to keep on each side of the phrase. */
const REACH = 50;

// A bullet mark opening a line, with its space (after whitespace is collapsed).
const LEADING_BULLETS = /^(?:[-*•·▪◦–] )+/;

const isLineBreak = (code: number): boolean => code === 10 || code === 13;

/**
 * Where a phrase was said: the rest of its line (a bullet, a sentence of a paragraph) up to about
 * 50 characters on each side, cut at a word with "…" where the line goes on, whitespace collapsed
 * and a leading bullet mark dropped. "design" alone reads as the discipline; "…owning solutions
 * design, security compliance…" lets a reader weigh it. Scans at most `REACH` characters each way,
 * so a 1 MB description with no line break costs no more than a short one.
 */
export function phraseContext(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < REACH && !isLineBreak(text.charCodeAt(from - 1))) from--;
  const cutBefore = from > 0 && !isLineBreak(text.charCodeAt(from - 1));
  if (cutBefore) {
    // Start at the next word, so the quote does not open on half of one.
    while (from < start && !isSpace(text.charCodeAt(from))) from++;
    while (from < start && isSpace(text.charCodeAt(from))) from++;
  }
  let to = end;
  while (to < text.length && to - end < REACH && !isLineBreak(text.charCodeAt(to))) to++;
  const cutAfter = to < text.length && !isLineBreak(text.charCodeAt(to));
  if (cutAfter) {
    while (to > end && !isSpace(text.charCodeAt(to - 1))) to--;
    while (to > end && isSpace(text.charCodeAt(to - 1))) to--;
  }
  const collapsed = collapseSpaces(text, from, to);
  // A bullet mark opens a line; mid-line, a dash is part of the sentence.
  const quoted = cutBefore ? collapsed : collapsed.replace(LEADING_BULLETS, '');
  return `${cutBefore ? '…' : ''}${quoted}${cutAfter ? '…' : ''}`;
}

/** Whitespace that is not one space between two words: a line break, a tab, a run, an NBSP. */
const UNEVEN_SPACE = /[^\S ]| {2}|^ | $/;

/**
 * `text.slice(from, to)` with each run of whitespace one space, trimmed. Most quotes need nothing
 * done and are only tested: a replace on every quote made classifying a posting 20% slower.
 */
function collapseSpaces(text: string, from: number, to: number): string {
  const quote = text.slice(from, to);
  return UNEVEN_SPACE.test(quote) ? quote.replace(/\s+/g, ' ').trim() : quote;
}
