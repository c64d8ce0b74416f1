import { expect, test } from 'vitest';
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
