import { describe, expect, test } from 'vitest';
import { FIXTURE_PAGES } from '../support/fixture-pages';
import { waitForPanel } from '../support/overlay-probe';
import { chromiumWithFixtures } from '../support/chromium-with-fixtures';

/**
 * Indeed's search results, saved with no `vjk` in the URL: the pane shows the first card's job,
 * named only by the pane's own links, and its company node holds emotion's `<style>`.
 */
describe('RoleLens in Chromium on Indeed search results', () => {
  const chromium = chromiumWithFixtures();

  const served = (file: string) => chromium.server.urlOf(FIXTURE_PAGES.find((page) => page.file === file)!);

  test.each([
    ['indeed/eg-frontend-egypt-serp-no-vjk-company-style-serp-page-2026.html', /^PHP Developer – PHP, JavaScript, JSON → /, 'AceOne Technologies · Jonesboro, AR 72401'],
    ['indeed/in-java-bengaluru-serp-no-vjk-company-style-selenium-2024.html', /^Core Java → /, 'QuEST Global · Bengaluru, Karnataka'],
  ])('%s: the popup names the company, not the CSS inside its node', async (file, summary, byline) => {
    const job = await chromium.browser.context.newPage();
    await job.goto(served(file));
    await waitForPanel(job, summary);
    const popup = await chromium.browser.context.newPage();
    await popup.goto(chromium.popupUrl);
    // The popup asks the active tab.
    await job.bringToFront();
    await popup.reload();
    await expect.poll(() => popup.locator('[data-state=posting] h2').count(), { timeout: 10_000 }).toBe(1);
    expect(await popup.locator('[data-state=posting] h2 + p').innerText()).toBe(byline);
    await popup.close();
    await job.close();
  });

  test("with no vjk, the pane's job is the one read: its card gets no chip, the other cards do", async () => {
    const page = await chromium.browser.context.newPage();
    await page.goto(served('indeed/us-data-analyst-portland-serp-no-vjk-playwright-2026-02.html'));
    await waitForPanel(page, /^Research Data Analyst 1 → other/);
    const chipped = async () =>
      page.evaluate(() =>
        [...document.querySelectorAll('rolelens-card-badge')].map((host) => {
          const card = host.previousElementSibling;
          return card?.getAttribute('data-jk') ?? card?.querySelector('[data-jk]')?.getAttribute('data-jk') ?? '';
        }),
      );
    await expect.poll(async () => (await chipped()).length, { timeout: 10_000 }).toBeGreaterThan(3);
    const keys = await chipped();
    expect(keys.every((key) => /^[0-9a-f]{16}$/.test(key))).toBe(true);
    // The first card, open in the pane, has the panel instead.
    expect(keys).not.toContain('29dd4196cccd7eaf');
    await page.close();
  });
});
