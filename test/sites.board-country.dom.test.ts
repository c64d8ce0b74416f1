import { expect, test } from 'vitest';
import { analyzePosting } from '../src/analysis/analyze-posting';
import { readPage } from '../src/sites/read-page';
import { FIXTURE_PAGES } from './support/fixture-pages';
import { loadFixture } from './support/load-fixture';
import { pageOf } from './sites.expectations';

const fixture = (file: string) => FIXTURE_PAGES.find((page) => page.file === file)!;

test.each([
  ['indeed/viewjob-au-papercut-senior-devops.html', 'Australia'],
  ['seek/job-au-senior-platform-engineer.html', 'Australia'],
  // Saved from au.linkedin.com, but LinkedIn's country subdomain follows the viewer, not the job.
  ['linkedin/guest-jobs-view-heidi-4411867124.html', undefined],
  ['greenhouse/job-boards-gitlab-8620720002-rendered.html', undefined],
])('%s is read with its board country (%s)', (file, country) => {
  const page = fixture(file);
  expect(pageOf(readPage(loadFixture(page), page.url)).posting?.boardCountry).toBe(country);
});

test('a bare "$" in a saved AU page with the location cleared still reads as AUD', () => {
  const page = fixture('seek/job-au-senior-platform-engineer.html');
  const posting = pageOf(readPage(loadFixture(page), page.url)).posting!;
  const analysis = analyzePosting({ ...posting, location: null, description: `${posting.description}\nSalary: $150,000 – $170,000 per year` });
  expect(analysis.salary.at(-1)).toMatchObject({ min: 150_000, max: 170_000, currency: 'AUD', period: 'year' });
});
