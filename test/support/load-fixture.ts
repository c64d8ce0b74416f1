import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { FIXTURE_PAGES, fixturePath, type FixturePage } from './fixture-pages';

/** Parse a saved page into a jsdom Document whose `location` is the page's real URL. */
export function loadFixture(fileOrPage: string | FixturePage): Document {
  const fixture =
    typeof fileOrPage === 'string' ? FIXTURE_PAGES.find((page) => page.file === fileOrPage) : fileOrPage;
  if (!fixture) throw new Error(`Unknown fixture page: ${String(fileOrPage)}`);
  const source = readFileSync(fixturePath(fixture), 'utf8');
  // No scripts run and no subresources load: we only read the markup.
  return new JSDOM(source, { url: fixture.url, contentType: fixture.contentType }).window.document;
}
