import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BidiSession } from './webdriver-bidi';
import { REPO_ROOT } from '../../tools/paths';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(REPO_ROOT, '.output', 'firefox-mv3');

export const MISSING_FIREFOX_HELP = `Firefox was not found at ${FIREFOX_PATH}.
Install Debian's Firefox ESR:   sudo apt-get update && sudo apt-get install -y firefox-esr
(or point FIREFOX_PATH at another Firefox binary).`;

export interface FirefoxTab {
  /** Runs `expression` in the page and returns its value (awaited if a promise), which must be JSON. */
  evaluate<T>(expression: string): Promise<T>;
  /**
   * Runs `fn` (source of a `function (arg) { … }` reading `this`) on the shadow root of the first
   * host matching `hostSelector`, which may be closed: WebDriver BiDi serialises closed shadow roots
   * when asked (`includeShadowTree: 'all'`) and hands them back as `this`. Null when there is no host.
   * The value must be JSON.
   */
  inShadowRoot<T>(hostSelector: string, fn: string, arg?: unknown): Promise<T | null>;
  /** The mode of that host's shadow root ('closed', 'open'), or null. */
  shadowMode(hostSelector: string): Promise<string | null>;
  /** Clicks `selector` inside that shadow root with the mouse, as a user would (a trusted click). */
  clickInShadowRoot(hostSelector: string, selector: string): Promise<void>;
  /** Presses keys as a user does (WebDriver key values: '\uE015' is ArrowDown), on the focused element. */
  press(keys: readonly string[]): Promise<void>;
  /** Puts these files in the `<input type=file>` matching `selector`, as a user choosing them does. */
  setFiles(selector: string, paths: readonly string[]): Promise<void>;
  /** The errors and warnings logged in this tab so far (console and uncaught), as `level: text`. */
  logged(): string[];
  close(): Promise<void>;
}

export interface ExtensionFirefox {
  /** A new tab, navigated to `url` and loaded; it becomes the active tab. */
  open(url: string): Promise<FirefoxTab>;
  /**
   * One of the extension's own pages (`popup.html`) in a new background tab, loaded: the tab the
   * user was on stays the active one, as it does under a toolbar popup. Firefox runs a background
   * tab's first effects late (Preact's start about 2 s after load; a selected tab's, at once), so
   * read it with `waitFor`.
   */
  openExtensionPage(path: string): Promise<FirefoxTab>;
  /**
   * What a click on RoleLens's toolbar button does on the active tab: its popup opens and the
   * extension gets activeTab on that tab (Firefox's own action trigger, as a keyboard shortcut
   * runs it). The popup's panel is not readable from here; `openExtensionPage` shows its page.
   */
  clickToolbarButton(): Promise<void>;
  /**
   * What the browser console holds against the extension's own pages (the popup): script errors
   * and CSP violations. BiDi's log events leave extension pages out.
   */
  extensionErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** The moz-extension: host our add-on gets in the test profile (`extensions.webextensions.uuids`). */
const EXTENSION_UUID = '5a1e7c3e-0b1d-4c2a-9e6f-3d2b7a9c1f00';

/**
 * Debian's Firefox ESR, headless, with the built Firefox package installed as a temporary add-on
 * (as about:debugging does) over WebDriver BiDi. `hosts` resolve to this machine
 * (`network.dns.localDomains`), so the fixture server answers for the boards under their real
 * names and the manifest's own match patterns decide where the content script runs.
 */
export async function launchFirefoxWithExtension(options: { hosts: readonly string[] }): Promise<ExtensionFirefox> {
  if (!existsSync(FIREFOX_PATH)) throw new Error(MISSING_FIREFOX_HELP);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'rolelens-firefox-'));
  // Every other host (the saved pages' CDNs) is refused at once through a dead proxy, instead of
  // waiting on a network the machine does not have (Chromium's `MAP * ~NOTFOUND`).
  const direct = JSON.stringify(options.hosts);
  const pac = `function FindProxyForURL(url, host) { return ${direct}.indexOf(host) >= 0 ? 'DIRECT' : 'PROXY 127.0.0.1:9'; }`;
  const prefs: Record<string, string | number | boolean> = {
    'network.dns.localDomains': options.hosts.join(','),
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:application/x-ns-proxy-autoconfig,${encodeURIComponent(pac)}`,
    // No DNS over HTTPS, updates, telemetry or first-run pages: the machine has no network.
    'network.trr.mode': 5,
    'app.update.disabledForTesting': true,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'extensions.update.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId()]: EXTENSION_UUID }),
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});\n`).join(''));
  // System access lets the test open the extension's pages from the browser window: BiDi refuses
  // to navigate a tab to moz-extension: itself.
  const firefox = spawn(FIREFOX_PATH, ['--headless', '--no-remote', '--remote-debugging-port=0', '-remote-allow-system-access', '--profile', profile], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const stop = async (): Promise<void> => {
    if (firefox.exitCode === null) {
      const exited = new Promise((resolve) => firefox.once('exit', resolve));
      firefox.kill();
      await exited;
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const endpoint = await bidiEndpoint(firefox);
    // The fixture server's certificate is self-signed (test/support/tls).
    const session = await BidiSession.start(endpoint, { acceptInsecureCerts: true });
    await session.send('webExtension.install', { extensionData: { type: 'path', path: FIREFOX_EXTENSION_DIR } });
    const logs = new Map<string, string[]>();
    session.on('log.entryAdded', (entry) => {
      const { level, text, source } = entry as { level: string; text: string | null; source: { context?: string } };
      if ((level === 'error' || level === 'warn') && source.context) (logs.get(source.context) ?? logs.set(source.context, []).get(source.context)!).push(`${level}: ${text}`);
    });
    await session.send('session.subscribe', { events: ['log.entryAdded'] });
    const browserWindow = async (): Promise<string> =>
      (await session.send<{ contexts: { context: string }[] }>('browsingContext.getTree', { maxDepth: 0, 'moz:scope': 'chrome' })).contexts[0]!.context;
    /** Runs `expression` in the browser window itself (privileged: `-remote-allow-system-access`). */
    const inBrowserWindow = async (expression: string): Promise<string | undefined> => {
      const reply = await session.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
        expression,
        target: { context: await browserWindow() },
        awaitPromise: true,
      });
      if (reply.type !== 'success') throw new Error(`In the browser window: ${reply.exceptionDetails?.text ?? 'an exception'}`);
      return reply.result?.value;
    };
    /** The first host's shadow root, open or closed, as a BiDi shared reference. */
    const shadowRootOf = async (context: string, hostSelector: string): Promise<{ sharedId: string; mode: string } | null> => {
      const reply = await session.send<{
        type: string;
        result?: { type: string; value?: { shadowRoot?: { sharedId?: string; value?: { mode?: string } } | null } };
      }>('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(hostSelector)})`,
        target: { context },
        awaitPromise: false,
        serializationOptions: { maxDomDepth: 1, includeShadowTree: 'all' },
      });
      const root = reply.result?.type === 'node' ? reply.result.value?.shadowRoot : null;
      return root?.sharedId ? { sharedId: root.sharedId, mode: root.value?.mode ?? '' } : null;
    };
    const tab = (context: string): FirefoxTab => ({
      async evaluate<T>(expression: string) {
        const reply = await session.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
          expression: `Promise.resolve(${expression}).then((value) => JSON.stringify(value))`,
          target: { context },
          awaitPromise: true,
        });
        if (reply.type !== 'success') throw new Error(`In the page: ${reply.exceptionDetails?.text ?? 'an exception'}`);
        return JSON.parse(reply.result?.value ?? 'null') as T;
      },
      inShadowRoot<T>(hostSelector: string, fn: string, arg: unknown = null) {
        return shadowRootOf(context, hostSelector).then(async (found) => {
          if (!found) return null;
          const reply = await session.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.callFunction', {
            functionDeclaration: `function (json) { return Promise.resolve((${fn}).call(this, JSON.parse(json))).then((value) => JSON.stringify(value)); }`,
            this: { sharedId: found.sharedId },
            arguments: [{ type: 'string', value: JSON.stringify(arg) }],
            target: { context },
            awaitPromise: true,
          });
          if (reply.type !== 'success') throw new Error(`In the shadow root: ${reply.exceptionDetails?.text ?? 'an exception'}`);
          return JSON.parse(reply.result?.value ?? 'null') as T;
        });
      },
      async shadowMode(hostSelector: string) {
        return (await shadowRootOf(context, hostSelector))?.mode ?? null;
      },
      async clickInShadowRoot(hostSelector: string, selector: string) {
        const box = await this.inShadowRoot<{ x: number; y: number } | null>(
          hostSelector,
          `function (selector) {
            const element = this.querySelector(selector);
            if (!element) return null;
            element.scrollIntoView({ block: 'center' });
            const rect = element.getBoundingClientRect();
            return rect.width > 0 && rect.height > 0 ? { x: Math.round(rect.left + rect.width / 2), y: Math.round(rect.top + rect.height / 2) } : null;
          }`,
          selector,
        );
        if (!box) throw new Error(`Nothing to click at ${hostSelector} ${selector}`);
        await session.send('input.performActions', {
          context,
          actions: [
            {
              type: 'pointer',
              id: 'mouse',
              parameters: { pointerType: 'mouse' },
              actions: [
                { type: 'pointerMove', x: box.x, y: box.y },
                { type: 'pointerDown', button: 0 },
                { type: 'pointerUp', button: 0 },
              ],
            },
          ],
        });
      },
      async press(keys: readonly string[]) {
        await session.send('input.performActions', {
          context,
          actions: [{ type: 'key', id: 'keyboard', actions: keys.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }],
        });
      },
      async setFiles(selector: string, paths: readonly string[]) {
        const reply = await session.send<{ result?: { type: string; sharedId?: string } }>('script.evaluate', {
          expression: `document.querySelector(${JSON.stringify(selector)})`,
          target: { context },
          awaitPromise: false,
        });
        if (reply.result?.type !== 'node' || !reply.result.sharedId) throw new Error(`No ${selector} to put files in`);
        await session.send('input.setFiles', { context, element: { sharedId: reply.result.sharedId }, files: [...paths] });
      },
      logged: () => [...(logs.get(context) ?? [])],
      close: async () => {
        await session.send('browsingContext.close', { context });
      },
    });
    return {
      async open(url) {
        const { context } = await session.send<{ context: string }>('browsingContext.create', { type: 'tab' });
        try {
          await session.send('browsingContext.navigate', { context, url, wait: 'complete' });
        } catch (error) {
          // Firefox's remote agent gives up on a navigation when a frame in it shows an error page
          // ("Address rejected"): the saved Indeed search pages' tag-manager iframes, refused by the
          // dead proxy, now and then before the page itself has loaded. The page is loaded if the
          // tab shows it, not an error page, once its document is complete.
          if (!(await loadedAnyway(tab(context), url))) throw error;
        }
        return tab(context);
      },
      async openExtensionPage(path) {
        const url = `moz-extension://${EXTENSION_UUID}/${path}`;
        const tabs = async () => (await session.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 })).contexts;
        const before = new Set((await tabs()).map((context) => context.context));
        await inBrowserWindow(`gBrowser.addTab(${JSON.stringify(url)}, { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() }) && true`);
        const deadline = Date.now() + 10_000;
        for (;;) {
          const opened = (await tabs()).find((context) => !before.has(context.context) && context.url === url);
          if (opened) {
            const page = tab(opened.context);
            if ((await page.evaluate<string>('document.readyState')) === 'complete') return page;
          }
          if (Date.now() > deadline) throw new Error(`${url} did not load in Firefox`);
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      },
      async extensionErrors() {
        const origin = JSON.stringify(`moz-extension://${EXTENSION_UUID}/`);
        const messages = await inBrowserWindow(`JSON.stringify(Services.console.getMessageArray()
          .filter((message) => message instanceof Ci.nsIScriptError && message.sourceName.startsWith(${origin}))
          .map((error) => (error.flags & Ci.nsIScriptError.warningFlag ? 'warning: ' : 'error: ') + error.errorMessage))`);
        return JSON.parse(messages ?? '[]') as string[];
      },
      async clickToolbarButton() {
        await inBrowserWindow(`(async () => {
          const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
          const extension = WebExtensionPolicy.getByID(${JSON.stringify(geckoId())}).extension;
          await ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);
        })()`);
      },
      async close() {
        await session.send('session.end', {}).catch(() => undefined);
        session.close();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  return manifest.browser_specific_settings.gecko.id;
}

/** Firefox prints its BiDi endpoint on stderr once it listens. */
function bidiEndpoint(firefox: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi in 30 s:\n${seen}`)), 30_000);
    firefox.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(seen);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    firefox.once('exit', (code) => reject(new Error(`Firefox exited (${code}) before WebDriver BiDi started:\n${seen}`)));
  });
}

/** The tab holds `url`'s own document, fully loaded, within a few seconds. */
async function loadedAnyway(page: FirefoxTab, url: string): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const state = await page
      .evaluate<{ href: string; documentURI: string; readyState: string }>('({ href: location.href, documentURI: document.documentURI, readyState: document.readyState })')
      .catch(() => null);
    if (state && state.documentURI.startsWith('about:')) return false;
    if (state?.href === url && state.readyState === 'complete') return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}
