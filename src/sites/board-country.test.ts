import { expect, test } from 'vitest';
import { boardCountry, boardCountryOfUrl } from './board-country';

test.each([
  ['au.indeed.com', 'Australia'],
  ['ca.indeed.com', 'Canada'],
  ['nz.indeed.com', 'New Zealand'],
  ['sg.indeed.com', 'Singapore'],
  ['au.seek.com', 'Australia'],
  ['nz.seek.com', 'New Zealand'],
  ['www.seek.com.au', 'Australia'],
  ['www.seek.co.nz', 'New Zealand'],
  ['CA.Indeed.com.', 'Canada'],
  // LinkedIn's country subdomain follows the viewer, not the job.
  ['au.linkedin.com', null],
  // The US site and non-dollar country sites: no place to lend a bare "$".
  ['www.indeed.com', null],
  ['uk.indeed.com', null],
  ['www.linkedin.com', null],
  ['job-boards.greenhouse.io', null],
  // Lookalikes are not boards.
  ['au.indeed.com.evil.example', null],
  ['au.notindeed.com', null],
  ['a.b.au.indeed.com', null],
])('%s → %s', (host, country) => {
  expect(boardCountry(host)).toBe(country);
});

test.each([
  ['https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', 'Australia'],
  ['https://www.indeed.com/viewjob?jk=54f1f8af68d722d2', null],
  ['not a url', null],
])('the URL %s → %s', (url, country) => {
  expect(boardCountryOfUrl(url)).toBe(country);
});
