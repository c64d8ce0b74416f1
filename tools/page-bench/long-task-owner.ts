/**
 * Whose work the long tasks (> 50 ms) of a page load are. The bench's long-task observer sees that a
 * task was long, not what ran in it, and a trace names our script only where it is compiled,
 * evaluated or called from the browser, not in the promise continuations where most of our work
 * runs. So each load is traced with V8's sampling profiler and the DevTools invalidation tracking on:
 *   - JavaScript: every sample's stack names its scripts, however the function was reached; a
 *     sample with a frame of RoleLens's content script is ours, one with the page's scripts the page's.
 *   - Style, layout and paint: each change that made the frame's work needed (a node inserted, an
 *     attribute set) is recorded with the script stack that made it; the task's rendering is ours
 *     when every change since the previous frame was ours, the page's when none was.
 * A task is ours when it would be short without our share (its length minus our JavaScript, and
 * minus its rendering if we alone dirtied it, ≤ 50 ms). Loads with no extension take turns, for the
 * page's own long tasks. Tracing and sampling slow the page: lengths here run above the bench's.
 *
 *   npx tsx tools/page-bench/long-task-owner.ts portland [loads=7] [window ms=1500] [extension dir]   (after npm run build)
 */
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_PAGES } from '../../test/support/fixture-pages';
import { startFixtureServer } from '../../test/support/fixture-server';
import { NO_EXTENSION, ROLELENS, launchBenchBrowser, peerConfig } from './browsers';
import { BENCH_GLOBAL } from './page-script';
import { CATEGORIES, longTasksOf, type LongTask } from './long-task-attribution';
import { LONG_TASK_MS } from './stats';
import { traceLoad } from './trace-load';

function describe(task: LongTask): string {
  const dirtied = task.renderingMs > 0 ? `, dirtied by us ${task.dirtiedBy.ours} / page ${task.dirtiedBy.page} / parser ${task.dirtiedBy.browser}` : '';
  return `${task.startMs.toFixed(0)}: ${task.ms.toFixed(0)} ms (JS ours ${task.js.ours.toFixed(0)} / page ${task.js.page.toFixed(0)}; rendering ${task.renderingMs.toFixed(0)}${dirtied})`;
}

async function main(): Promise<void> {
  const [filter = 'portland', loadsArg = '7', windowArg = '1500', extensionDir] = process.argv.slice(2);
  const ours = extensionDir ? peerConfig(resolve(extensionDir)) : ROLELENS;
  const fixture = FIXTURE_PAGES.find((page) => page.file.includes(filter));
  if (!fixture) throw new Error(`no saved page matches ${filter}`);
  const server = await startFixtureServer();
  const browsers = [await launchBenchBrowser(ours, server.hostResolverRules), await launchBenchBrowser(NO_EXTENSION, server.hostResolverRules)];
  const settle = (page: Page) => page.evaluate(`window.${BENCH_GLOBAL}.waitUntil(${Number(windowArg)})`);
  try {
    const url = server.urlOf(fixture);
    for (const browser of browsers) await traceLoad(browser.context, url, CATEGORIES, settle); // warm-up, not kept
    console.log(`${fixture.file}: tasks over ${LONG_TASK_MS} ms on the page's main thread, ms from navigation start (traced and sampled loads)`);
    const tally = { ours: 0, page: 0, none: 0, loads: Number(loadsArg) };
    for (let load = 0; load < tally.loads; load++) {
      for (const browser of load % 2 === 0 ? browsers : browsers.toReversed()) {
        const withUs = browser.config === ours;
        const { oursMs, longTasks } = longTasksOf(await traceLoad(browser.context, url, CATEGORIES, settle));
        for (const task of longTasks) tally[withUs ? task.owner : 'none']++;
        const rows = longTasks.map((task) => `${describe(task)}${withUs ? ` ${task.owner === 'ours' ? 'OURS' : "page's"}` : ''}`);
        console.log(`load ${load + 1} ${browser.config.name.padEnd(8)}${withUs ? ` [our JavaScript in the load ${oursMs.toFixed(0)} ms]` : ''} ${rows.join('; ') || 'none'}`);
      }
    }
    console.log(`long tasks in ${tally.loads} loads: with RoleLens ${tally.ours} ours and ${tally.page} the page's; with no extension ${tally.none}`);
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
}

await main();
