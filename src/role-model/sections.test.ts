import { expect, test } from 'vitest';
import { SECTION_WEIGHT, companyNameForms, sectionCursor, sectionsOf } from './sections';

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

// A scraped posting whose line breaks were lost: the headings run into the text (as in the dev corpus's job-board datasets).
const runTogether =
  'Company OverviewAcme Estate is a nationally recognised firm that manages assets for many clients around the country. ' +
  'Position SummaryWe are seeking an engineer to join our growing platform team and help us build the next generation of services. ' +
  'Basic Qualifications: 3+ years of Java and SQL in production, and a degree in computer science or equivalent experience. ' +
  'Preferred Qualifications: React and AWS. BenefitsHealth care, a pension and a learning budget for every member of staff.';

test('headings run into a long line are read where they start', () => {
  expect(sectionsOf(runTogether).map((s) => [s.kind, runTogether.slice(s.start, s.start + 16)])).toEqual([
    ['intro', 'Company Overview'],
    ['boilerplate', 'Company Overview'],
    ['duties', 'Position Summary'],
    ['requirements', 'Basic Qualificat'],
    ['nice', 'Preferred Qualif'],
    ['boilerplate', 'BenefitsHealth c'],
  ]);
});

test.each([
  ['a heading word inside a sentence', 'We are proud of the Benefits we offer and of the Requirements we keep'],
  ['a heading word before a lower-case word', 'Our Responsibilities include the whole platform'],
])('%s is not a heading', (_, sentence) => {
  const line = `${sentence}. ${'We build software for banks and insurers across the world. '.repeat(6)}`;
  expect(sectionsOf(line).map((s) => s.kind)).toEqual(['intro']);
});

test('inside a long line of company text, a sentence that turns to the candidate ends it', () => {
  const line = `About UsAcme builds software for banks. ${'We have offices in many cities and customers everywhere. '.repeat(5)}As a Backend Engineer, you will build our payments API.`;
  expect(sectionsOf(line).map((s) => [s.kind, line.slice(s.start, s.start + 8)])).toEqual([
    ['intro', 'About Us'],
    ['boilerplate', 'About Us'],
    ['duties', 'As a Bac'],
  ]);
});

/** Each line of `body` with the section it is read in. */
function linesRead(body: string, company?: string): [string, string][] {
  const at = sectionCursor(sectionsOf(body, company));
  let offset = 0;
  return body.split('\n').map((line) => {
    const kind = at(offset);
    offset += line.length + 1;
    return [kind, line];
  });
}

test('a paragraph that describes the company is company text, and the section it interrupted goes on after it', () => {
  const body = [
    'Acme is the leading payments platform for small businesses.',
    'Founded in 2015, we serve 40,000 merchants.',
    'We are looking for a Backend Engineer to build our payments APIs.',
    'Responsibilities',
    'Acme builds tools that merchants love.',
    'Build and run the ledger service.',
  ].join('\n');
  expect(linesRead(body, 'Acme Inc.').map(([kind]) => kind)).toEqual(['boilerplate', 'boilerplate', 'intro', 'duties', 'boilerplate', 'duties']);
});

test.each([
  ['the employer named as the subject', 'Acme is the leading payments platform for small businesses.', 'boilerplate'],
  ['the employer, then an apposition', 'Acme, a fintech founded in 2015, serves 40,000 merchants.', 'boilerplate'],
  ['a self-description', 'We are a fast-growing team of 40 people in Berlin.', 'boilerplate'],
  ['a founding date', 'Since 2009 the company has grown to 3,000 people.', 'boilerplate'],
  ['the employer announcing the opening', 'Acme, a leading fintech, is hiring a Senior Data Engineer.', 'intro'],
  ['the employer on the lookout', 'Acme is on the lookout for a Backend Engineer.', 'intro'],
  ['a team of the employer', 'Acme’s Data Platform team builds ingestion services.', 'intro'],
  ['another word that starts like the name', 'Acmeplex builds APIs for banks.', 'intro'],
  ['the employer addressing the candidate', 'Acme engineers like you own their services end to end.', 'intro'],
])('%s: "%s" is read as %s', (_, line, kind) => {
  expect(linesRead(`${line}\nBuild APIs.`, 'acme.com')[0]![0]).toBe(kind);
});

test('without the employer’s name, only the self-describing openings are company text', () => {
  expect(linesRead('Acme is the leading payments platform.\nWe’re a team of 40.').map(([kind]) => kind)).toEqual(['intro', 'boilerplate']);
});

test('in a long paragraph, company text ends at the first sentence that is about the job', () => {
  const line = `Acme is the leading payments platform. ${'We serve merchants in 30 countries and grow every year. '.repeat(5)}We’re looking for a Backend Engineer to build our APIs. Our stack is Go and Postgres.`;
  const at = sectionCursor(sectionsOf(line, 'Acme'));
  expect(['payments platform', 'merchants in 30', 'We’re looking', 'Our stack'].map((phrase) => at(line.indexOf(phrase)))).toEqual(['boilerplate', 'boilerplate', 'intro', 'intro']);
});

test.each([
  // What the company makes, in sentences that do not start with "we" or its name, is still company text.
  ['more about what it makes', 'An era in which our GPU serves as the brain of robots and cars. Doing what has never been done takes vision.', ['boilerplate', 'boilerplate', 'intro']],
  ['the team it hires into', 'The Payments team owns the ledger service and its APIs. Doing what has never been done takes vision.', ['intro', 'intro', 'intro']],
  ['a duty with no "you"', 'Essential job functions: build and run the ledger service. Doing what has never been done takes vision.', ['intro', 'intro', 'intro']],
])('a long company paragraph goes on through %s until a sentence about the job', (_, rest, kinds) => {
  const line = `Acme is tapping into the potential of AI to define the next era of computing. ${rest} As an Acme engineer, you will build the APIs.`.padEnd(320, ' ');
  const at = sectionCursor(sectionsOf(`${line}\nBuild APIs.`, 'Acme'));
  const sentences = rest.split('. ').map((sentence) => line.indexOf(sentence));
  expect([...sentences, line.indexOf('As an Acme')].slice(0, 3).map((offset) => at(offset))).toEqual(kinds);
});

test.each([
  ['kraken.com', ['kraken']],
  ['COTI Group', ['coti group', 'coti']],
  ['The Jackson Laboratory', ['the jackson laboratory']],
  ['Data Inc.', ['data']],
  ['heidi-health', ['heidi health', 'heidi']],
  ['X', []],
])('the employer "%s" is recognised as %j', (company, forms) => {
  expect(companyNameForms(company)).toEqual(forms);
});

test('a megabyte-long company "name" is no name, and is not searched (its spaces would make the suffix pattern backtrack)', () => {
  expect(companyNameForms(`Acme${' '.repeat(1_000_000)}Inc`)).toEqual([]);
});

test.each([
  [1000, true],
  [3000, false],
])('after %i glued capitals ("aB"), a run-in heading is read: %s (a wall of them is not searched on)', (glued, read) => {
  const line = `${'aB '.repeat(glued)}. Requirements: Go and Postgres in production.`;
  expect(sectionsOf(line).some((s) => s.kind === 'requirements')).toBe(read);
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
