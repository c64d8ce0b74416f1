/** How many characters of the line to keep on each side of the phrase. */
const REACH = 50;

const isLineBreak = (ch: string | undefined): boolean => ch === '\n' || ch === '\r';
const isSpace = (ch: string | undefined): boolean => ch !== undefined && /\s/.test(ch);

/**
 * Where a phrase was said: the rest of its line (a bullet, a sentence of a paragraph) up to about
 * 50 characters on each side, cut at a word with "…" where the line goes on, whitespace collapsed
 * and a leading bullet mark dropped. "design" alone reads as the discipline; "…owning solutions
 * design, security compliance…" lets a reader weigh it. Scans at most `REACH` characters each way,
 * so a 1 MB description with no line break costs no more than a short one.
 */
export function phraseContext(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < REACH && !isLineBreak(text[from - 1])) from--;
  const cutBefore = from > 0 && !isLineBreak(text[from - 1]);
  if (cutBefore) {
    // Start at the next word, so the quote does not open on half of one.
    while (from < start && !isSpace(text[from])) from++;
  }
  let to = end;
  while (to < text.length && to - end < REACH && !isLineBreak(text[to])) to++;
  const cutAfter = to < text.length && !isLineBreak(text[to]);
  if (cutAfter) {
    while (to > end && !isSpace(text[to - 1])) to--;
  }
  const collapsed = text.slice(from, to).replace(/\s+/g, ' ').trim();
  // A bullet mark opens a line; mid-line, a dash is part of the sentence.
  const quoted = cutBefore ? collapsed : collapsed.replace(/^(?:[-*•·▪◦–]\s+)+/, '');
  return `${cutBefore ? '…' : ''}${quoted}${cutAfter ? '…' : ''}`;
}
