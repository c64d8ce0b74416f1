/**
 * Whether our panel sits on a light or a dark page. A board in dark mode (LinkedIn's, a careers
 * site's) would otherwise get a glaring white box. Read from the painted background behind the
 * anchor rather than from each board's theme class, which we could not test and which boards rename.
 * Pure: the caller passes the computed background colour of each element (getComputedStyle).
 */
export type PageTheme = 'light' | 'dark';

export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const CHANNEL = String.raw`\s*([\d.]+%?)\s*`;
// Chromium and Firefox give computed colours as rgb()/rgba(), comma- or space-separated.
const RGB = new RegExp(String.raw`^rgba?\(${CHANNEL}[,\s]${CHANNEL}[,\s]${CHANNEL}(?:[,/]${CHANNEL})?\)$`, 'i');

function channel(text: string, scale: number): number {
  return text.endsWith('%') ? (Number.parseFloat(text) / 100) * scale : Number.parseFloat(text);
}

/** An rgb()/rgba() colour, or null for anything else (named colours, `color(…)`, `oklch(…)`). */
export function parseRgb(value: string): Rgba | null {
  const match = RGB.exec(value.trim());
  if (!match) return null;
  const [r, g, b] = [match[1]!, match[2]!, match[3]!].map((part) => channel(part, 255)) as [number, number, number];
  const a = match[4] === undefined ? 1 : channel(match[4], 1);
  return [r, g, b, a].every(Number.isFinite) ? { r, g, b, a } : null;
}

/** An sRGB channel (0-255) as linear light (0-1). */
function linear(v: number): number {
  const s = Math.min(Math.max(v, 0), 255) / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio of two colours, 1 to 21. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// Below this luminance (about #767676) white text has more contrast than black: the page reads as dark.
const DARK_BELOW = 0.18;
// A mostly see-through layer does not decide what is behind the panel.
const OPAQUE_ENOUGH = 0.5;

/**
 * The theme of what is painted behind `element`: the first of it and its ancestors with a
 * background that is mostly opaque. None (every layer transparent) means the browser's canvas,
 * which the caller knows (`canvas`).
 */
export function themeBehind(
  element: Element | null,
  backgroundOf: (element: Element) => string,
  canvas: PageTheme = 'light',
): PageTheme {
  for (let current = element; current; current = current.parentElement) {
    const colour = parseRgb(backgroundOf(current));
    if (colour && colour.a >= OPAQUE_ENOUGH) return relativeLuminance(colour) < DARK_BELOW ? 'dark' : 'light';
  }
  return canvas;
}

/**
 * The canvas behind a page whose every layer is transparent: dark when the page declares only a dark
 * colour scheme, or both and the user prefers dark (`colorScheme`: the root's computed
 * `color-scheme`, or the `<meta name="color-scheme">` content when that is `normal`).
 */
export function canvasTheme(colorScheme: string, prefersDark: boolean): PageTheme {
  const schemes = colorScheme.trim().toLowerCase().split(/\s+/);
  if (!schemes.includes('dark')) return 'light';
  return schemes.includes('light') && !prefersDark ? 'light' : 'dark';
}
