import { bench, describe } from 'vitest';
import { readPage } from '../../src/sites/read-page';
import { FIXTURE_PAGES } from '../support/fixture-pages';
import { loadFixture } from '../support/load-fixture';

// readPage runs on every DOM-change burst in the content script. The jsdom Document is built once
// per page, outside the timed function: only the read is measured. No timing assertions.
describe('readPage per saved page', () => {
  for (const page of FIXTURE_PAGES) {
    const doc = loadFixture(page);
    bench(page.file, () => {
      readPage(doc, page.url);
    });
  }
});
