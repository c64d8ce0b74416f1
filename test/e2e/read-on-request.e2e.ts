import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGE_TEXT_NOTE } from '../../src/content/plan-overlay';
import { readCorpusPosting } from '../../tools/careers-page';
import { CAREERS_PAGES, servedElsewhere } from '../support/fixture-pages';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { extensionGrantedHost, launchChromiumWithExtension, type ExtensionBrowser } from '../support/launch-chromium';
import { applyShiftByPanel, readPanel, readPanelFigures, waitForPanel } from '../support/overlay-probe';
import { EXPECTATIONS } from '../sites.expectations';

/** A company careers site: on no board, so no content script runs there by itself. */
const CAREERS_HOST = 'careers.example.com';

/** A saved page served as if it were that careers site's own page. */
const onCareersSite = (file: string, path: string) => servedElsewhere(file, `https://${CAREERS_HOST}${path}`);

// The saved Indeed page carries a schema.org JobPosting; the rendered Greenhouse page has none
// (scripts stripped), so only its heading and text can be read.
const WITH_JSON_LD = onCareersSite('indeed/viewjob-au-papercut-senior-devops.html', '/jobs/senior-devops');
const WITHOUT_JSON_LD = onCareersSite('greenhouse/job-boards-gitlab-8620720002-rendered.html', '/jobs/backend-engineer-ruby');

/**
 * "Read this page" in the popup, on pages off the boards. Chrome grants activeTab when the user
 * clicks the toolbar button; no automation can click it, so the extension under test is the build
 * with the careers host granted in its manifest (extensionGrantedHost). The popup, the injected
 * content script and the panel are the build's.
 */
describe('reading a page off the boards on request', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;
  let extension: ReturnType<typeof extensionGrantedHost>;
  let popupUrl: string;

  beforeAll(async () => {
    server = await startFixtureServer([WITH_JSON_LD, WITHOUT_JSON_LD, ...CAREERS_PAGES]);
    extension = extensionGrantedHost([CAREERS_HOST, ...CAREERS_PAGES.map((page) => new URL(page.url).hostname)]);
    browser = await launchChromiumWithExtension({ hostResolverRules: server.hostResolverRules, extensionDir: extension.dir });
    popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    extension?.remove();
  });

  /** The popup opened on `tab` (the active tab when it asks). */
  async function popupOn(tab: Page): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.goto(popupUrl);
    await tab.bringToFront();
    await popup.reload();
    return popup;
  }

  test.each([
    ['with a schema.org JobPosting', WITH_JSON_LD, 'Senior DevOps Engineer', false],
    ['with only a heading and text', WITHOUT_JSON_LD, 'Backend Engineer (Ruby), AI Engineering: Agent Observability', true],
  ] as const)('a careers page %s is read when the user asks, and only then', async (_name, fixture, title, fromPageText) => {
    const job = await browser.context.newPage();
    const pageErrors: string[] = [];
    job.on('pageerror', (error) => pageErrors.push(error.message));
    await job.goto(server.urlOf(fixture));
    const popup = await popupOn(job);

    // Nothing runs on the page by itself; the popup offers to read it.
    const button = popup.locator('[data-state=none] button[name=read-page]');
    await expect.poll(() => button.count()).toBe(1);
    expect(await readPanel(job)).toBeNull();

    await button.click();
    const panel = await waitForPanel(job, new RegExp(`^${title.replace(/[()]/g, '\\$&')} → \\w+`));
    expect(panel.state).toBe('posting');
    // The panel says when it read the page text rather than the page's job data.
    expect(panel.text.includes(PAGE_TEXT_NOTE)).toBe(fromPageText);
    // It follows the block with the heading and Apply, as on the board: Apply stays where it was.
    expect(await applyShiftByPanel(job, EXPECTATIONS[fixture.file]!.posting!.applyControl!)).toBe(0);
    // The popup shows what the page now shows, and no longer offers to read it.
    await expect.poll(() => popup.locator('[data-state=posting] h2').textContent()).toBe(title);
    expect(await popup.locator('button[name=read-page]').count()).toBe(0);

    // Reopened, the popup finds the posting the page now shows; the page has one panel.
    await popup.close();
    const again = await popupOn(job);
    await expect.poll(() => again.locator('[data-state=posting] h2').textContent()).toBe(title);
    expect(await job.locator('rolelens-panel').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    await again.close();
    await job.close();
  });

  // The demo's data, backend and hybrid postings (SOURCES.md): built from corpus postings, they show
  // what no saved board page does, a band for the posting's own label and level beside its pay.
  test.each(CAREERS_PAGES.map((page) => [page.corpusId, page] as const))(
    'the careers page built from corpus posting %s: its corpus label, a reference band and its pay',
    async (_id, page) => {
      const { label } = readCorpusPosting(page.corpusId);
      const job = await browser.context.newPage();
      await job.goto(server.urlOf(page));
      const popup = await popupOn(job);
      await popup.locator('[data-state=none] button[name=read-page]').click();
      const panel = await waitForPanel(job, / → \w+/);
      expect(panel.summary).toMatch(new RegExp(` → ${label}\\b`));
      const figures = await readPanelFigures(job);
      expect(figures?.bands.length).toBeGreaterThan(0);
      expect(figures?.pay.length).toBeGreaterThan(0);
      expect(await applyShiftByPanel(job, '.apply')).toBe(0);
      await popup.close();
      await job.close();
    },
  );

  test('a page the browser keeps extensions out of says so', async () => {
    const settingsPage = await browser.context.newPage();
    await settingsPage.goto('chrome://version/');
    const popup = await popupOn(settingsPage);
    await popup.locator('button[name=read-page]').click();
    await expect.poll(() => popup.locator('[data-read=blocked]').textContent()).toContain('does not let extensions read this page');
    await popup.close();
    await settingsPage.close();
  });
});
