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

// A page read on request off the boards (no JobPosting JSON-LD): its heading and main text, read
// again on every DOM-change burst while the tab stays open.
describe('readPage of a saved page as a careers site (heading and main text)', () => {
  for (const page of FIXTURE_PAGES.filter((fixture) => fixture.kind === 'document')) {
    const doc = loadFixture(page);
    bench(page.file, () => {
      readPage(doc, 'https://careers.example.com/jobs/1');
    });
  }
});
