import type { FixtureServer } from './fixture-server';
import type { FirefoxTab } from './launch-firefox';

export type PanelRead = { summary: string; text: string; state: string; mode: string; background: string } | null;

/** What the panel shows, from inside its open shadow root (as overlay-probe.ts reads it in Chromium). */
export const READ_PANEL = `(() => {
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
export async function waitFor<T>(tab: FirefoxTab, read: string, done: (value: T) => boolean, what: string, timeout = 15_000): Promise<T> {
  const deadline = Date.now() + timeout;
  let last = await tab.evaluate<T>(read);
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`${what} never happened in Firefox; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await tab.evaluate<T>(read);
  }
  return last;
}

export async function waitForPanel(tab: FirefoxTab, summary: RegExp): Promise<NonNullable<PanelRead>> {
  return (await waitFor<PanelRead>(tab, READ_PANEL, (panel) => panel !== null && summary.test(panel.summary), `the panel matching ${summary}`))!;
}

/** `url` on `server`: Firefox reaches a fixture server by the board's name on its port (`network.dns.localDomains`). */
export function onServer(server: FixtureServer, url: string): string {
  const parsed = new URL(url);
  parsed.port = String(server.port);
  return parsed.href;
}
