import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PAGES_DIR } from './paths';
import { pageOf } from '../test/sites.expectations';
import { readSavedPage } from './read-saved-page';

const pages = PAGES_DIR;

describe('readSavedPage', () => {
  test('takes the URL from link[rel=canonical]', () => {
    const { url, result } = readSavedPage(join(pages, 'workday/nvidia-jr2019510-rendered.html'));
    expect(url).toMatch(/^https:\/\/nvidia\.wd5\.myworkdayjobs\.com\//);
    expect(result).toMatchObject({ kind: 'page', adapter: 'workday', posting: { jobId: 'JR2019510' } });
  });

  test('takes the URL from og:url when there is no canonical (SEEK)', () => {
    expect(readSavedPage(join(pages, 'seek/job-au-senior-platform-engineer.html'))).toMatchObject({
      url: 'https://au.seek.com/job/93856863',
      result: { kind: 'page', adapter: 'seek' },
    });
  });

  test('parses XHTML captures as XML', () => {
    const { result } = readSavedPage(
      join(pages, 'linkedin/sdui-search-results-two-pane.xhtml'),
      'https://www.linkedin.com/jobs/search-results/?currentJobId=1000000001',
    );
    expect(result).toMatchObject({ kind: 'page', layout: 'sdui-two-pane' });
    expect(pageOf(result).posting?.description).toMatch(/^- T67 /m);
  });

  test('a fragment without canonical needs --url, and says so', () => {
    expect(() => readSavedPage(join(pages, 'linkedin/guest-api-search-cards-fragment.html'))).toThrow(/--url <URL>/);
  });

  test('a bad --url and a missing file are clear errors', () => {
    expect(() => readSavedPage(join(pages, 'seek/job-au-senior-platform-engineer.html'), 'nope')).toThrow(/--url is not a valid URL/);
    expect(() => readSavedPage(join(pages, 'missing.html'))).toThrow(/Cannot read/);
  });
});
