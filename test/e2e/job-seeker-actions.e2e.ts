import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { clickInShadowRoot, inShadowRoot } from '../support/closed-shadow';
import { readPanel, waitForPanel } from '../support/overlay-probe';
import { chromiumWithFixtures } from '../support/chromium-with-fixtures';

/**
 * What a job seeker does with a label, in Chromium with the built extension: narrow a list,
 * correct a label, set the level, fold the panel from the keyboard, keep and move their settings.
 */
const GUEST_SEARCH = 'https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=software%20engineer&start=0';
const GUEST_JOB = 'https://www.linkedin.com/jobs/view/4411867124/';
const CLASSIC_TWO_PANE = 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1000000001';
const INDEED_AU = 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2';
const GREENHOUSE_JOB = 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002';

type Storage = { get(key: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> };
type Chrome = { storage: { sync: Storage; local: Storage } };

/** Picks an option of a `<select>` in the panel the way a user does: focus it, then the keyboard. */
async function chooseInPanel(page: Page, selectName: string, optionText: string): Promise<void> {
  const steps = await inShadowRoot<number>(
    page,
    'rolelens-panel',
    `function (args) {
      const select = this.querySelector('select[name="' + args.name + '"]');
      const target = [...select.options].findIndex((option) => option.textContent.trim() === args.text);
      return target - select.selectedIndex;
    }`,
    { name: selectName, text: optionText },
  );
  expect(steps).not.toBeNull();
  // Keys go to the focused element of the tab in front.
  await page.bringToFront();
  await inShadowRoot(page, 'rolelens-panel', `function (name) { this.querySelector('select[name="' + name + '"]').focus(); }`, selectName);
  const key = steps! > 0 ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(steps!); i++) await page.keyboard.press(key);
}

const treatments = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('rolelens-card-badge')].map((host) => {
      const card = host.previousElementSibling as HTMLElement;
      return { treatment: host.getAttribute('data-rl-treatment') ?? 'show', display: getComputedStyle(card).display, opacity: getComputedStyle(card).opacity };
    }),
  );

describe('what a job seeker does with a label, in Chromium', () => {
  const chromium = chromiumWithFixtures();

  async function popup(tab?: 'page' | 'lists' | 'settings' | 'yours'): Promise<Page> {
    const page = await chromium.browser.context.newPage();
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(chromium.popupUrl);
    await page.locator('button[name=tab-settings]').waitFor();
    if (tab) await page.locator(`button[name=tab-${tab}]`).click();
    return page;
  }

  async function resetStorage(): Promise<void> {
    const page = await popup();
    await page.evaluate(async () => {
      const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
      await chrome.storage.sync.clear();
      await chrome.storage.local.clear();
    });
    await page.close();
  }

  test('on install, a first-run page says what RoleLens does, where, the privacy promise, how to pin it and where the settings are', async () => {
    const welcomePage = () => chromium.browser.context.pages().find((page) => page.url().endsWith('/welcome.html'));
    await expect.poll(welcomePage, { timeout: 10_000 }).toBeDefined();
    const welcome = welcomePage();
    const text = await welcome!.locator('main').innerText();
    expect(text).toMatch(/LinkedIn, Indeed, Greenhouse, Lever, Ashby, Workday and SEEK/);
    expect(text).toMatch(/no network request of its own/);
    expect(text).toMatch(/Pin it/);
    expect(text).toMatch(/RoleLens button in the toolbar/);
  });

  test('a list narrowed by label: hidden and dimmed cards, said and undone in one click, kept on a re-rendered card, and a dimmed card still opens', async () => {
    await resetStorage();
    const settings = await popup('lists');
    await settings.locator('input[name=filter-backend][value=hide]').check();
    await settings.locator('input[name=filter-unknown][value=dim]').check();
    await settings.close();
    const page = await chromium.browser.context.newPage();
    await page.goto(GUEST_SEARCH);
    await expect.poll(async () => (await treatments(page)).filter((card) => card.display === 'none').length, { timeout: 8_000 }).toBe(3);
    const cards = await treatments(page);
    expect(cards.filter((card) => card.treatment === 'dim' && Number(card.opacity) < 0.5)).toHaveLength(7);
    const note = () => inShadowRoot<string>(page, 'rolelens-list-note', `function () { return this.textContent; }`);
    expect(await note()).toMatch(/3 hidden, 7 dimmed by your filter · Show them/);
    // The board's own nodes are as served: no attribute or style of theirs was touched.
    expect(await page.evaluate(() => document.querySelectorAll('[style*="display"], [style*="opacity"], [data-rl-treatment]:not(rolelens-card-badge)').length)).toBe(0);
    await clickInShadowRoot(page, 'rolelens-list-note', 'button[name=show-them]');
    await expect.poll(async () => (await treatments(page)).every((card) => card.display !== 'none' && Number(card.opacity) === 1)).toBe(true);
    expect(await note()).toMatch(/Showing all .* Hide them again/);
    await clickInShadowRoot(page, 'rolelens-list-note', 'button[name=hide-again]');
    await expect.poll(async () => (await treatments(page)).filter((card) => card.display === 'none').length).toBe(3);
    // The board re-renders a hidden card: the new one is hidden too.
    await page.evaluate(() => {
      const host = document.querySelector('rolelens-card-badge[data-rl-treatment="hide"]')!;
      const card = host.previousElementSibling!;
      card.replaceWith(card.cloneNode(true));
    });
    await expect.poll(async () => (await treatments(page)).filter((card) => card.display === 'none').length, { timeout: 5_000 }).toBe(3);
    // A dimmed card still opens when clicked.
    const dimmedLink = await page.evaluate(() => {
      const host = document.querySelector('rolelens-card-badge[data-rl-treatment="dim"]')!;
      const link = host.previousElementSibling!.querySelector('a[href*="/jobs/view/"]') as HTMLAnchorElement;
      link.setAttribute('id', 'dimmed-link-under-test');
      return link.href;
    });
    await page.locator('#dimmed-link-under-test').click();
    await expect.poll(() => page.url()).toBe(dimmedLink);
    await page.close();
    await resetStorage();
  });

  test('"Not right? It is …": the correction shows on the panel, the card and the popup, is exported as JSONL, and undone', async () => {
    await resetStorage();
    const page = await chromium.browser.context.newPage();
    await page.goto(CLASSIC_TWO_PANE);
    // The saved page's text is sanitised to placeholders: RoleLens cannot judge it, the user can.
    await waitForPanel(page, /^T11 x+ → not in English/);
    await chooseInPanel(page, 'correct-label', 'Hybrid: data platform');
    const corrected = await waitForPanel(page, /^T11 x+ → yours: hybrid \(data-platform\) \(RoleLens: not judged\)/);
    expect(corrected.text).toMatch(/Your label:/);
    // The popup shows the user's label for this tab's posting.
    const viewer = await popup();
    await page.bringToFront();
    await viewer.reload();
    await expect.poll(() => viewer.locator('[data-state=posting] [data-user-label]').textContent(), { timeout: 8_000 }).toMatch(/Hybrid · data platform\s*yours/);
    // The next job opens in the pane: the corrected job's card now shows the user's label.
    await page.evaluate(() => {
      document.querySelector('.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]')!.setAttribute('href', '/jobs/view/1000000002/');
      document.querySelector('#jobs-apply-button-id')?.setAttribute('data-job-id', '1000000002');
      document.querySelector('.job-details-jobs-unified-top-card__job-title h1')!.textContent = 'Another job';
      history.pushState({}, '', '/jobs/collections/recommended/?currentJobId=1000000002');
    });
    await waitForPanel(page, /^Another job → /);
    await expect
      .poll(async () => (await inShadowRoot<string>(page, 'rolelens-card-badge', `function () { return this.querySelector('.rl-chip')?.textContent ?? ''; }`)) ?? '', { timeout: 8_000 })
      .toBe('Hybrid ✓');
    // Exported in the corpus format.
    const yours = await popup('yours');
    expect(await yours.locator('[data-count-labels]').getAttribute('data-count-labels')).toBe('1');
    const [download] = await Promise.all([yours.waitForEvent('download'), yours.locator('button[name=export-corrections]').click()]);
    const path = join(tmpdir(), `rolelens-corrections-${Date.now()}.jsonl`);
    await download.saveAs(path);
    const rows = readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toEqual([expect.objectContaining({ title: expect.stringMatching(/^T11 x+$/), label: 'hybrid', hybrid_kind: 'data-platform', model_label: null })]);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['title', 'company', 'description', 'label', 'hybrid_kind', 'level']));
    // Undone: back to RoleLens's own label.
    await page.goto(CLASSIC_TWO_PANE);
    await waitForPanel(page, /yours: hybrid/);
    await clickInShadowRoot(page, 'rolelens-panel', 'button[name=undo-label]');
    await waitForPanel(page, /^T11 x+ → not in English/);
    await yours.close();
    await viewer.close();
    await page.close();
  });

  test('the level can be set; the band follows at once and the choice is remembered for that job', async () => {
    await resetStorage();
    const page = await chromium.browser.context.newPage();
    // A backend posting that states no level: no band until the level is set.
    await page.goto(GREENHOUSE_JOB);
    const before = await waitForPanel(page, /^Backend Engineer \(Ruby\).* → backend \d+%$/);
    expect(before.text).toMatch(/No reference band for an unknown level/);
    await chooseInPanel(page, 'set-level', 'L5');
    const after = await waitForPanel(page, / → backend \d+% · L5/);
    expect(after.text).toMatch(/Backend engineer L5, US big tech/);
    expect(after.text).toMatch(/your choice \(inferred: Not stated\)/);
    await chooseInPanel(page, 'set-level', 'L6');
    expect((await waitForPanel(page, / · L6/)).text).toMatch(/Backend engineer L6, US big tech/);
    await page.reload();
    const again = await waitForPanel(page, / · L6/);
    expect(again.text).toMatch(/Backend engineer L6, US big tech/);
    await page.close();
    await resetStorage();
  });

  test('the evidence reads cleanly: company text apart, each phrase once, every list in order of weight', async () => {
    type Listed = { list: string; items: { phrase: string; weight: number }[] };
    const seen: string[] = [];
    for (const url of [GREENHOUSE_JOB, GUEST_JOB, INDEED_AU]) {
      const page = await chromium.browser.context.newPage();
      await page.goto(url);
      await waitForPanel(page, / → /);
      const lists = (await inShadowRoot<Listed[]>(
        page,
        'rolelens-panel',
        `function () {
          return [...this.querySelectorAll('ul[data-list]')].map((ul) => ({
            list: ul.dataset.list,
            items: [...ul.children].map((li) => ({ phrase: li.querySelector('bdi').textContent, weight: Number(li.dataset.weight) })),
          }));
        }`,
      ))!;
      seen.push(...lists.map((l) => l.list));
      // At least one phrase for the label, and two in all (an `other` call may rest on one phrase and on what is absent).
      expect(lists.find((l) => l.list === 'toward')?.items.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(lists.flatMap((l) => l.items).length).toBeGreaterThanOrEqual(2);
      // Each phrase once across the lists ("API" and "APIs" are one phrase).
      const keys = lists.flatMap((l) => l.items.map((item) => item.phrase.toLowerCase().replace(/s$/, '')));
      expect(new Set(keys).size).toBe(keys.length);
      for (const { items } of lists) {
        const weights = items.map((item) => item.weight);
        expect(weights.every((w) => w > 0)).toBe(true);
        expect(weights).toEqual([...weights].sort((a, b) => b - a));
      }
      await page.close();
    }
    // Company text is listed apart on at least one of these postings (LinkedIn's, Indeed's).
    expect(seen).toContain('company-text');
  });

  test('a posting outside the US: the band says in one line that it is US pay, and is not compared with pay in AUD', async () => {
    const page = await chromium.browser.context.newPage();
    await page.goto(INDEED_AU);
    const panel = await waitForPanel(page, / → /);
    expect(panel.text).toContain('The reference bands are US big-tech total compensation; this posting is in Australia.');
    expect(panel.text).not.toMatch(/AUD[^.]*(below|above|within) the band/);
    await page.close();
  });

  // Headless Chromium has no browser window to catch an extension's keys, so the test sends what
  // the background sends on the command (src/background/fold-active-panel.ts, unit-tested), from
  // the extension itself to the tab; the manifest's command and its keys are checked as built.
  test('the keyboard shortcut folds and unfolds the panel; the popup names it and where to change it', async () => {
    await resetStorage();
    const page = await chromium.browser.context.newPage();
    await page.goto(GUEST_JOB);
    await waitForPanel(page, / → /);
    const details = () => inShadowRoot<number>(page, 'rolelens-panel', `function () { return this.querySelectorAll('.rl-details').length; }`);
    expect(await details()).toBe(1);
    const extension = await popup();
    const fold = () =>
      extension.evaluate(async (url) => {
        const chrome = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url: string }[]>; sendMessage(id: number, m: object): Promise<unknown> } } }).chrome;
        const [tab] = (await chrome.tabs.query({})).filter((candidate) => candidate.url === url);
        await chrome.tabs.sendMessage(tab!.id, { type: 'rolelens:toggle-panel' });
      }, page.url());
    await fold();
    await expect.poll(details, { timeout: 5_000 }).toBe(0);
    await fold();
    await expect.poll(details, { timeout: 5_000 }).toBe(1);
    await extension.close();
    const settings = await popup('settings');
    // The keys the browser assigned (headless Chromium assigns none), and where to change them.
    expect(await settings.locator('[data-shortcut]').innerText()).toMatch(/(Alt\+Shift\+R|no keys set).*chrome:\/\/extensions\/shortcuts/);
    await settings.close();
    await page.close();
  });

  test('settings, labels and levels exported and imported as one file; non-ASCII kept exactly; bad files change nothing', async () => {
    await resetStorage();
    const yours = await popup('yours');
    // A backup as a user keeps it: names in several scripts.
    const choice = {
      board: 'linkedin',
      jobId: '4411867124',
      title: 'Ingeniería de Datos — データ基盤 (Zürich) 🚀',
      company: 'Ωmega “Quotes” Ltd.',
      location: 'Zürich, Switzerland',
      description: 'שלום — naïve café façade.',
      label: { label: 'hybrid', hybridKind: 'ml-platform' },
      level: 'L6',
      modelLabel: 'data',
      at: 1_765_000_000_000,
    };
    const stored = await yours.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get('settings')).settings ?? null);
    const file = (extra: object = {}) =>
      JSON.stringify({
        format: 'rolelens-backup',
        version: 1,
        exportedAt: '2026-12-06T00:00:00.000Z',
        settings: { enabled: true, showOnCards: true, showCompBand: false, showSalary: true, showPrep: true, startCollapsed: false, disabledBoards: ['seek'], cardFilter: { data: 'show', backend: 'show', hybrid: 'show', other: 'hide', unknown: 'show' } },
        choices: [choice],
        ...extra,
      });
    const importText = async (name: string, text: string) => {
      const path = join(tmpdir(), `${Date.now()}-${name}`);
      writeFileSync(path, text);
      const message = () => yours.evaluate(() => document.querySelector('[data-import]')?.textContent ?? '');
      const before = await message();
      await yours.locator('input[name=import-backup]').setInputFiles(path);
      await expect.poll(message, { timeout: 8_000 }).not.toBe(before);
      return message();
    };
    const bad: [string, string, RegExp][] = [
      ['empty.json', '', /empty/],
      ['truncated.json', file().slice(0, 300), /not valid JSON/],
      ['big.json', `{"format":"rolelens-backup","pad":"${'x'.repeat(12_500_000)}"}`, /too big/],
      ['other-extension.json', JSON.stringify({ format: 'hide-n-seek', version: 2, hidden: [] }), /not a RoleLens backup/],
      ['unknown-keys.json', file({ trackers: [1] }), /does not know \(trackers\)/],
    ];
    for (const [name, text, message] of bad) {
      expect(await importText(name, text)).toMatch(new RegExp(`Nothing was imported: .*${message.source}`));
      // Nothing changed: no choice stored, the settings as they were.
      expect(await yours.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: Chrome }).chrome.storage.local.get(null)).filter((key) => key.startsWith('choice:')))).toEqual([]);
      expect(await yours.evaluate(async () => (await (globalThis as unknown as { chrome: Chrome }).chrome.storage.sync.get('settings')).settings ?? null)).toEqual(stored);
    }
    expect(await importText('good.json', file())).toMatch(/Imported your settings and 1 labels and levels/);
    expect(await yours.locator('[data-count-labels]').getAttribute('data-count-labels')).toBe('1');
    // Exported again: the same text, byte for byte.
    const [download] = await Promise.all([yours.waitForEvent('download'), yours.locator('button[name=export-backup]').click()]);
    const path = join(tmpdir(), `rolelens-backup-${Date.now()}.json`);
    await download.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { choices: (typeof choice)[]; settings: { disabledBoards: string[] } };
    expect(exported.choices).toEqual([choice]);
    expect(exported.settings.disabledBoards).toEqual(['seek']);
    await yours.close();
    await resetStorage();
  });

  test("within the browser's storage quota: a correction or an import that does not fit says so and changes nothing", async () => {
    await resetStorage();
    const extension = await popup();
    const refused = await extension.evaluate(async () => {
      const { local } = (globalThis as unknown as { chrome: Chrome }).chrome.storage;
      let key = 0;
      let message = '';
      for (const size of [4_000_000, 1_000_000, 100_000, 10_000, 1_000, 100]) {
        for (;;) {
          try {
            await local.set({ [`filler-${key++}`]: 'x'.repeat(size) });
          } catch (error) {
            message = String(error);
            break;
          }
        }
      }
      return message;
    });
    expect(refused).toMatch(/quota/i);
    const page = await chromium.browser.context.newPage();
    await page.goto(GUEST_JOB);
    await waitForPanel(page, / → /);
    await chooseInPanel(page, 'correct-label', 'Data engineering');
    await expect.poll(async () => (await readPanel(page))?.text ?? '', { timeout: 8_000 }).toMatch(/storage for RoleLens is full/);
    // An import that would not fit is refused whole.
    const yours = await popup('yours');
    const big = JSON.stringify({
      format: 'rolelens-backup',
      version: 1,
      settings: { enabled: true, showOnCards: true, showCompBand: true, showSalary: true, showPrep: true, startCollapsed: false, disabledBoards: [], cardFilter: { data: 'show', backend: 'show', hybrid: 'show', other: 'show', unknown: 'show' } },
      choices: Array.from({ length: 20 }, (_, i) => ({ board: 'indeed', jobId: `j${i}`, title: 'Data Engineer', company: null, location: null, description: 'x'.repeat(20_000), label: { label: 'data', hybridKind: null }, at: 1 })),
    });
    const path = join(tmpdir(), `rolelens-big-${Date.now()}.json`);
    writeFileSync(path, big);
    await yours.locator('input[name=import-backup]').setInputFiles(path);
    await expect.poll(() => yours.locator('[data-import]').innerText(), { timeout: 8_000 }).toMatch(/Nothing was imported: .*storage for RoleLens is full/);
    expect(await yours.locator('[data-count-labels]').getAttribute('data-count-labels')).toBe('0');
    await yours.close();
    expect((await readPanel(page))?.summary).not.toMatch(/yours/);
    await page.close();
    await extension.close();
    await resetStorage();
  }, 180_000);

  test('the popup fits: at most 600 px tall with a posting shown, every tab one click away', async () => {
    await resetStorage();
    const page = await chromium.browser.context.newPage();
    await page.goto(GUEST_JOB);
    await waitForPanel(page, / → /);
    const viewer = await popup();
    await page.bringToFront();
    await viewer.reload();
    await viewer.locator('[data-state=posting]').waitFor();
    for (const tab of ['page', 'lists', 'settings', 'yours']) {
      await viewer.locator(`button[name=tab-${tab}]`).click();
      const size = await viewer.evaluate(() => ({ height: document.documentElement.scrollHeight, tabs: document.querySelector('nav[role=tablist]')!.getBoundingClientRect().bottom }));
      expect(size.height).toBeLessThanOrEqual(600);
      expect(size.tabs).toBeLessThan(100);
    }
    await viewer.close();
    await page.close();
  });
});
