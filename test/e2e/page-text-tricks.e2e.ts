import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../support/launch-chromium';
import { waitForPanel } from '../support/overlay-probe';
import { DATA_POSTING, withHiddenCharacters } from '../support/postings';

const JOB_PAGE = 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002';

/** The saved GitLab page showing another posting: its h1 and description replaced before RoleLens reads them. */
async function openWithPosting(page: Page, posting: { title: string; description: string }): Promise<void> {
  await page.addInitScript(
    ({ title, description }) => {
      document.addEventListener('DOMContentLoaded', () => {
        const heading = document.querySelector('.job__title h1');
        if (heading) heading.textContent = title;
        const body = document.querySelector('.job__description');
        if (!body) return;
        body.textContent = '';
        for (const line of description.split('\n')) {
          const paragraph = document.createElement('p');
          paragraph.textContent = line;
          body.append(paragraph);
        }
      });
    },
    posting,
  );
  await page.goto(JOB_PAGE);
}

/** Text a page hides or stretches to turn RoleLens against its user, in the built extension. */
describe('RoleLens in Chromium: text that fools the reader', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromiumWithExtension({ hostResolverRules: server.hostResolverRules });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test.each([
    ['soft hyphens', '\u00AD'],
    ['zero-width spaces', '\u200B'],
    ['zero-width joiners', '\u200D'],
  ])('%s inside the title and the telling words do not change the label', async (_name, hidden) => {
    const page = await browser.context.newPage();
    await openWithPosting(page, {
      title: withHiddenCharacters(DATA_POSTING.title, hidden),
      description: withHiddenCharacters(DATA_POSTING.description, hidden),
    });
    // The page shows the same words; RoleLens reads them as it reads them without the hidden characters.
    const panel = await waitForPanel(page, /^Senior Data Engineer → /);
    expect(panel.summary).toMatch(/^Senior Data Engineer → data 9\d%/);
    await page.close();
  });
});
