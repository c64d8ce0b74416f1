/**
 * The browsers the benchmark compares: Debian's Chromium with the built RoleLens, with another
 * unpacked extension (`--peer`), and with none. Same flags, same viewport, same fixture server;
 * only the extension differs. All stay open for the whole run and take turns (run.ts), so slow
 * drift of the machine falls on each alike.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, EXTENSION_DIR, MISSING_CHROMIUM_HELP } from '../../test/support/launch-chromium';
import { PAGE_SCRIPT } from './page-script';

export interface BrowserConfig {
  /** Column name in the tables: "RoleLens", "none", "peer:<dir name>". */
  name: string;
  /** Unpacked extension to load, or null for none. */
  extensionDir: string | null;
}

export interface BenchBrowser {
  config: BrowserConfig;
  context: BrowserContext;
  /** CPU time (ms) of the browser and every process under it (renderers, GPU, network, the extension's). */
  cpuMs(): number;
  close(): Promise<void>;
}

export const ROLELENS: BrowserConfig = { name: 'RoleLens', extensionDir: EXTENSION_DIR };
export const NO_EXTENSION: BrowserConfig = { name: 'none', extensionDir: null };

export function peerConfig(dir: string): BrowserConfig {
  return { name: `peer:${basename(dir)}`, extensionDir: dir };
}

/** The flags tools/demo.ts and the e2e tests use (test/support/launch-chromium.ts), minus the extension. */
function chromiumArgs(hostResolverRules: string): string[] {
  return [
    '--no-sandbox',
    `--host-resolver-rules=${hostResolverRules}`,
    '--ignore-certificate-errors',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
  ];
}

export async function launchBenchBrowser(config: BrowserConfig, hostResolverRules: string): Promise<BenchBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(MISSING_CHROMIUM_HELP);
  const extensionDir = config.extensionDir;
  if (extensionDir !== null && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No unpacked extension in ${extensionDir}${extensionDir === EXTENSION_DIR ? ': run `npm run build` first.' : '.'}`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'rolelens-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      ...chromiumArgs(hostResolverRules),
      ...(extensionDir === null ? [] : [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`]),
    ],
  });
  if (extensionDir !== null && hasServiceWorker(extensionDir)) {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  }
  await context.addInitScript(PAGE_SCRIPT);
  const rootPid = findBrowserPid(userDataDir);
  return {
    config,
    context,
    cpuMs: () => (rootPid === null ? Number.NaN : processTreeCpuMs(rootPid)),
    close: async () => {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

function hasServiceWorker(extensionDir: string): boolean {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as { background?: { service_worker?: string } };
  return typeof manifest.background?.service_worker === 'string';
}

// Linux /proc accounting: the browser's own measure of itself (CDP) stops at the page's renderer,
// and a service worker or the browser process may do the extension's work elsewhere.

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ: 100 on every Linux we run on). */
const TICKS_PER_SECOND = 100;

interface ProcStat {
  pid: number;
  ppid: number;
  /** utime + stime + cutime + cstime, in ticks: children that exited are counted by whoever reaped them. */
  ticks: number;
}

function readStats(): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name (field 2) is in parentheses and may hold spaces: split after it.
      const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
      const number = (index: number) => Number(fields[index - 3]);
      stats.push({ pid: Number(entry), ppid: number(4), ticks: number(14) + number(15) + number(16) + number(17) });
    } catch {
      // The process ended while we looked.
    }
  }
  return stats;
}

/** The Chromium that Playwright started for this user-data dir: our child whose command line names it. */
function findBrowserPid(userDataDir: string): number | null {
  if (!existsSync('/proc/self/stat')) return null;
  for (const stat of readStats()) {
    if (stat.ppid !== process.pid) continue;
    try {
      if (readFileSync(`/proc/${stat.pid}/cmdline`, 'utf8').includes(userDataDir)) return stat.pid;
    } catch {
      // Gone.
    }
  }
  return null;
}

function processTreeCpuMs(rootPid: number): number {
  const stats = readStats();
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat]);
  let ticks = 0;
  const root = stats.find((stat) => stat.pid === rootPid);
  const queue = root ? [root] : [];
  for (let next = queue.shift(); next; next = queue.shift()) {
    ticks += next.ticks;
    queue.push(...(children.get(next.pid) ?? []));
  }
  return (ticks * 1000) / TICKS_PER_SECOND;
}
