import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_PAGES } from '../support/fixture-pages';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchFirefoxWithExtension, type ExtensionFirefox, type FirefoxTab } from '../support/launch-firefox';
import { contrastRatio, parseRgb } from '../../src/overlay/page-theme';

type PanelRead = { summary: string; text: string; state: string; mode: string; background: string } | null;

/** What the panel shows, from inside its open shadow root (as overlay-probe.ts reads it in Chromium). */
const READ_PANEL = `(() => {
  const host = document.querySelector('rolelens-panel');
  const root = host && host.shadowRoot;
  if (!root) return null;
  const panel = root.querySelector('.rl-panel');
  return {
    summary: root.querySelector('[data-summary]')?.getAttribute('data-summary') ?? '',
    text: root.textContent ?? '',
    state: root.querySelector('[data-state]')?.getAttribute('data-state') ?? '',
    mode: root.mode,
    background: panel ? getComputedStyle(panel).backgroundColor : '',
  };
})()`;

/** Polls `read` in the tab until `done` holds for its value; returns that value. */
async function waitFor<T>(tab: FirefoxTab, read: string, done: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = await tab.evaluate<T>(read);
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`${what} never happened in Firefox; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await tab.evaluate<T>(read);
  }
  return last;
}

async function waitForPanel(tab: FirefoxTab, summary: RegExp): Promise<NonNullable<PanelRead>> {
  return (await waitFor<PanelRead>(tab, READ_PANEL, (panel) => panel !== null && summary.test(panel.summary), `the panel matching ${summary}`))!;
}

/**
 * The Firefox package (`npm run build:firefox`) in Debian's Firefox ESR, on the saved pages served
 * under their boards' names: what a Firefox user gets, read the way the Chromium tests read it.
 */
describe('RoleLens in Firefox on saved job pages', () => {
  let server: FixtureServer;
  let firefox: ExtensionFirefox;
  /** Firefox reaches the fixture server by name on its port (`network.dns.localDomains`). */
  const at = (url: string): string => {
    const parsed = new URL(url);
    parsed.port = String(server.port);
    return parsed.href;
  };

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefoxWithExtension({ hosts: server.hosts });
  }, 60_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  test('the LinkedIn guest job page: a panel in an open shadow root, with label, evidence and level, drawn with its styles', async () => {
    const tab = await firefox.open(at('https://www.linkedin.com/jobs/view/4411867124/'));
    const panel = await waitForPanel(tab, /Senior Software Engineer - Developer Experience → \w+ \d+% · L5/);
    expect(panel.mode).toBe('open');
    expect(panel.text).toMatch(/Why/);
    expect(panel.text).toMatch(/Level\s*L5/);
    // overlay.css reached the shadow root: the panel is painted, not a transparent box.
    expect(panel.background).toBe('rgb(255, 255, 255)');
    // The board's own title is as served.
    expect(await tab.evaluate<string[]>(`[...document.querySelectorAll('h1')].map((h) => h.textContent.trim())`)).toEqual([
      'Senior Software Engineer - Developer Experience',
    ]);
    await tab.close();
  });

  test.each(FIXTURE_PAGES.filter((fixture) => fixture.kind === 'document').map((fixture) => [fixture.file, fixture] as const))(
    '%s gets its panel',
    async (_file, fixture) => {
      const tab = await firefox.open(at(server.urlOf(fixture)));
      const panel = await waitForPanel(tab, / → /);
      expect(panel.state).toBe('posting');
      await tab.close();
    },
  );

  // light-dark() is lowered by the build into variables (overlay.css); Firefox must resolve them too.
  test('a board switched to dark mode in place: the panel turns dark, its text still readable', async () => {
    const tab = await firefox.open(at('https://www.linkedin.com/jobs/view/4411867124/'));
    await waitForPanel(tab, / → /);
    await tab.evaluate(`(() => {
      const style = document.createElement('style');
      style.textContent = 'html, body { background: #000 !important } main, section, div { background-color: #1b1f23 !important }';
      document.head.append(style);
      return true;
    })()`);
    const colours = await waitFor<{ background: string; text: string; summary: string } | null>(
      tab,
      `(() => {
        const root = document.querySelector('rolelens-panel')?.shadowRoot;
        const panel = root?.querySelector('.rl-panel');
        const summary = root?.querySelector('[data-summary]');
        return panel && summary ? { background: getComputedStyle(panel).backgroundColor, text: getComputedStyle(panel).color, summary: getComputedStyle(summary).color } : null;
      })()`,
      (value) => value !== null && parseRgb(value.background)!.r < 80,
      'the panel turning dark',
    );
    const background = parseRgb(colours!.background)!;
    expect(contrastRatio(parseRgb(colours!.text)!, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(parseRgb(colours!.summary)!, background)).toBeGreaterThanOrEqual(4.5);
    await tab.close();
  });

  test('search results: the cards get their chips', async () => {
    const fixture = FIXTURE_PAGES.find((candidate) => candidate.file === 'linkedin/guest-api-search-cards-fragment.html')!;
    const tab = await firefox.open(at(server.urlOf(fixture)));
    const chips = await waitFor<number>(tab, `document.querySelectorAll('rolelens-card-badge').length`, (count) => count > 0, 'card chips');
    expect(chips).toBe(3);
    await tab.close();
  });
});
