import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BidiSession } from './webdriver-bidi';
import { repoRoot } from './shared-dir';

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const FIREFOX_EXTENSION_DIR = join(repoRoot, '.output', 'firefox-mv3');

export const MISSING_FIREFOX_HELP = `Firefox was not found at ${FIREFOX_PATH}.
Install Debian's Firefox ESR:   sudo apt-get update && sudo apt-get install -y firefox-esr
(or point FIREFOX_PATH at another Firefox binary).`;

export interface FirefoxTab {
  /** Runs `expression` in the page and returns its value, which must be JSON. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface ExtensionFirefox {
  /** A new tab, navigated to `url` and loaded. */
  open(url: string): Promise<FirefoxTab>;
  close(): Promise<void>;
}

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
  };
  writeFileSync(join(profile, 'user.js'), Object.entries(prefs).map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});\n`).join(''));
  const firefox = spawn(FIREFOX_PATH, ['--headless', '--no-remote', '--remote-debugging-port=0', '--profile', profile], { stdio: ['ignore', 'ignore', 'pipe'] });
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
    return {
      async open(url) {
        const { context } = await session.send<{ context: string }>('browsingContext.create', { type: 'tab' });
        await session.send('browsingContext.navigate', { context, url, wait: 'complete' });
        return {
          async evaluate<T>(expression: string) {
            const reply = await session.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>('script.evaluate', {
              expression: `JSON.stringify(${expression})`,
              target: { context },
              awaitPromise: true,
            });
            if (reply.type !== 'success') throw new Error(`In the page: ${reply.exceptionDetails?.text ?? 'an exception'}`);
            return JSON.parse(reply.result?.value ?? 'null') as T;
          },
          close: async () => {
            await session.send('browsingContext.close', { context });
          },
        };
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
