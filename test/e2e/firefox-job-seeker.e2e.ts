import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { onServer, readPanel, waitFor, waitForPanel } from '../support/firefox-probe';
import { launchFirefoxWithExtension, type ExtensionFirefox } from '../support/launch-firefox';

/** What a job seeker does with a label, in Firefox ESR: where Gecko differs (CSS :has, select keys, file import). */
const GUEST_SEARCH = 'https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=software%20engineer&start=0';
const GREENHOUSE_JOB = 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002';
const ARROW_DOWN = '\uE015';

describe('what a job seeker does with a label, in Firefox', () => {
  let server: FixtureServer;
  let firefox: ExtensionFirefox;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxWithExtension({ hosts: server.hosts });
  }, 60_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  async function store(settings: object | null): Promise<void> {
    const popup = await firefox.openExtensionPage('popup.html');
    await popup.evaluate(`browser.storage.local.clear().then(() => ${settings ? `browser.storage.sync.set({ settings: ${JSON.stringify(settings)} })` : 'browser.storage.sync.clear()'}).then(() => true)`);
    await popup.close();
  }

  test('a list narrowed by label: the hidden and dimmed cards, and the note that undoes it', async () => {
    await store({ cardFilter: { data: 'show', backend: 'hide', hybrid: 'show', other: 'show', unknown: 'dim' } });
    const tab = await firefox.open(onServer(server, GUEST_SEARCH));
    await tab.evaluate(`window.scrollTo(0, document.documentElement.scrollHeight) || true`);
    const seen = `[...document.querySelectorAll('rolelens-card-badge')].map((host) => { const style = getComputedStyle(host.previousElementSibling); return style.display === 'none' ? 'hidden' : Number(style.opacity) < 0.5 ? 'dimmed' : 'shown'; })`;
    const cards = await waitFor<string[]>(tab, seen, (value) => value.filter((card) => card === 'hidden').length === 3 && value.filter((card) => card === 'dimmed').length === 7, 'three hidden and seven dimmed cards');
    expect(cards).toHaveLength(10);
    expect(await tab.inShadowRoot<string>('rolelens-list-note', `function () { return this.querySelector('.rl-list-note').textContent; }`)).toMatch(/3 hidden, 7 dimmed by your filter · Show them/);
    await tab.clickInShadowRoot('rolelens-list-note', 'button[name=show-them]');
    await waitFor<string[]>(tab, seen, (value) => value.every((card) => card === 'shown'), 'every card shown again');
    await tab.close();
    await store(null);
  });

  test('"Not right? It is …" from the keyboard, saved for the job and shown as the user\'s label; undone', async () => {
    await store(null);
    const tab = await firefox.open(onServer(server, GREENHOUSE_JOB));
    await waitForPanel(tab, / → backend \d+%/);
    await tab.inShadowRoot('rolelens-panel', `function () { this.querySelector('select[name=correct-label]').focus(); return true; }`);
    await tab.press([ARROW_DOWN]);
    const panel = await waitForPanel(tab, / → yours: data \(RoleLens: backend \d+%\)/);
    expect(panel.text).toMatch(/Your label:/);
    await tab.clickInShadowRoot('rolelens-panel', 'button[name=undo-label]');
    await waitForPanel(tab, / → backend \d+%$/);
    expect((await readPanel(tab))?.text).toMatch(/Not right\? It is/);
    await tab.close();
  });

  test('a backup imported from a file: non-ASCII kept; a file of another extension changes nothing', async () => {
    await store(null);
    const popup = await firefox.openExtensionPage('popup.html');
    await waitFor<boolean>(popup, `document.querySelector('input[name=import-backup]') !== null`, (there) => there, 'the import control');
    const choice = { board: 'indeed', jobId: 'jk1', title: 'Ingeniería de Datos — データ基盤 🚀', company: 'Ωmega', location: 'Zürich', description: 'שלום — naïve café.', label: { label: 'data', hybridKind: null }, at: 1 };
    const settings = { enabled: true, showOnCards: true, showCompBand: true, showSalary: true, showPrep: false, startCollapsed: false, disabledBoards: [], cardFilter: { data: 'show', backend: 'show', hybrid: 'show', other: 'show', unknown: 'show' } };
    const foreign = join(tmpdir(), `foreign-${Date.now()}.json`);
    writeFileSync(foreign, JSON.stringify({ format: 'some-other-extension', version: 1 }));
    await popup.setFiles('input[name=import-backup]', [foreign]);
    const refused = await waitFor<string>(popup, `document.querySelector('[data-import]')?.textContent ?? ''`, (text) => text !== '', 'the import message');
    expect(refused).toMatch(/Nothing was imported: .*not a RoleLens backup/);
    const good = join(tmpdir(), `backup-${Date.now()}.json`);
    writeFileSync(good, JSON.stringify({ format: 'rolelens-backup', version: 1, settings, choices: [choice] }));
    await popup.setFiles('input[name=import-backup]', [good]);
    await waitFor<string>(popup, `document.querySelector('[data-import]')?.textContent ?? ''`, (text) => /Imported/.test(text), 'the import');
    expect(await popup.evaluate(`browser.storage.local.get('choice:indeed:jk1').then((all) => all['choice:indeed:jk1'].title)`)).toBe(choice.title);
    expect(await popup.evaluate(`browser.storage.sync.get('settings').then(({ settings }) => settings.showPrep)`)).toBe(false);
    await popup.close();
    await store(null);
  });
});
