import { describe, expect, test } from 'vitest';
import { BOARDS } from './boards';
import { pickAdapter } from './pick-adapter';
import type { AdapterId } from './types';

/**
 * URL → adapter. LinkedIn matches every linkedin.com URL (the site moves from the feed to /jobs/
 * without a page load); its read answers "not a job page" off /jobs. Hosts match exactly or as
 * subdomains, never by substring.
 */
const TABLE: Array<[string, AdapterId | null]> = [
  ['https://www.linkedin.com/jobs/view/4411867124/', 'linkedin'],
  ['https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124', 'linkedin'],
  ['https://www.linkedin.com/jobs/search/?currentJobId=4460606885&keywords=data', 'linkedin'],
  ['https://www.linkedin.com/jobs/search-results/?currentJobId=1000000001', 'linkedin'],
  ['https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1000000001', 'linkedin'],
  ['https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4406118990', 'linkedin'],
  ['https://www.linkedin.com/feed/', 'linkedin'],
  ['https://linkedin.com/jobs/', 'linkedin'],
  ['https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', 'indeed'],
  ['https://www.indeed.com/jobs?q=data+engineer&vjk=54f1f8af68d722d2', 'indeed'],
  ['https://uk.indeed.com/m/viewjob?jk=0123456789abcdef', 'indeed'],
  ['https://job-boards.greenhouse.io/gitlab/jobs/8620720002', 'greenhouse'],
  ['https://boards.greenhouse.io/gitlab/jobs/8620720002', 'greenhouse'],
  ['https://boards.greenhouse.io/embed/job_app?token=8620720002', 'greenhouse'],
  ['https://job-boards.eu.greenhouse.io/acme/jobs/1', 'greenhouse'],
  ['https://jobs.lever.co/highspot/f222ad5c-b7dd-43c4-9008-ee1a53174afa/apply', 'lever'],
  ['https://jobs.lever.co/highspot', 'lever'],
  ['https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f/application', 'ashby'],
  ['https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/X_JR2019510-1', 'workday'],
  ['https://au.seek.com/job/93856863', 'seek'],
  ['https://www.seek.com.au/job/93856863', 'seek'],
  ['https://www.seek.com.au/data-engineer-jobs/in-Melbourne?jobId=93856863', 'seek'],
  ['https://www.seek.co.nz/job/1', 'seek'],
  // Others and look-alikes.
  ['https://www.glassdoor.com/job-listing/x', null],
  ['https://example.com/careers/123', null],
  ['https://linkedin.com.evil.example/jobs/view/1/', null],
  ['https://notlinkedin.com/jobs/view/1/', null],
  ['https://indeed.com.example.org/viewjob?jk=1', null],
  ['https://greenhouse.io/', null],
  ['https://www.greenhouse.com/careers', null],
  ['https://lever.co/', null],
  ['https://ashbyhq.com/', null],
  ['https://myworkdayjobs.com.evil.example/', null],
  ['https://seek.com.au.evil.example/job/1', null],
  ['file:///tmp/page.html', null],
  ['not a url', null],
];

describe('pickAdapter', () => {
  test.each(TABLE)('%s → %s', (url, expected) => {
    expect(pickAdapter(url)?.id ?? null).toBe(expected);
  });

  test.each(TABLE.filter(([url]) => URL.canParse(url)))('%s is matched by at most one adapter', (url) => {
    const parsed = new URL(url);
    const matching = BOARDS.filter((adapter) => adapter.matches(parsed)).map((adapter) => adapter.id);
    expect(matching.length).toBeLessThanOrEqual(1);
  });

  test('accepts a URL object', () => {
    expect(pickAdapter(new URL('https://jobs.lever.co/x'))?.id).toBe('lever');
  });
});
