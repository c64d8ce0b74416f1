/**
 * One sample of each measure, in one browser: a page load (CPU, long tasks, first panel), cards
 * appended to it, the add/remove memory cycles, the big list. Each opens a fresh tab, so every
 * page load starts in a new document with the CDP Performance domain enabled before it.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { BenchBrowser } from './browsers';
import { BENCH_GLOBAL, STALL_HASH, type PageSnapshot, type SettleResult, type StallReading } from './page-script';
import { summarizeLongTasks, type LongTaskSummary } from './stats';

/** The longest any one settle may take (the big list with RoleLens takes ~10 s a round here). */
const SETTLE_CAP_MS = 120_000;

export type Metrics = Record<string, number>;

export async function getMetrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(metrics.map((metric) => [metric.name, metric.value]));
}

/** Main-thread CPU between two Performance.getMetrics, in ms (ThreadTime: CPU time of the renderer's main thread). */
export interface CpuDelta {
  threadMs: number;
  taskMs: number;
  scriptMs: number;
  /** CPU of every process of the browser (/proc), ms; 10 ms ticks. */
  browserMs: number;
}

function cpuDelta(before: Metrics, after: Metrics, browserBefore: number, browserAfter: number): CpuDelta {
  const ms = (name: string) => ((after[name] ?? Number.NaN) - (before[name] ?? Number.NaN)) * 1000;
  return { threadMs: ms('ThreadTime'), taskMs: ms('TaskDuration'), scriptMs: ms('ScriptDuration'), browserMs: browserAfter - browserBefore };
}

const call = <T>(page: Page, expression: string) => page.evaluate(`window.${BENCH_GLOBAL}.${expression}`) as Promise<T>;

/**
 * Windows, in ms, that every browser waits for the same page: fitted once with the extension
 * (the warm-up), then fixed, so with and without are measured over the same stretch of time.
 */
export interface PageWindows {
  /** After navigation start (performance.timeOrigin). */
  load: number;
  /** After each append step started. */
  appends: number[];
}

export interface AppendSample extends CpuDelta {
  cards: number;
  windowMs: number;
  badges: number;
  lastChangeAfter: number | null;
}

export interface LoadSample extends CpuDelta {
  windowMs: number;
  /** When the window really ended (≥ windowMs: the load event can come later). */
  endedAt: number;
  snapshot: PageSnapshot;
  appends: AppendSample[];
}

/**
 * Loads `url` in a fresh tab and measures until `windows.load` ms after navigation start (or, with
 * `windows` null, until RoleLens's hosts have been quiet for `quietMs` after the load event: the
 * warm-up that fits the windows). Then, on a card page, appends cards step by step.
 */
export async function sampleLoad(
  browser: BenchBrowser,
  url: string,
  options: { windows: PageWindows | null; quietMs: number; cardSelector: string | null; appendSteps: readonly number[] },
): Promise<LoadSample> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const before = await getMetrics(cdp);
    const browserBefore = browser.cpuMs();
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    let windowMs: number;
    let endedAt: number;
    if (options.windows) {
      windowMs = options.windows.load;
      endedAt = await call<number>(page, `waitUntil(${windowMs})`);
    } else {
      const loaded = await call<PageSnapshot>(page, 'snapshot()');
      const settled = await call<SettleResult>(page, `settle(${loaded.loadEventEnd ?? loaded.now}, ${options.quietMs}, ${SETTLE_CAP_MS})`);
      windowMs = settled.at;
      endedAt = settled.at;
    }
    const after = await getMetrics(cdp);
    const browserAfter = browser.cpuMs();
    const snapshot = await call<PageSnapshot>(page, 'snapshot()');
    const appends: AppendSample[] = [];
    if (options.cardSelector !== null && (await call<number>(page, `prepareCards(${JSON.stringify(options.cardSelector)})`)) > 0) {
      for (const [index, cards] of options.appendSteps.entries()) {
        appends.push(await sampleAppend(page, cdp, browser, cards, options.windows?.appends[index] ?? null, options.quietMs));
      }
    }
    return { ...cpuDelta(before, after, browserBefore, browserAfter), windowMs, endedAt, snapshot, appends };
  } finally {
    await page.close();
  }
}

async function sampleAppend(
  page: Page,
  cdp: CDPSession,
  browser: BenchBrowser,
  cards: number,
  windowMs: number | null,
  quietMs: number,
): Promise<AppendSample> {
  const before = await getMetrics(cdp);
  const browserBefore = browser.cpuMs();
  const start = await page.evaluate(`(() => { const start = performance.now(); window.${BENCH_GLOBAL}.appendCards(${cards}); return start; })()`) as number;
  let window: number;
  if (windowMs === null) {
    const settled = await call<SettleResult>(page, `settle(${start}, ${quietMs}, ${SETTLE_CAP_MS})`);
    window = settled.at - start;
  } else {
    window = windowMs;
    await call<number>(page, `waitUntil(${start + windowMs})`);
  }
  const after = await getMetrics(cdp);
  const browserAfter = browser.cpuMs();
  const snapshot = await call<PageSnapshot>(page, 'snapshot()');
  return {
    ...cpuDelta(before, after, browserBefore, browserAfter),
    cards,
    windowMs: window,
    badges: snapshot.badges,
    lastChangeAfter: snapshot.lastChangeAt > start ? snapshot.lastChangeAt - start : null,
  };
}

/** Memory after a forced garbage collection. Memory.getDOMCounters counts the whole renderer process, the extension's isolated world included. */
export interface MemoryReading {
  /** Runtime.getHeapUsage usedSize: the page's V8 isolate, content scripts' worlds included. */
  heapBytes: number;
  /** Performance.getMetrics JSHeapUsedSize (the same isolate, another route). */
  jsHeapUsedBytes: number;
  nodes: number;
  jsEventListeners: number;
  documents: number;
  /** Host elements in the document (counted from the page). */
  hosts: number;
  /** How long the two forced collections took (CDP round trips included). */
  gcMs: number;
}

async function readMemory(page: Page, cdp: CDPSession): Promise<MemoryReading> {
  // Twice: the first pass can leave objects that only a weak callback frees.
  const gcStart = performance.now();
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const gcMs = performance.now() - gcStart;
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const metrics = await getMetrics(cdp);
  const snapshot = await call<PageSnapshot>(page, 'snapshot()');
  return {
    heapBytes: heap.usedSize,
    jsHeapUsedBytes: metrics.JSHeapUsedSize ?? Number.NaN,
    nodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    documents: counters.documents,
    hosts: snapshot.panels + snapshot.badges,
    gcMs,
  };
}

export interface MemorySample {
  /** After the page settled, before any cycle. */
  baseline: MemoryReading;
  /** After each add-then-remove cycle. */
  cycles: MemoryReading[];
  /** Badges present when each cycle's cards were all in (before removal). */
  badgesAtPeak: number[];
}

/** Adds `cards` cards and removes them, `cycles` times, reading memory after a forced GC each time. */
export async function sampleMemory(
  browser: BenchBrowser,
  url: string,
  options: { cardSelector: string; cards: number; cycles: number; quietMs: number },
): Promise<MemorySample> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await settleAfterLoad(page, options.quietMs);
    await call<number>(page, `prepareCards(${JSON.stringify(options.cardSelector)})`);
    const baseline = await readMemory(page, cdp);
    const cycles: MemoryReading[] = [];
    const badgesAtPeak: number[] = [];
    for (let cycle = 0; cycle < options.cycles; cycle++) {
      const added = await call<number>(page, `appendCards(${options.cards})`);
      await call<SettleResult>(page, `settle(${added}, ${options.quietMs}, ${SETTLE_CAP_MS})`);
      badgesAtPeak.push((await call<PageSnapshot>(page, 'snapshot()')).badges);
      const removed = await call<number>(page, 'removeAppended()');
      await call<SettleResult>(page, `settle(${removed}, ${options.quietMs}, ${SETTLE_CAP_MS})`);
      cycles.push(await readMemory(page, cdp));
    }
    return { baseline, cycles, badgesAtPeak };
  } finally {
    await page.close();
  }
}

export interface BigListRound {
  /** From changing the list until the last rolelens-* host came or went. */
  busyMs: number;
  /** From changing the list until the drain after settling ended: the whole round, blocks included. */
  roundMs: number;
  /** The page's 20 ms timer over the whole round. */
  stall: StallReading | null;
  /** Long tasks the page's PerformanceObserver reported in the round. */
  longTasks: LongTaskSummary;
  badges: number;
  /** After a forced GC: read after replacement 1 and the last only (a forced GC of the big list is slow). */
  memory: MemoryReading | null;
}

export interface BigListSample {
  /** Round 0 builds the list; rounds 1… replace it whole. */
  rounds: BigListRound[];
}

/**
 * A list of `cards` cards, then replaced whole `replacements` times, or fewer once `budgetMs` is
 * spent (0: no budget); the page's own timer measures the stalls. After the hosts settle each round waits `drainMs` more on a page timer: the main
 * thread can stay blocked well after the last host came (a collection of what the round left
 * behind), and that timer only fires once it is free.
 */
export async function sampleBigList(
  browser: BenchBrowser,
  url: string,
  options: { cardSelector: string; cards: number; replacements: number; quietMs: number; drainMs: number; budgetMs: number },
): Promise<BigListSample> {
  const began = Date.now();
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url + STALL_HASH, { waitUntil: 'load', timeout: 60_000 });
    await settleAfterLoad(page, options.quietMs);
    await call<number>(page, `prepareCards(${JSON.stringify(options.cardSelector)})`);
    const rounds: BigListRound[] = [];
    for (let round = 0; round <= options.replacements; round++) {
      const start = (await page.evaluate(
        `(() => { const bench = window.${BENCH_GLOBAL}; bench.resetStall(); const start = performance.now(); bench.replaceList(${options.cards}); return start; })()`,
      )) as number;
      const settled = await call<SettleResult>(page, `settle(${start}, ${options.quietMs}, ${SETTLE_CAP_MS})`);
      const drained = await call<number>(page, `sleep(${options.drainMs})`);
      const stall = await call<StallReading | null>(page, 'stall()');
      const snapshot = await call<PageSnapshot>(page, 'snapshot()');
      // Past the budget, this round is the last: the memory after it is the "last" reading.
      const last = round === options.replacements || (round >= 1 && options.budgetMs > 0 && Date.now() - began >= options.budgetMs);
      const readNow = round === 1 || last;
      rounds.push({
        busyMs: settled.lastChangeAt > start ? settled.lastChangeAt - start : 0,
        roundMs: drained - start,
        stall,
        longTasks: summarizeLongTasks(snapshot.longTasks, start, drained),
        badges: snapshot.badges,
        memory: readNow ? await readMemory(page, cdp) : null,
      });
      if (last) break;
    }
    return { rounds };
  } finally {
    await page.close();
  }
}

async function settleAfterLoad(page: Page, quietMs: number): Promise<void> {
  const loaded = await call<PageSnapshot>(page, 'snapshot()');
  await call<SettleResult>(page, `settle(${loaded.loadEventEnd ?? loaded.now}, ${quietMs}, ${SETTLE_CAP_MS})`);
}

/** A V8 CPU profile (CDP Profiler.Profile) of one page load, until `windowMs` after navigation start. */
export async function profileLoad(browser: BenchBrowser, url: string, windowMs: number): Promise<unknown> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await call<number>(page, `waitUntil(${windowMs})`);
    const { profile } = await cdp.send('Profiler.stop');
    return profile;
  } finally {
    await page.close();
  }
}
