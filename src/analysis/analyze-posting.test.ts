import { expect, test } from 'vitest';
import { DATA_POSTING, HIDDEN_CHARACTERS, withHiddenCharacters } from '../../test/support/postings';
import { analyzePosting } from './analyze-posting';

const DESCRIPTION = `What you'll do
Design and build REST APIs and microservices in Go, own their latency and availability, and run them on call.
Salary: $130,000 - $160,000 per year.`;

test.each([
  // The location names the country: it decides.
  ['Sydney NSW', null, 'AUD'],
  ['Toronto, ON', 'Australia', 'CAD'],
  ['New York, NY', 'Australia', 'USD'],
  // The location names none ("Remote", or nothing): the board's country site decides.
  ['Remote', 'Australia', 'AUD'],
  [null, 'New Zealand', 'NZD'],
  [null, 'Canada', 'CAD'],
  // Neither: US dollars, as the "$" reads on a US board.
  ['Remote', null, 'USD'],
  [null, null, 'USD'],
])('a bare "$" in %s on a %s board is %s', (location, boardCountry, currency) => {
  const analysis = analyzePosting({ title: 'Backend Engineer', location, boardCountry, description: DESCRIPTION });
  expect(analysis.salary.map((range) => [range.min, range.max, range.currency, range.period])).toEqual([[130_000, 160_000, currency, 'year']]);
});

test('a currency the text writes out is never overridden by the board', () => {
  const analysis = analyzePosting({ title: 'Backend Engineer', location: null, boardCountry: 'Australia', description: 'Pay: US$150,000 - US$180,000 per year.' });
  expect(analysis.salary.map((range) => range.currency)).toEqual(['USD']);
});

const LEVEL_TABLE = `What you'll do
Design and build REST APIs and microservices in Go, own their latency and availability, and run them on call.
Pay by level:
Level 1: $100,000 - $120,000
Level 2: $120,000 - $140,000
Level 3: $140,000 - $165,000
Level 4: $165,000 - $190,000`;

// Four ranges for one posting read as four pays for the role. One range across the levels says what
// the posting says; the row its title names, when it names one, says more.
test('a table of pay by level is one range across the levels, marked so', () => {
  const { salary } = analyzePosting({ title: 'Backend Engineer', description: LEVEL_TABLE });
  expect(salary.map((range) => [range.min, range.max, range.level, range.flags.includes('across-levels')])).toEqual([
    [100_000, 190_000, 'Level 1 – Level 4', true],
  ]);
  expect(LEVEL_TABLE.slice(salary[0]!.start, salary[0]!.end)).toBe(salary[0]!.text);
});

test('a table of pay by level: the row the title names', () => {
  const { salary } = analyzePosting({ title: 'Backend Engineer (Level 3)', description: LEVEL_TABLE });
  expect(salary.map((range) => [range.min, range.max, range.level, range.flags.includes('across-levels')])).toEqual([[140_000, 165_000, 'Level 3', false]]);
});

test('a table of pay by level next to a pay line of its own: the line stays', () => {
  const { salary } = analyzePosting({ title: 'Backend Engineer', description: LEVEL_TABLE, salaryText: '$110K - $180K a year' });
  expect(salary.map((range) => [range.min, range.max, range.level])).toEqual([
    [110_000, 180_000, null],
    [100_000, 190_000, 'Level 1 – Level 4'],
  ]);
});

// A soft hyphen or a zero-width space inside "Air­flow" changed the label ("data 97%" to "backend
// 61%"): text given directly (npm run analyze on a text file) is read as the page's text is.
test.each(HIDDEN_CHARACTERS)('%s hidden in the words changes nothing', (_name, hidden) => {
  const clean = analyzePosting(DATA_POSTING);
  const hiding = analyzePosting({
    title: withHiddenCharacters(DATA_POSTING.title, hidden),
    company: `Ac${hidden}me`,
    description: withHiddenCharacters(DATA_POSTING.description, hidden),
  });
  expect(clean.label).toBe('data');
  expect([hiding.label, hiding.confidence, hiding.title, hiding.company]).toEqual([clean.label, clean.confidence, 'Senior Data Engineer', 'Acme']);
  expect(hiding.evidence.map((item) => item.phrase)).toEqual(clean.evidence.map((item) => item.phrase));
});
