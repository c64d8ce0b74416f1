/**
 * `npm run bench:browser`: the built extension in Debian's Chromium on every saved page, against
 * the same Chromium with no extension (and, with --peer, other extensions), reporting medians
 * and what the extension adds. Only what a page can see is used: the rolelens-* host elements,
 * the browser's own metrics (CDP Performance, Memory, Runtime, HeapProfiler, Profiler) and /proc.
 *
 * Interleaving: one browser per configuration, all launched once and kept open; every sample is a
 * fresh tab, and the browsers take turns page by page, the order rotating with each page and
 * repetition (ABBA…), so drift of this 2-core machine (heat, other work) falls on each alike and
 * no browser always goes first. Two browsers side by side rather than one toggled: the baseline
 * must have no extension at all (no service worker, no extension process), and relaunching per
 * sample would measure cold starts. Only one tab works at a time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { FIXTURE_PAGES, type FixturePage } from '../../test/support/fixture-pages';
import { startFixtureServer } from '../../test/support/fixture-server';
import { REPO_ROOT } from '../paths';
import { NO_EXTENSION, ROLELENS, launchBenchBrowser, peerConfig, type BenchBrowser, type BrowserConfig } from './browsers';
import { APPEND_STEPS, CARD_SELECTORS, LIST_PAGE } from './card-pages';
import { summarizeProfile, type CpuProfile, type ProfileSummary } from './cpu-profile';
import { profileLoad, sampleBigList, sampleLoad, sampleMemory, type LoadSample, type PageWindows } from './measures';
import { parseOptions, pageSelected, type BenchOptions } from './options';
import {
  appendTable,
  bigListTable,
  cpuTable,
  firstPanelTable,
  longTaskTable,
  memoryTable,
  profileTable,
  type BigListRecord,
  type BrowserNames,
  type LoadRecord,
  type MemoryRecord,
  type Table,
} from './report';
import { formatTable } from './table';

const MEMORY_CYCLES = 4;
const MEMORY_CARDS = 500;
const BIG_LIST_REPLACEMENTS = 5;

const startedAt = Date.now();
const progress = (message: string) => process.stderr.write(`[${((Date.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);

/** Rounds a fitted window up to the next 100 ms, plus 100 ms for the spread between loads. */
const roundWindow = (ms: number) => Math.ceil(ms / 100) * 100 + 100;

/** The browsers in turn, starting at `offset`: each page and repetition starts with the next one. */
function rotate<T>(items: readonly T[], offset: number): T[] {
  return items.map((_, index) => items[(index + offset) % items.length] as T);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const pages = FIXTURE_PAGES.filter((page) => pageSelected(page.file, options.pages));
  if (pages.length === 0) throw new Error(`no saved page matches --pages ${options.pages.join(',')}`);
  const configs: BrowserConfig[] = [ROLELENS, ...options.peerDirs.map((dir) => peerConfig(resolve(dir))), NO_EXTENSION];
  const configNames = configs.map((config) => config.name);
  if (new Set(configNames).size !== configNames.length) throw new Error(`two --peer directories share a name: ${configNames.join(', ')}`);
  const names: BrowserNames = { extensions: configs.filter((config) => config.extensionDir !== null).map((config) => config.name), baseline: NO_EXTENSION.name };

  const loadBefore = loadavg()[0] ?? 0;
  const server = await startFixtureServer();
  const browsers: BenchBrowser[] = [];
  try {
    for (const config of configs) browsers.push(await launchBenchBrowser(config, server.hostResolverRules));
    const version = browsers[0]?.context.browser()?.version() ?? (await chromiumVersion(browsers[0]));
    progress(`Chromium ${version}; ${pages.length} pages × ${configs.length} browsers (${configs.map((config) => config.name).join(', ')}), ${options.reps} reps`);
    if (options.peerDirs.length > 0) await settlePeer(browsers);

    const loadOptions = (page: FixturePage, windows: PageWindows | null) => ({
      windows,
      quietMs: options.quietMs,
      cardSelector: CARD_SELECTORS[page.file] ?? null,
      appendSteps: APPEND_STEPS,
    });

    // Warm-up: a first load in each browser pays for its cold start (the content script's first
    // compile, the disk cache), then one load of each page in every browser, not kept either. The
    // extensions' loads fit the windows every browser then waits for on that page.
    for (const browser of browsers) await sampleLoad(browser, server.urlOf(pages[0] as FixturePage), loadOptions(pages[0] as FixturePage, null));
    const windows = new Map<string, PageWindows>();
    for (const page of pages) {
      const fits: LoadSample[] = [];
      for (const browser of browsers) {
        const sample = await sampleLoad(browser, server.urlOf(page), loadOptions(page, null));
        if (browser.config.extensionDir !== null) fits.push(sample);
      }
      windows.set(page.file, {
        load: roundWindow(Math.max(...fits.map((sample) => sample.windowMs))),
        appends: APPEND_STEPS.map((_, index) => roundWindow(Math.max(...fits.map((sample) => sample.appends[index]?.windowMs ?? options.quietMs)))),
      });
    }
    progress(`warm-up done; windows fitted`);

    const loads: LoadRecord[] = [];
    for (let rep = 0; rep < options.reps; rep++) {
      for (const [index, page] of pages.entries()) {
        for (const browser of rotate(browsers, rep + index)) {
          const sample = await sampleLoad(browser, server.urlOf(page), loadOptions(page, windows.get(page.file) ?? null));
          loads.push({ page: page.file, browser: browser.config.name, rep, sample });
        }
      }
      progress(`page loads: rep ${rep + 1}/${options.reps}`);
    }

    const listPage = pages.find((page) => page.file === LIST_PAGE);
    const listSelector = CARD_SELECTORS[LIST_PAGE] as string;
    const memory: MemoryRecord[] = [];
    const bigList: BigListRecord[] = [];
    if (listPage) {
      for (let rep = 0; rep < options.memoryReps; rep++) {
        for (const browser of rotate(browsers, rep)) {
          const sample = await sampleMemory(browser, server.urlOf(listPage), {
            cardSelector: listSelector,
            cards: MEMORY_CARDS,
            cycles: MEMORY_CYCLES,
            quietMs: options.quietMs,
          });
          memory.push({ browser: browser.config.name, rep, sample });
        }
        progress(`memory cycles: rep ${rep + 1}/${options.memoryReps}`);
      }
      for (let rep = 0; rep < options.bigListReps; rep++) {
        for (const browser of rotate(browsers, rep)) {
          const sample = await sampleBigList(browser, server.urlOf(listPage), {
            cardSelector: listSelector,
            cards: options.bigListCards,
            replacements: BIG_LIST_REPLACEMENTS,
            quietMs: options.quietMs,
            drainMs: 2 * options.quietMs,
            budgetMs: options.bigListBudgetSeconds * 1000,
          });
          bigList.push({ browser: browser.config.name, rep, sample });
          progress(`big list: rep ${rep + 1}/${options.bigListReps}, ${browser.config.name}`);
        }
      }
    } else {
      progress(`memory and big list skipped: --pages leaves out ${LIST_PAGE}`);
    }

    let profile: { page: string; profiles: { browser: string; summary: ProfileSummary }[]; extensionId: string | null } | null = null;
    const profilePage = options.profilePage === null ? undefined : pages.find((page) => page.file.includes(options.profilePage as string));
    if (profilePage) {
      const profiles: { browser: string; summary: ProfileSummary }[] = [];
      let extensionId: string | null = null;
      for (const browser of browsers) {
        const raw = (await profileLoad(browser, server.urlOf(profilePage), windows.get(profilePage.file)?.load ?? 3000)) as CpuProfile;
        const slug = browser.config.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
        const profilePath = resolve(REPO_ROOT, dirname(options.out), `bench-browser-${slug}.cpuprofile`);
        mkdirSync(dirname(profilePath), { recursive: true });
        writeFileSync(profilePath, JSON.stringify(raw));
        profiles.push({ browser: browser.config.name, summary: summarizeProfile(raw) });
        if (browser.config === ROLELENS) extensionId = extensionIdOf(raw);
        progress(`CPU profile of ${profilePage.file} with ${browser.config.name}: ${profilePath}`);
      }
      profile = { page: profilePage.file, profiles, extensionId };
    }

    const files = pages.map((page) => page.file);
    const tables: Table[] = [
      cpuTable(loads, files, names, options.quietMs),
      longTaskTable(loads, files, names),
      firstPanelTable(loads, files, names),
      appendTable(loads, files, names, APPEND_STEPS),
      ...(memory.length > 0 ? [memoryTable(memory, names, MEMORY_CARDS, LIST_PAGE)] : []),
      ...(bigList.length > 0 ? [bigListTable(bigList, names, options.bigListCards, BIG_LIST_REPLACEMENTS, LIST_PAGE)] : []),
      ...(profile ? [profileTable(profile.profiles, profile.page, profile.extensionId)] : []),
    ];
    const meta = {
      date: new Date().toISOString(),
      command: `npm run bench:browser${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
      chromium: version,
      node: process.version,
      cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
      browsers: configs.map((config) => ({ name: config.name, extensionDir: config.extensionDir })),
      options,
      elapsedSeconds: Math.round((Date.now() - startedAt) / 1000),
      // Other work on the machine inflates every wall-clock figure (long tasks, stalls, first panel).
      loadAverage: { before: loadBefore, after: loadavg()[0] ?? 0 },
    };
    printReport(tables, meta, options);
    const out = resolve(REPO_ROOT, options.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(
      out,
      `${JSON.stringify({ meta, windows: Object.fromEntries(windows), tables: tables.map(tableJson), samples: { loads, memory, bigList }, profile }, null, 1)}\n`,
    );
    progress(`raw samples and medians: ${out}`);
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

function printReport(
  tables: readonly Table[],
  meta: { date: string; chromium: string; cpu: string; command: string; elapsedSeconds: number; loadAverage: { before: number; after: number } },
  options: BenchOptions,
): void {
  console.log(`\nRoleLens in the browser: ${meta.command}`);
  console.log(
    `${meta.date.slice(0, 10)}, Chromium ${meta.chromium} headless, ${meta.cpu}; ${options.reps} loads per page and browser, quiet ${options.quietMs} ms; ` +
      `${Math.round(meta.elapsedSeconds / 60)} min, load average ${meta.loadAverage.before.toFixed(1)} → ${meta.loadAverage.after.toFixed(1)}`,
  );
  if (Math.max(meta.loadAverage.before, meta.loadAverage.after) > cpus().length) {
    console.log(`  ! the machine was busy with other work (load average above ${cpus().length} cores): wall-clock figures are inflated`);
  }
  for (const table of tables) {
    console.log(`\n${table.title}\n`);
    console.log(formatTable(table.columns, table.rows));
    for (const note of table.notes) console.log(`  · ${note}`);
  }
}

function tableJson(table: Table) {
  // Keys must be unique, or a row loses a column.
  const headers = table.columns.map((column, index, all) => (all.findIndex((other) => other.header === column.header) === index ? column.header : `${column.header} (${index})`));
  return { title: table.title, rows: table.rows.map((row) => Object.fromEntries(headers.map((header, index) => [header, row[index] ?? null]))), notes: table.notes };
}

function extensionIdOf(profile: CpuProfile): string | null {
  for (const node of profile.nodes) {
    const match = /^chrome-extension:\/\/([a-p]{32})\//.exec(node.callFrame.url);
    if (match) return match[1] ?? null;
  }
  return null;
}

async function chromiumVersion(browser: BenchBrowser | undefined): Promise<string> {
  if (!browser) return 'unknown';
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    const { product } = await cdp.send('Browser.getVersion');
    return product.replace(/^[^/]*\//, '');
  } finally {
    await page.close();
  }
}

/**
 * A peer that registers its content scripts at install (Hide n' Seek does, then opens a release
 * notes tab): give it a moment, and close the tabs it opened.
 */
async function settlePeer(browsers: readonly BenchBrowser[]): Promise<void> {
  await new Promise((done) => setTimeout(done, 2000));
  for (const browser of browsers) {
    const pages = browser.context.pages();
    for (const page of pages.slice(1)) await page.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
