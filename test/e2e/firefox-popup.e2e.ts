import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PAGE_TEXT_NOTE } from '../../src/content/plan-overlay';
import { FIXTURE_PAGES, servedElsewhere } from '../support/fixture-pages';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { onServer, readPanel, waitFor, waitForPanel, type PanelRead } from '../support/firefox-probe';
import { launchFirefoxWithExtension, type ExtensionFirefox, type FirefoxTab } from '../support/launch-firefox';

const JOB_PAGE = 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002';
const JOB_TITLE = 'Backend Engineer (Ruby), AI Engineering: Agent Observability';

/** The rendered Greenhouse page served as a company's own careers page: on no board. */
const CAREERS_PAGE = servedElsewhere('greenhouse/job-boards-gitlab-8620720002-rendered.html', 'https://careers.example.com/jobs/backend-engineer-ruby');

/** The popup's part that shows the current tab: its state, heading and label. */
const READ_CURRENT = `(() => {
  const current = document.querySelector('[data-state]');
  return current ? { state: current.getAttribute('data-state'), heading: current.querySelector('h2')?.textContent ?? '', label: current.querySelector('[data-label]')?.getAttribute('data-label') ?? '', text: current.textContent } : null;
})()`;
type Current = { state: string; heading: string; label: string; text: string } | null;

/** Clicks one of the popup's controls, by its name, once it is shown. */
async function click(popup: FirefoxTab, name: string): Promise<void> {
  const control = JSON.stringify(`[name=${name}]`);
  await waitFor<boolean>(popup, `document.querySelector(${control}) !== null`, (shown) => shown, `the ${name} control`);
  await popup.evaluate(`(document.querySelector(${control}).click(), true)`);
}
const isChecked = (name: string): string => `document.querySelector(${JSON.stringify(`input[name=${name}]`)})?.checked ?? null`;

/** What RoleLens logged in a job page's console (the page's own failed loads are the board's). */
const ours = (tab: FirefoxTab): string[] => tab.logged().filter((entry) => /RoleLens|moz-extension:/.test(entry));

/**
 * The popup of the Firefox package in Firefox ESR: its page (`popup.html`) in a tab beside the job
 * page, which stays the active tab, so the popup reads it as it reads the tab under the toolbar
 * button. Settings go through Firefox's storage and reach the page's content script; "Read this
 * page" needs the activeTab grant that only the toolbar button gives.
 */
describe('the popup in Firefox', () => {
  let server: FixtureServer;
  let firefox: ExtensionFirefox;

  beforeAll(async () => {
    server = await startFixtureServer([...FIXTURE_PAGES, CAREERS_PAGE]);
    firefox = await launchFirefoxWithExtension({ hosts: server.hosts });
  }, 60_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function jobWithPopup(): Promise<{ job: FirefoxTab; popup: FirefoxTab }> {
    const job = await firefox.open(onServer(server, JOB_PAGE));
    await waitForPanel(job, /→ backend/);
    return { job, popup: await firefox.openExtensionPage('popup.html') };
  }

  test('opens and renders its settings, and saves one, with no script error or CSP violation', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    expect(await popup.evaluate<string>(`document.querySelector('h1').textContent`)).toBe('RoleLens');
    // The form appears once storage has answered (late in a background tab: see openExtensionPage).
    const checkboxes = await waitFor<number>(popup, `document.querySelectorAll('input[type=checkbox]').length`, (count) => count > 0, 'the settings form');
    expect(checkboxes).toBeGreaterThanOrEqual(13);
    // The active tab is Firefox's start page: not a job page.
    await waitFor<Current>(popup, READ_CURRENT, (current) => current?.state === 'none', 'the popup saying no posting');
    // A setting saved and read back, so the settings schema runs both ways.
    await click(popup, 'showOnCards');
    await waitFor<boolean | null>(popup, isChecked('showOnCards'), (checked) => checked === false, 'card chips switched off');
    await click(popup, 'showOnCards');
    await waitFor<boolean | null>(popup, isChecked('showOnCards'), (checked) => checked === true, 'card chips switched on');
    // zod's eval probe had raised two CSP violations here (src/zod.ts).
    expect(await firefox.extensionErrors()).toEqual([]);
    await popup.close();
  });

  test("shows the active tab's posting, as its panel does", async () => {
    const { job, popup } = await jobWithPopup();
    const current = await waitFor<Current>(popup, READ_CURRENT, (value) => value?.state === 'posting', 'the posting in the popup');
    expect(current).toMatchObject({ heading: JOB_TITLE, label: 'backend' });
    expect(ours(job)).toEqual([]);
    await popup.close();
    await job.close();
  });

  test('switching RoleLens off removes the panel at once, and on brings it back; the choice is kept', async () => {
    const { job, popup } = await jobWithPopup();
    await click(popup, 'enabled');
    await waitFor<PanelRead>(job, () => readPanel(job), (panel) => panel === null, 'the panel going away');
    await popup.close();
    const reopened = await firefox.openExtensionPage('popup.html');
    await waitFor<boolean | null>(reopened, isChecked('enabled'), (checked) => checked === false, 'a new popup showing RoleLens off');
    expect((await reopened.evaluate<Current>(READ_CURRENT))?.text).toContain('RoleLens is switched off.');
    await click(reopened, 'enabled');
    await waitForPanel(job, /→ backend/);
    await reopened.close();
    await job.close();
  });

  test('Read this page: a careers page is read once the toolbar button has been clicked on it, and not before', async () => {
    const job = await firefox.open(onServer(server, server.urlOf(CAREERS_PAGE)));
    const popup = await firefox.openExtensionPage('popup.html');
    await waitFor<Current>(popup, READ_CURRENT, (current) => current?.state === 'none' && /Read this page/.test(current.text), 'the offer to read the page');
    expect(await readPanel(job)).toBeNull();

    // Without the user's click on the toolbar button Firefox gives no access to the page.
    await click(popup, 'read-page');
    await waitFor<Current>(popup, READ_CURRENT, (current) => /does not let extensions read this page/.test(current?.text ?? ''), 'the popup saying it may not read the page');
    expect(await readPanel(job)).toBeNull();

    await firefox.clickToolbarButton();
    await click(popup, 'read-page');
    const panel = await waitForPanel(job, /^Backend Engineer \(Ruby\), AI Engineering: Agent Observability → \w+/);
    expect(panel.state).toBe('posting');
    expect(panel.text).toContain(PAGE_TEXT_NOTE);
    const current = await waitFor<Current>(popup, READ_CURRENT, (value) => value?.state === 'posting', 'the posting in the popup');
    expect(current?.heading).toBe(JOB_TITLE);
    expect(current?.text).not.toContain('Read this page');
    expect(ours(job)).toEqual([]);
    await popup.close();
    await job.close();
  });

  test('corrupted stored settings are repaired in storage, not crashed on, and the popup says what was reset', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.evaluate(`browser.storage.sync.set({ settings: { enabled: 'yes', showPrep: 7, disabledBoards: ['indeed', 42], junk: true } })`);
    const job = await firefox.open(onServer(server, JOB_PAGE));
    const panel = await waitForPanel(job, /→ backend/);
    expect(panel.text).toContain('Interview prep');
    expect(ours(job)).toEqual([]);
    await popup.close();
    // Storage itself is repaired, field by field (the one good board entry kept), not only what was read.
    const reopened = await firefox.openExtensionPage('popup.html');
    await waitFor<boolean | null>(reopened, isChecked('enabled'), (checked) => checked === true, 'the repaired settings in the popup');
    expect(await reopened.evaluate<boolean | null>(isChecked('showPrep'))).toBe(true);
    expect(await reopened.evaluate<boolean | null>(isChecked('board-indeed'))).toBe(false);
    expect(await reopened.evaluate<unknown>(`browser.storage.sync.get('settings').then(({ settings }) => [settings.enabled, settings.showPrep, settings.disabledBoards, 'junk' in settings])`)).toEqual([
      true,
      true,
      ['indeed'],
      false,
    ]);
    const note = await reopened.evaluate<string>(`document.querySelector('[data-problem=repaired]')?.textContent ?? ''`);
    expect(note).toMatch(/reset to their defaults: .*Show RoleLens on job pages.*Show interview prep/);
    await reopened.evaluate(`browser.storage.sync.remove('settings').then(() => browser.storage.local.clear())`);
    await reopened.close();
    await job.close();
  });
});
