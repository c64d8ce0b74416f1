import { expect, test } from 'vitest';
import { canvasTheme, contrastRatio, parseRgb, relativeLuminance, themeBehind } from './page-theme';

test.each([
  ['rgb(255, 255, 255)', { r: 255, g: 255, b: 255, a: 1 }],
  ['rgba(27, 31, 35, 0.5)', { r: 27, g: 31, b: 35, a: 0.5 }],
  ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
  ['rgb(27 31 35 / 50%)', { r: 27, g: 31, b: 35, a: 0.5 }],
  ['  RGB(10,20,30)  ', { r: 10, g: 20, b: 30, a: 1 }],
  ['transparent', null],
  ['oklch(0.2 0.01 250)', null],
  ['rgb(1, 2)', null],
  ['', null],
])('parseRgb(%j)', (value, expected) => {
  expect(parseRgb(value)).toEqual(expected);
});

test('luminance and contrast follow WCAG: black on white is 21:1, a colour on itself 1:1', () => {
  const white = parseRgb('rgb(255, 255, 255)')!;
  const black = parseRgb('rgb(0, 0, 0)')!;
  expect(relativeLuminance(white)).toBeCloseTo(1, 6);
  expect(relativeLuminance(black)).toBe(0);
  expect(contrastRatio(black, white)).toBeCloseTo(21, 6);
  expect(contrastRatio(white, black)).toBeCloseTo(21, 6);
  expect(contrastRatio(white, white)).toBe(1);
  // WebAIM's checker gives #767676 on white 4.54:1, the lightest grey that passes AA.
  expect(contrastRatio(parseRgb('rgb(118, 118, 118)')!, white)).toBeCloseTo(4.54, 2);
});

/** A chain of elements, outermost first, each with the background given: only `parentElement` is read. */
function chain(...backgrounds: string[]): { innermost: Element; backgroundOf: (element: Element) => string } {
  const colours = new Map<Element, string>();
  let parent: Element | null = null;
  for (const background of backgrounds) {
    const element = { parentElement: parent } as unknown as Element;
    colours.set(element, background);
    parent = element;
  }
  return { innermost: parent!, backgroundOf: (element) => colours.get(element)! };
}

test.each([
  ['a white page', ['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], 'light'],
  ["LinkedIn's dark card on a black page", ['rgb(0, 0, 0)', 'rgb(27, 31, 35)', 'rgba(0, 0, 0, 0)'], 'dark'],
  ['a white card on a dark page: the nearest layer decides', ['rgb(0, 0, 0)', 'rgb(255, 255, 255)'], 'light'],
  ['a faint dark tint over white does not make it dark', ['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0.05)'], 'light'],
  ['a mostly opaque dark overlay does', ['rgb(255, 255, 255)', 'rgba(20, 20, 20, 0.9)'], 'dark'],
  ['grey #707070 reads as dark (white text contrasts more)', ['rgb(112, 112, 112)'], 'dark'],
  ['grey #7a7a7a reads as light (black text contrasts more)', ['rgb(122, 122, 122)'], 'light'],
  ['light grey #f3f2ef reads as light', ['rgb(243, 242, 239)'], 'light'],
  ['a colour we cannot parse is skipped', ['rgb(0, 0, 0)', 'oklch(0.9 0 0)'], 'dark'],
] as const)('themeBehind: %s → %s', (_name, backgrounds, expected) => {
  const { innermost, backgroundOf } = chain(...backgrounds);
  expect(themeBehind(innermost, backgroundOf, 'light')).toBe(expected);
  expect(themeBehind(innermost, backgroundOf, 'dark')).toBe(expected);
});

test('themeBehind: every layer transparent, or no element, is the canvas', () => {
  const { innermost, backgroundOf } = chain('rgba(0, 0, 0, 0)', 'transparent');
  expect(themeBehind(innermost, backgroundOf, 'light')).toBe('light');
  expect(themeBehind(innermost, backgroundOf, 'dark')).toBe('dark');
  expect(themeBehind(null, backgroundOf)).toBe('light');
});

test.each([
  ['normal', false, 'light'],
  ['normal', true, 'light'],
  ['dark', false, 'dark'],
  ['light dark', false, 'light'],
  ['light dark', true, 'dark'],
  ['dark light', true, 'dark'],
  ['only light', true, 'light'],
  ['', true, 'light'],
] as const)('canvasTheme(%j, prefers dark %s) = %s', (scheme, prefersDark, expected) => {
  expect(canvasTheme(scheme, prefersDark)).toBe(expected);
});
