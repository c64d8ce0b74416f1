import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { belowAaContrast, paintedTheme, readPanel, textColours, waitForPanel } from '../support/overlay-probe';
import { clickInShadowRoot, inShadowRoot } from '../support/closed-shadow';
import { chromiumWithFixtures } from '../support/chromium-with-fixtures';

type ChromeStorage = { storage: { sync: { set(items: Record<string, unknown>): Promise<void> } } };

const JOB_PAGE = 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002';

describe('the popup', () => {
  const chromium = chromiumWithFixtures();

  /** The saved GitLab job page with its panel read, and the popup open beside it. */
  async function jobWithPopup(): Promise<{ job: Page; popup: Page }> {
    const job = await chromium.browser.context.newPage();
    await job.goto(JOB_PAGE);
    await waitForPanel(job, /→ backend/);
    const popup = await chromium.browser.context.newPage();
    await popup.goto(chromium.popupUrl);
    return { job, popup };
  }

  test('opens and renders its settings', async () => {
    const popup = await chromium.browser.context.newPage();
    await popup.goto(chromium.popupUrl);
    expect(await popup.locator('h1').innerText()).toBe('RoleLens');
    expect(await popup.locator('input[type=checkbox][name=enabled]').isChecked()).toBe(true);
    expect(await popup.locator('input[type=checkbox]').count()).toBeGreaterThanOrEqual(13);
    // Its own tab is not a job page.
    await expect.poll(() => popup.locator('[data-state=none]').count()).toBe(1);
    await popup.close();
  });

  // zod probed `new Function` when our schemas were built: two CSP violations on every popup load
  // (MV3 forbids eval in extension pages). It is now set jitless (src/zod.ts).
  test('opens without a CSP violation or a logged error', async () => {
    const popup = await chromium.browser.context.newPage();
    const logged: string[] = [];
    popup.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') logged.push(message.text());
    });
    popup.on('pageerror', (error) => logged.push(error.message));
    await popup.addInitScript(() => {
      const seen: string[] = [];
      Object.defineProperty(window, 'cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`), true);
    });
    await popup.goto(chromium.popupUrl);
    await expect.poll(() => popup.locator('[data-state=none]').count()).toBe(1);
    // A setting saved, so the settings schema parses in both directions.
    await popup.locator('button[name=tab-lists]').click();
    await popup.locator('input[type=checkbox][name=showOnCards]').click();
    await popup.locator('input[type=checkbox][name=showOnCards]').click();
    expect(await popup.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(logged).toEqual([]);
    await popup.close();
  });

  test("shows the current tab's posting", async () => {
    const { job, popup } = await jobWithPopup();
    // The popup asks the active tab: make the job page active and let the popup ask again.
    await job.bringToFront();
    await popup.reload();
    await expect.poll(() => popup.locator('[data-state=posting] h2').textContent()).toContain('Backend Engineer (Ruby)');
    expect(await popup.locator('[data-label]').getAttribute('data-label')).toBe('backend');
    await popup.close();
    await job.close();
  });

  test.each(['light', 'dark'] as const)('follows the browser: in its %s scheme, the popup is that too, with its text at WCAG AA contrast (4.5:1)', async (scheme) => {
    const { job, popup } = await jobWithPopup();
    await job.bringToFront();
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.reload();
    await expect.poll(() => popup.locator('[data-state=posting] h2').count()).toBe(1);
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(paintedTheme(background)).toBe(scheme);
    const rows = await textColours(popup, null);
    expect(rows.length).toBeGreaterThan(20);
    expect(belowAaContrast(rows)).toEqual([]);
    await popup.close();
    await job.close();
  });

  test('switching RoleLens off removes the panel at once, and on brings it back', async () => {
    const { job, popup } = await jobWithPopup();
    await popup.locator('button[name=tab-settings]').click();
    await popup.locator('input[name=enabled]').uncheck();
    await expect.poll(() => readPanel(job), { timeout: 10_000 }).toBeNull();
    // Saved: a fresh popup shows it off (the form appears only once storage has answered).
    await popup.reload();
    await expect.poll(() => popup.locator('input[name=enabled]').isChecked()).toBe(false);
    await popup.locator('button[name=tab-settings]').click();
    await popup.locator('input[name=enabled]').check();
    await waitForPanel(job, /→ backend/);
    await popup.close();
    await job.close();
  });

  test('with the board switched off, the popup on its job page says RoleLens is off there', async () => {
    const { job, popup } = await jobWithPopup();
    await popup.locator('button[name=tab-settings]').click();
    await popup.locator('input[name=board-greenhouse]').uncheck();
    await expect.poll(() => readPanel(job), { timeout: 10_000 }).toBeNull();
    // The tab's URL (readable under the boards' host permissions) tells "off here" from "not a board".
    await job.bringToFront();
    await popup.reload();
    await expect.poll(() => popup.locator('[data-state=off]').textContent()).toContain('RoleLens is off for Greenhouse.');
    await popup.locator('button[name=tab-settings]').click();
    await popup.locator('input[name=board-greenhouse]').check();
    await waitForPanel(job, /→ backend/);
    // Switched back on from the popup: it shows the posting again without being reopened.
    await expect.poll(() => popup.locator('[data-state=posting] h2').count(), { timeout: 10_000 }).toBe(1);
    await popup.close();
    await job.close();
  });

  test("the panel's Hide is remembered: the next page opens collapsed, and the popup shows it", async () => {
    const { job, popup } = await jobWithPopup();
    const details = { count: async () => (await inShadowRoot<number>(job, 'rolelens-panel', `function () { return this.querySelectorAll('.rl-details').length; }`)) ?? 0 };
    expect(await details.count()).toBe(1);
    await clickInShadowRoot(job, 'rolelens-panel', '.rl-toggle');
    await expect.poll(() => details.count()).toBe(0);
    await expect.poll(() => popup.reload().then(() => popup.locator('input[name=startCollapsed]').isChecked())).toBe(true);
    await job.reload();
    await waitForPanel(job, /→ backend/);
    expect(await details.count()).toBe(0);
    // Details opens it, and that is remembered too.
    await clickInShadowRoot(job, 'rolelens-panel', '.rl-toggle');
    await expect.poll(() => details.count()).toBe(1);
    await expect.poll(() => popup.reload().then(() => popup.locator('input[name=startCollapsed]').isChecked())).toBe(false);
    await popup.close();
    await job.close();
  });

  test('corrupted stored settings are repaired, not crashed on', async () => {
    const popup = await chromium.browser.context.newPage();
    await popup.goto(chromium.popupUrl);
    // Runs in the extension page, where `chrome` is the real API (not typed in this Node file).
    await popup.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.sync.set({
        settings: { enabled: 'yes', showPrep: 7, disabledBoards: 'all', junk: true },
      }),
    );
    const job = await chromium.browser.context.newPage();
    await job.goto(JOB_PAGE);
    const panel = await waitForPanel(job, /→ backend/);
    expect(panel.text).toContain('Interview prep');
    await popup.reload();
    await popup.locator('input[name=enabled]').waitFor({ state: 'attached' });
    expect(await popup.locator('input[name=enabled]').isChecked()).toBe(true);
    expect(await popup.locator('input[name=showPrep]').isChecked()).toBe(true);
    await popup.close();
    await job.close();
  });
});
