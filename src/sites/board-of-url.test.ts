import { expect, test } from 'vitest';
import { boardOfUrl } from './board-of-url';

test.each<[string | undefined, string | null]>([
  ['https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', 'indeed'],
  ['https://www.linkedin.com/jobs/view/4411867124/', 'linkedin'],
  ['https://jobs.ashbyhq.com/ramp/cc0af88a', 'ashby'],
  ['https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/x', 'workday'],
  ['https://example.com/jobs/1', null],
  ['https://notindeed.com/viewjob', null],
  ['chrome://extensions', null],
  ['not a url', null],
  [undefined, null],
])('%s → %s', (url, board) => {
  expect(boardOfUrl(url)).toBe(board);
});
