import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { REPO_ROOT } from '../../tools/paths';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = join(REPO_ROOT, '.output', 'chrome-mv3');

export const MISSING_CHROMIUM_HELP = `Chromium was not found at ${CHROMIUM_PATH}.
Install Debian's Chromium:   sudo apt-get update && sudo apt-get install -y chromium
(or point CHROMIUM_PATH at another Chromium / Chrome binary). Playwright's own browser download is not used.`;

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded, through playwright-core (no browser download).
 * Headless unless `headed` is set and a display exists. The background-networking flags keep
 * Chromium from calling out on a machine with no network.
 */
export async function launchChromiumWithExtension(options: {
  hostResolverRules: string;
  headed?: boolean;
  /** Another copy of the built extension (extensionGrantedHost). */
  extensionDir?: string;
}): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(CHROMIUM_PATH)) throw new Error(MISSING_CHROMIUM_HELP);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'rolelens-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: !options.headed,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${options.hostResolverRules}`,
      // The fixture server's self-signed certificate (test/support/tls).
      '--ignore-certificate-errors',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  const worker: Worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the built extension whose manifest also grants `host` (or each of several). It stands
 * in for the activeTab grant Chrome gives when the user clicks the toolbar button, which no
 * automation can trigger (microsoft/playwright#36087): with it the popup's "Read this page" can
 * inject the content script into a page off the boards, as it does for a user. Everything else is
 * the build, byte for byte.
 */
export function extensionGrantedHost(host: string | readonly string[]): { dir: string; remove(): void } {
  const hosts = typeof host === 'string' ? [host] : host;
  const dir = mkdtempSync(join(tmpdir(), 'rolelens-extension-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...hosts.map((each) => `*://${each}/*`)];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
