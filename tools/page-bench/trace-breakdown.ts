/**
 * Where the main-thread time a page load costs goes, native work included: the bench's CPU table
 * says how much RoleLens adds, a V8 profile says which of our functions, and this says the rest
 * (compiling the bundle, style, layout, paint, the isolated world's creation). One saved page in
 * Chromium with the built extension and without, taking turns, each load traced (CDP `Tracing`,
 * the DevTools timeline categories); per load, the renderer main thread's trace events are summed by
 * name as *self* thread time (an event's thread time minus its children's), then the median over
 * loads per browser, largest difference first.
 *
 *   npx tsx tools/page-bench/trace-breakdown.ts greenhouse [loads=7] [window ms=1500]   (after npm run build)
 *   npx tsx tools/page-bench/trace-breakdown.ts greenhouse 9 1200 --against DIR   (this build against another unpacked one)
 */
import type { Page } from 'playwright-core';
import { FIXTURE_PAGES } from '../../test/support/fixture-pages';
import { startFixtureServer } from '../../test/support/fixture-server';
import { resolve } from 'node:path';
import { NO_EXTENSION, ROLELENS, launchBenchBrowser, peerConfig } from './browsers';
import { BENCH_GLOBAL } from './page-script';
import { median } from './stats';
import { NAVIGATION_CATEGORY, pageThread, traceLoad, type TraceEvent } from './trace-load';

const args = process.argv.slice(2);
const againstAt = args.indexOf('--against');
// Another build in place of no extension: what one change to RoleLens costs, event by event.
const against = againstAt >= 0 ? peerConfig(resolve(args.splice(againstAt, 2)[1] ?? '')) : NO_EXTENSION;
const [filter = 'viewjob-au', loadsArg = '7', windowArg = '1500'] = args;
const loads = Number(loadsArg);
const windowMs = Number(windowArg);
/** The same window for both browsers: the load event, then until `windowMs` after navigation start. */
const settle = (page: Page) => page.evaluate(`window.${BENCH_GLOBAL}.waitUntil(${windowMs})`);
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'toplevel', NAVIGATION_CATEGORY];

/** Scripts are told apart by their file: "v8.compile content.js" is RoleLens's bundle. */
function eventName(event: TraceEvent): string {
  const url = event.args?.data?.url ?? event.args?.fileName ?? '';
  if (!url || !/^(v8\.compile|v8\.run|EvaluateScript|FunctionCall)/.test(event.name)) return event.name;
  const file = url.startsWith('chrome-extension://') ? `extension:${url.replace(/^.*\//, '')}` : url.replace(/^.*\//, '').slice(0, 40);
  return `${event.name} ${file}`;
}

function selfTimes(events: readonly TraceEvent[]): Map<string, number> {
  const main = pageThread(events)?.main ?? [];
  const complete = main
    .filter((event) => event.ph === 'X' && event.tdur !== undefined && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  const self = new Map<TraceEvent, number>();
  const open: TraceEvent[] = [];
  let total = 0;
  for (const event of complete) {
    while (open.length > 0 && open.at(-1)!.ts + open.at(-1)!.dur! <= event.ts) open.pop();
    const parent = open.at(-1);
    if (parent) self.set(parent, self.get(parent)! - event.tdur!);
    else total += event.tdur!;
    self.set(event, event.tdur!);
    open.push(event);
  }
  const byName = new Map<string, number>([['(all top-level events)', total / 1000]]);
  for (const [event, micros] of self) byName.set(eventName(event), (byName.get(eventName(event)) ?? 0) + micros / 1000);
  return byName;
}

const fixture = FIXTURE_PAGES.find((page) => page.file.includes(filter));
if (!fixture) throw new Error(`no saved page matches ${filter}`);
const server = await startFixtureServer();
const browsers = [await launchBenchBrowser(ROLELENS, server.hostResolverRules), await launchBenchBrowser(against, server.hostResolverRules)];
try {
  const url = server.urlOf(fixture);
  for (const browser of browsers) await traceLoad(browser.context, url, CATEGORIES, settle); // warm-up, not kept
  const samples = browsers.map(() => new Map<string, number[]>());
  for (let load = 0; load < loads; load++) {
    for (const index of load % 2 === 0 ? [0, 1] : [1, 0]) {
      for (const [name, ms] of selfTimes(await traceLoad(browsers[index]!.context, url, CATEGORIES, settle))) samples[index]!.set(name, [...(samples[index]!.get(name) ?? []), ms]);
    }
  }
  // A name missing from a load took 0 ms there.
  const medianOf = (values: number[] | undefined) => median([...(values ?? []), ...Array<number>(loads - (values?.length ?? 0)).fill(0)]) ?? 0;
  const names = new Set([...samples[0]!.keys(), ...samples[1]!.keys()]);
  const rows = [...names]
    .map((name) => ({ name, withIt: medianOf(samples[0]!.get(name)), without: medianOf(samples[1]!.get(name)) }))
    .filter((row) => Math.abs(row.withIt - row.without) >= 0.3 || row.name.startsWith('('))
    .sort((a, b) => (a.name.startsWith('(') ? -1 : b.name.startsWith('(') ? 1 : b.withIt - b.without - (a.withIt - a.without)));
  console.log(`${fixture.file}: renderer main thread, self thread time by trace event (ms, median of ${loads} loads per browser, window ${windowMs} ms)`);
  const other = against.name.slice(0, 8);
  console.log(`${'event'.padEnd(58)} RoleLens ${other.padStart(8)}    added`);
  for (const row of rows) console.log(`${row.name.slice(0, 58).padEnd(58)} ${row.withIt.toFixed(1).padStart(8)} ${row.without.toFixed(1).padStart(8)} ${(row.withIt - row.without >= 0 ? '+' : '') + (row.withIt - row.without).toFixed(1).padStart(7)}`);
} finally {
  for (const browser of browsers) await browser.close();
  await server.close();
}
