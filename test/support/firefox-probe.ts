import type { FixtureServer } from './fixture-server';
import type { FirefoxTab } from './launch-firefox';

export type PanelRead = { summary: string; text: string; state: string; mode: string; background: string; busy: boolean } | null;

/** What the panel shows, from inside its (closed) shadow root, as overlay-probe.ts reads it in Chromium. */
export const READ_PANEL = `function () {
  const panel = this.querySelector('.rl-panel');
  return {
    summary: this.querySelector('[data-summary]')?.getAttribute('data-summary') ?? '',
    text: [...this.children].filter((child) => child.localName !== 'style').map((child) => child.textContent).join(''),
    state: this.querySelector('[data-state]')?.getAttribute('data-state') ?? '',
    mode: this.mode,
    background: panel ? getComputedStyle(panel).backgroundColor : '',
    busy: panel?.getAttribute('aria-busy') === 'true',
  };
}`;

export async function readPanel(tab: FirefoxTab): Promise<PanelRead> {
  return tab.inShadowRoot<NonNullable<PanelRead>>('rolelens-panel', READ_PANEL);
}

/** Polls `read` (an expression in the page, or a function) until `done` holds for its value; returns that value. */
export async function waitFor<T>(
  tab: FirefoxTab,
  read: string | (() => Promise<T>),
  done: (value: T) => boolean,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const readOnce = typeof read === 'string' ? () => tab.evaluate<T>(read) : read;
  const deadline = Date.now() + timeout;
  let last = await readOnce();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`${what} never happened in Firefox; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await readOnce();
  }
  return last;
}

export async function waitForPanel(tab: FirefoxTab, summary: RegExp): Promise<NonNullable<PanelRead>> {
  return (await waitFor<PanelRead>(tab, () => readPanel(tab), (panel) => panel !== null && summary.test(panel.summary) && !panel.busy, `the panel matching ${summary}`))!;
}

/** `url` on `server`: Firefox reaches a fixture server by the board's name on its port (`network.dns.localDomains`). */
export function onServer(server: FixtureServer, url: string): string {
  const parsed = new URL(url);
  parsed.port = String(server.port);
  return parsed.href;
}
