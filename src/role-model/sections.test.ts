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
  ['About the role', 'duties'],
  ['Equal Opportunity Employer', 'boilerplate'],
  ['Why you will flourish with us', 'boilerplate'],
  ['Why Acme?', 'boilerplate'],
  ['Why is this role so important at Acme?', 'duties'],
  ['The way we work', 'boilerplate'],
  ['Interview process', 'boilerplate'],
  ['What’s in it for you', 'boilerplate'],
  ['Minimum Requirements:', 'requirements'],
  ['Technical skills', 'requirements'],
  ['Who we’re looking for', 'requirements'],
  ['Tech stack:', 'requirements'],
  ['Essential Duties and Responsibilities', 'duties'],
  ['What will you do?', 'duties'],
  ['As a Senior Backend Engineer, you will:', 'duties'],
  ['Advantages:', 'nice'],
  ['Big Bonus Points For', 'nice'],
])('the heading "%s" starts a %s section', (heading, kind) => {
  expect(sectionsOf(`Intro.\n${heading}\nText.`).at(-1)?.kind).toBe(kind);
});

test.each([
  ['a list item', '- Experience with Go and Postgres'],
  ['a bullet', '• Knowledge of Kafka'],
  ['a sentence', 'Experience with Jenkins.'],
])('%s is content, not a heading: "%s" does not end a nice-to-have section', (_, line) => {
  expect(sectionsOf(`Nice to have\n${line}\nReact.`).map((s) => s.kind)).toEqual(['intro', 'nice']);
});

test.each([
  ['As a Backend Engineer at Acme, you will build the payments API.', 'duties'],
  ['We’re looking for a data engineer to own our pipelines.', 'duties'],
  ['In this role you will design services.', 'duties'],
  ['As an equal opportunity employer, we welcome everyone.', 'boilerplate'],
  ['Our customers love us.', 'boilerplate'],
])('after "About Acme", the paragraph "%s" is %s', (paragraph, kind) => {
  const posting = `About Acme\nWe sell widgets to the world.\n${paragraph}\nMore text.`;
  expect(sectionCursor(sectionsOf(posting))(posting.indexOf(paragraph))).toBe(kind);
});

test('a role opening does not start a section outside company boilerplate', () => {
  expect(sectionsOf('Requirements\nGo.\nYou will build APIs with us every day.').map((s) => s.kind)).toEqual(['intro', 'requirements']);
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
