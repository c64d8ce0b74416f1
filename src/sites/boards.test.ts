import { describe, expect, test } from 'vitest';
import { BOARD_HOST_PERMISSIONS, CONTENT_SCRIPT_MATCHES, boardOfUrl } from './boards';
import { pickAdapter } from './pick-adapter';

/** Chrome match pattern grammar: <scheme>://<host><path>, host "*" or "*.<name>" or a name. */
const PATTERN = /^(https):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

function toRegExp(pattern: string): RegExp {
  const [, scheme, host, path] = PATTERN.exec(pattern)!;
  const schemeRe = scheme!;
  const hostRe = host === '*' ? '[^/]+' : host!.startsWith('*.') ? `(?:[^/]+\\.)?${escape(host!.slice(2))}` : escape(host!);
  const pathRe = path!.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}${pathRe}$`);
}
function escape(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
function matchesAny(patterns: readonly string[], url: string): boolean {
  const parsed = new URL(url);
  return patterns.some((pattern) => toRegExp(pattern).test(`${parsed.protocol}//${parsed.host}${parsed.pathname}${parsed.search}`));
}

describe('manifest match patterns', () => {
  test.each([...BOARD_HOST_PERMISSIONS, ...CONTENT_SCRIPT_MATCHES])('%s is a valid Chrome match pattern', (pattern) => {
    expect(pattern).toMatch(PATTERN);
  });

  test.each(CONTENT_SCRIPT_MATCHES)('%s is covered by a host permission', (pattern) => {
    const host = PATTERN.exec(pattern)![2]!;
    expect(BOARD_HOST_PERMISSIONS.some((permission) => PATTERN.exec(permission)![2] === host)).toBe(true);
  });

  test.each([
    'https://au.seek.com/job/93856863',
    'https://www.seek.com.au/job/93856863',
    'https://www.seek.com.au/data-engineer-jobs/in-All-Melbourne-VIC?jobId=93856863',
    'https://www.seek.co.nz/jobs?keywords=data',
    'https://www.linkedin.com/jobs/view/1/',
    'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2',
  ])('the content script runs on %s and an adapter reads it', (url) => {
    expect(matchesAny(CONTENT_SCRIPT_MATCHES, url)).toBe(true);
    expect(pickAdapter(url)).not.toBeNull();
  });

  // The boards serve https only: a plain-http copy of a board page is not one of them.
  test.each(['http://www.linkedin.com/jobs/view/1/', 'http://au.indeed.com/viewjob?jk=1', 'http://jobs.lever.co/acme/1'])(
    'the content script does not run on %s',
    (url) => {
      expect(matchesAny(CONTENT_SCRIPT_MATCHES, url)).toBe(false);
    },
  );
});

describe('boardOfUrl', () => {
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
});
