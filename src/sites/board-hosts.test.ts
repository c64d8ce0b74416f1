import { describe, expect, test } from 'vitest';
import { BOARD_HOST_PERMISSIONS, CONTENT_SCRIPT_MATCHES } from './board-hosts';
import { pickAdapter } from './pick-adapter';

/** Chrome match pattern grammar: <scheme>://<host><path>, host "*" or "*.<name>" or a name. */
const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*]+|[^/*]+)(\/.*)$/;

function toRegExp(pattern: string): RegExp {
  const [, scheme, host, path] = PATTERN.exec(pattern)!;
  const schemeRe = scheme === '*' ? 'https?' : scheme!;
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
});
