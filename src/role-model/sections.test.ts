import { expect, test } from 'vitest';
import { SECTION_WEIGHT, sectionCursor, sectionsOf } from './sections';

const text = 'We build payments.\nWhat you’ll do\nBuild APIs.\nRequirements\nGo.\nNice to have\nReact.\nAbout Acme\nWe sell widgets.';

test('a posting is cut at its headings into intro, duties, requirements, nice-to-have and boilerplate', () => {
  expect(sectionsOf(text).map((s) => [s.kind, text.slice(s.start).split('\n')[0]])).toEqual([
    ['intro', 'We build payments.'],
    ['duties', 'What you’ll do'],
    ['requirements', 'Requirements'],
    ['nice', 'Nice to have'],
    ['boilerplate', 'About Acme'],
  ]);
});

test.each([
  ['About you', 'requirements'],
  ['About yourself', 'requirements'],
  ['About us', 'boilerplate'],
  ['About Acme', 'boilerplate'],
  ['About the team', 'duties'],
])('the heading "%s" starts a %s section', (heading, kind) => {
  expect(sectionsOf(`Intro.\n${heading}\nText.`).at(-1)?.kind).toBe(kind);
});

test('a long line is not a heading', () => {
  expect(sectionsOf(`${'Requirements of the job are many and varied, '.repeat(3)}\nGo.`).map((s) => s.kind)).toEqual(['intro']);
});

test('the cursor finds the section of increasing offsets and steps back', () => {
  const at = sectionCursor(sectionsOf(text));
  expect(['Build APIs', 'Go.', 'React', 'widgets'].map((phrase) => at(text.indexOf(phrase)))).toEqual(['duties', 'requirements', 'nice', 'boilerplate']);
  expect(at(text.indexOf('Build APIs'))).toBe('duties');
  expect(at(0)).toBe('intro');
});

test('a duty counts more than a requirement, which counts more than a plus or boilerplate', () => {
  expect(SECTION_WEIGHT.duties).toBeGreaterThan(SECTION_WEIGHT.requirements);
  expect(SECTION_WEIGHT.requirements).toBeGreaterThan(SECTION_WEIGHT.nice);
  expect(SECTION_WEIGHT.nice).toBeGreaterThan(SECTION_WEIGHT.boilerplate);
});
