import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clickInShadowRoot, inShadowRoot } from '../support/closed-shadow';
import { readPanel, waitForPanel } from '../support/overlay-probe';
import { chromiumWithFixtures } from '../support/chromium-with-fixtures';

/**
 * What a page can do to RoleLens, and what its timing can do: the built extension in Chromium on
 * saved pages that a test script turns hostile or busy. Each case failed on the content script as
 * it was before (WXT's context, an open shadow root, a debounce without a ceiling, no URL watch,
 * WXT's versioned storage item) and passes now.
 */
const GUEST_JOB = 'https://www.linkedin.com/jobs/view/4411867124/';
const CLASSIC_TWO_PANE = 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1000000001';
const SDUI_TWO_PANE = 'https://www.linkedin.com/jobs/search-results/?currentJobId=1000000001';
const DATA_BODY =
  'You will build batch and streaming data pipelines with Airflow, dbt and Spark, model our Snowflake warehouse, ' +
  'own ELT and CDC ingestion from OLTP databases, write complex SQL with window functions, and keep data freshness ' +
  'SLAs for analytics and reporting. 5+ years of data engineering experience.';

type ChromeStorage = { storage: { sync: { set(items: object): Promise<void>; get(key: string | null): Promise<Record<string, unknown>> } } };

describe('what a page can do to RoleLens, in Chromium', () => {
  const chromium = chromiumWithFixtures();

  /** The extension's own page, where `chrome` is the real API: to read and seed storage. */
  async function extensionPage(): Promise<Page> {
    const page = await chromium.browser.context.newPage();
    await page.goto(chromium.popupUrl);
    return page;
  }

  async function storedSettings(): Promise<Record<string, unknown> | undefined> {
    const page = await extensionPage();
    const value = await page.evaluate(async () => (await (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.sync.get('settings')).settings);
    await page.close();
    return value as Record<string, unknown> | undefined;
  }

  // 4. A page that changes some text every 200 ms never settled: the 250 ms debounce had no ceiling.
  test('a page that changes some text every 200 ms still gets the new posting shown', async () => {
    const page = await chromium.browser.context.newPage();
    await page.goto(GUEST_JOB);
    await waitForPanel(page, /Senior Software Engineer - Developer Experience → /);
    await page.evaluate((body) => {
      const ticker = document.createElement('span');
      document.body.append(ticker);
      setInterval(() => (ticker.textContent = String(Date.now())), 200);
      document.querySelector('h1')!.textContent = 'Senior Data Engineer';
      document.querySelector('.show-more-less-html__markup')!.textContent = body;
    }, DATA_BODY);
    const panel = await waitForPanel(page, /^Senior Data Engineer → data \d+%/, 5_000);
    expect(panel.state).toBe('posting');
    await page.close();
  });

  test('a two-pane page that ticks from the start and draws its detail pane late still gets its panel', async () => {
    const page = await chromium.browser.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const ticker = document.createElement('span');
        document.body.append(ticker);
        setInterval(() => (ticker.textContent = String(Date.now())), 150);
        // The SPA draws the detail pane after the content script has started.
        const main = document.querySelector('main');
        const pane = main?.querySelector('[data-sdui-screen$=".SemanticJobDetails"]');
        if (!pane?.parentNode) return;
        const [parent, next] = [pane.parentNode, pane.nextSibling];
        pane.remove();
        setTimeout(() => parent.insertBefore(pane, next), 1_500);
      });
    });
    await page.goto(SDUI_TWO_PANE);
    const panel = await waitForPanel(page, / → /, 5_000);
    expect(panel.state).toBe('posting');
    await page.close();
  });

  // 5. The board swaps the pane, then sets currentJobId with pushState 300 ms or more later: no
  //    mutation and no popstate came after the URL changed, so nothing read the page again.
  test('the URL naming the new job well after the pane was replaced: the panel follows at once', async () => {
    const page = await chromium.browser.context.newPage();
    await page.goto(CLASSIC_TWO_PANE);
    await waitForPanel(page, /^T11 x+ → /);
    await page.evaluate((body) => {
      const link = document.querySelector('.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]')!;
      link.setAttribute('href', '/jobs/view/1000000002/');
      document.querySelector('#jobs-apply-button-id')?.setAttribute('data-job-id', '1000000002');
      document.querySelector('.job-details-jobs-unified-top-card__job-title h1')!.textContent = 'Senior Data Engineer';
      document.querySelector('#job-details')!.textContent = body;
    }, DATA_BODY);
    // The pane names job 2, the URL still job 1: stale, so the panel keeps the first posting.
    await page.waitForTimeout(600);
    expect((await readPanel(page))?.summary).toMatch(/^T11 x+ → /);
    await page.evaluate(() => history.pushState({}, '', '/jobs/collections/recommended/?currentJobId=1000000002'));
    expect((await waitForPanel(page, /^Senior Data Engineer → data \d+%/, 3_000)).state).toBe('posting');
    await page.close();
  });

  // 6. WXT's content script context ended itself on a "content script started" event any page can send.
  test('a page that re-sends WXT\'s "content script started" announcement does not switch RoleLens off', async () => {
    const page = await chromium.browser.context.newPage();
    await page.goto(GUEST_JOB);
    await waitForPanel(page, / → /);
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'a-page' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'a-page' }, '*');
    }, chromium.browser.extensionId);
    await page.waitForTimeout(500);
    expect(await page.locator('rolelens-panel').count()).toBe(1);
    // Still alive: it follows the next posting, and still answers the popup.
    await page.evaluate((body) => {
      document.querySelector('h1')!.textContent = 'Senior Data Engineer';
      document.querySelector('.show-more-less-html__markup')!.textContent = body;
    }, DATA_BODY);
    await waitForPanel(page, /^Senior Data Engineer → data/);
    const popup = await chromium.browser.context.newPage();
    await popup.goto(chromium.popupUrl);
    await page.bringToFront();
    await popup.reload();
    await expect.poll(() => popup.locator('[data-state=posting] h2').textContent(), { timeout: 8_000 }).toBe('Senior Data Engineer');
    await popup.close();
    await page.close();
  });

  // 7. The shadow root was open: a page read the panel, rewrote its label and clicked its fold
  //    button 150 times (118 settings writes, then the browser's write quota).
  test('the page can neither read, rewrite nor press the panel; the user still can, and a burst of clicks saves once', async () => {
    const page = await chromium.browser.context.newPage();
    await page.goto(GUEST_JOB);
    await waitForPanel(page, /Senior Software Engineer - Developer Experience → /);
    const before = await storedSettings();
    const attack = await page.evaluate(() => {
      const host = document.querySelector('rolelens-panel') as HTMLElement;
      const root = host.shadowRoot;
      for (let i = 0; i < 150; i++) {
        host.click();
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
      }
      host.textContent = 'FAKE: data 100% · L9 · $900k';
      return { root: root === null, read: host.innerText.length };
    });
    expect(attack.root).toBe(true);
    await page.waitForTimeout(1_500);
    const panel = await readPanel(page);
    expect(panel?.text).not.toContain('FAKE');
    expect(panel?.summary).toMatch(/Senior Software Engineer - Developer Experience → /);
    expect(await storedSettings()).toEqual(before);
    // The user's own clicks fold and unfold it, and the last choice is saved once they stop.
    for (let i = 0; i < 5; i++) await clickInShadowRoot(page, 'rolelens-panel', '.rl-toggle');
    expect(await inShadowRoot<number>(page, 'rolelens-panel', `function () { return this.querySelectorAll('.rl-details').length; }`)).toBe(0);
    await expect.poll(async () => (await storedSettings())?.startCollapsed, { timeout: 5_000 }).toBe(true);
    await clickInShadowRoot(page, 'rolelens-panel', '.rl-toggle');
    await expect.poll(async () => (await storedSettings())?.startCollapsed, { timeout: 5_000 }).toBe(false);
    await page.close();
  });

  test('a settings change the browser refuses is said in the popup, which shows what is stored, not what failed', async () => {
    const popup = await extensionPage();
    await popup.locator('button[name=tab-settings]').click();
    await popup.locator('input[name=showPrep]').waitFor();
    // Fill sync storage to its quota (100 KB), so that the next settings write is refused.
    const filled = await popup.evaluate(async () => {
      const { sync } = (globalThis as unknown as { chrome: ChromeStorage & { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage;
      // Nothing stored yet: saving the settings then needs room of its own.
      await sync.clear();
      let refused = '';
      let key = 0;
      // Large pieces first, then ever smaller ones, until not even a few bytes fit.
      for (const size of [7_900, 2_000, 500, 100, 20, 1]) {
        for (;;) {
          try {
            await sync.set({ [`f${key++}`]: 'x'.repeat(size) });
          } catch (error) {
            refused = String(error);
            break;
          }
        }
      }
      return refused;
    });
    expect(filled).toMatch(/quota/i);
    const wasChecked = await popup.locator('input[name=showPrep]').isChecked();
    await popup.locator('input[name=showPrep]').click();
    await expect
      .poll(() => popup.evaluate(() => document.querySelector('[data-problem=save]')?.textContent ?? ''), { timeout: 5_000 })
      .toMatch(/refused to save|could not be saved/);
    expect(await popup.locator('input[name=showPrep]').isChecked()).toBe(wasChecked);
    expect((await storedSettings())?.showPrep ?? true).toBe(wasChecked);
    await popup.evaluate(async () => {
      const { sync } = (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage;
      await sync.clear();
    });
    await popup.close();
  });

  // 8. WXT's migration built an array as long as the version marker: -1e7 stalled the tab 7 s,
  //    -1e8 136 s; a newer version's marker logged "Version downgrade detected" on every load.
  test.each([
    ['a huge negative version marker', -1e8],
    ["a newer RoleLens's version marker", 2],
  ])('%s: the panel comes at once and nothing is logged', async (_name, version) => {
    const seed = await extensionPage();
    await seed.evaluate(
      (v) =>
        (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.sync.set({
          settings: { enabled: true, showPrep: true, version: v },
          settings$: { v },
        }),
      version,
    );
    await seed.close();
    const page = await chromium.browser.context.newPage();
    const logged: string[] = [];
    page.on('console', (message) => {
      if (/RoleLens|wxt|downgrade/i.test(message.text())) logged.push(message.text());
    });
    await page.goto(GUEST_JOB);
    const panel = await waitForPanel(page, / → /, 5_000);
    expect(panel.text).toContain('Interview prep');
    expect(logged).toEqual([]);
    await page.close();
    const clear = await extensionPage();
    await clear.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear());
    await clear.close();
  });

  // 9. Corrupted settings were repaired in memory only, the popup never said what was reset, and
  //    one bad entry in the switched-off boards reset the whole list (a board came back on).
  test('corrupted settings are repaired in storage, entry by entry, and the popup says what was reset', async () => {
    const seed = await extensionPage();
    await seed.evaluate(() =>
      (globalThis as unknown as { chrome: ChromeStorage }).chrome.storage.sync.set({
        settings: { enabled: true, showSalary: 'yes', disabledBoards: ['indeed', { bad: true }, 'nowhere'] },
      }),
    );
    await seed.close();
    // A board page reads them (through the background, which repairs and writes back).
    const page = await chromium.browser.context.newPage();
    await page.goto(GUEST_JOB);
    await waitForPanel(page, / → /);
    await expect
      .poll(async () => {
        const stored = await storedSettings();
        return stored && [stored.showSalary, stored.disabledBoards];
      })
      .toEqual([true, ['indeed']]);
    await page.close();
    const popup = await extensionPage();
    const note = () => popup.evaluate(() => document.querySelector('[data-problem=repaired]')?.textContent ?? '');
    await expect.poll(note).toMatch(/reset to their defaults/);
    expect(await note()).toContain("Show the posting's own pay");
    expect(await note()).toContain('the boards switched off');
    expect(await popup.locator('input[name=board-indeed]').isChecked()).toBe(false);
    await popup.locator('button[name=dismiss-repairs]').click();
    await popup.reload();
    await popup.locator('input[name=enabled]').waitFor({ state: 'attached' });
    expect(await popup.locator('[data-problem=repaired]').count()).toBe(0);
    await popup.evaluate(() => (globalThis as unknown as { chrome: { storage: { sync: { clear(): Promise<void> } } } }).chrome.storage.sync.clear());
    await popup.close();
  });
});
