/**
 * `text` cut to at most `max` characters and an ellipsis, at a word end when one is near: a title,
 * company or place longer than any real one is a page's doing (a 100,000-character title made the
 * panel 15,561 px tall), and a cut one still says what it starts with. Never splits a surrogate pair.
 */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  const space = text.lastIndexOf(' ', cut);
  if (space > max * 0.8) cut = space;
  return `${text.slice(0, cut).trimEnd()}…`;
}
