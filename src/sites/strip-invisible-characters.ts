/**
 * Characters a page can hide in its text to change what RoleLens reads without changing what a
 * reader sees. A soft hyphen (U+00AD) or a zero-width space, joiner or non-joiner (U+200B–U+200D,
 * U+2060, U+FEFF; also U+180E and the invisible operators U+2061–U+2064) inside "Air­flow" split
 * the word for the phrase matcher: "data 97%" read as "backend 61%", "data 89%" as "other 83%".
 * Bidi controls (the marks U+200E, U+200F, U+061C; embeddings and overrides U+202A–U+202E;
 * isolates U+2066–U+2069) do the same and reorder how text shows, ours included. All are removed,
 * so the text classified is the text seen.
 *
 * The rule is this one function. readPage applies it to every text field any reader returns, cards
 * and JSON-LD fallback included; analyzePosting to text given to it directly (npm run analyze on a
 * text file). The shared text readers (element-text.ts, JSON-LD strings) apply it as they read,
 * before collapsing whitespace: JavaScript's \s counts U+FEFF as a space, so "Da\uFEFFta" would
 * otherwise reach readPage as "Da ta".
 */
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const HAS_INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

export function stripInvisibleCharacters(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}
