/**
 * When Chromium runs RoleLens's content script on a saved page, against the page's own
 * DOMContentLoaded: the manifest asks for `document_idle`, which Chromium grants once the page's
 * queued tasks let it, so on a page that keeps its thread busy after parsing, the panel waits for
 * the page. Traced loads (CDP `Tracing`); times in ms from the page's navigation start.
 *
 *   npx tsx tools/page-bench/injection-time.ts portland [loads=5] [extension dir]   (after npm run build)
 */
import { resolve } from 'node:path';
import { FIXTURE_PAGES } from '../../test/support/fixture-pages';
import { startFixtureServer } from '../../test/support/fixture-server';
import { ROLELENS, launchBenchBrowser, peerConfig } from './browsers';
import { LONG_TASK_MS } from './stats';
import { NAVIGATION_CATEGORY, pageThread, traceLoad } from './trace-load';

const [filter = 'portland', loadsArg = '5', extensionDir] = process.argv.slice(2);
const fixture = FIXTURE_PAGES.find((page) => page.file.includes(filter));
if (!fixture) throw new Error(`no saved page matches ${filter}`);
const server = await startFixtureServer();
const browser = await launchBenchBrowser(extensionDir ? peerConfig(resolve(extensionDir)) : ROLELENS, server.hostResolverRules);
try {
  console.log(`${fixture.file}: ms from navigation start (traced loads: tracing slows the page)`);
  for (let load = 0; load < Number(loadsArg); load++) {
    const categories = ['toplevel', 'devtools.timeline', 'loading', 'v8', NAVIGATION_CATEGORY];
    const events = await traceLoad(browser.context, server.urlOf(fixture), categories, (page) => page.waitForTimeout(1500));
    const compile = events.find((event) => event.name === 'v8.compile' && /^chrome-extension:.*content\.js$/.test(event.args?.data?.url ?? event.args?.fileName ?? ''));
    if (!compile) {
      console.log(`load ${load + 1}: the content script did not run`);
      continue;
    }
    const page = pageThread(events);
    if (!page) throw new Error('the trace holds no navigation to the saved page');
    const renderer = events.filter((event) => event.pid === page.navigation.pid);
    const start = page.navigation.ts;
    const at = (name: string) => Math.min(...renderer.filter((event) => event.name === name && event.ts >= start).map((event) => event.ts));
    const ms = (ts: number) => Math.round((ts - start) / 1000);
    const domContentLoaded = at('MarkDOMContent');
    const between = renderer.filter((event) => event.name === 'ThreadControllerImpl::RunTask' && event.ts >= domContentLoaded && event.ts < compile.ts);
    const busy = Math.round(between.reduce((sum, event) => sum + (event.dur ?? 0), 0) / 1000);
    const pageTasks = between.filter((event) => (event.dur ?? 0) / 1000 > LONG_TASK_MS);
    console.log(
      `load ${load + 1}: DOMContentLoaded ${ms(domContentLoaded)}, load ${ms(at('MarkLoad'))}, content script compiled ${ms(compile.ts)} ` +
        `(${ms(compile.ts) - ms(domContentLoaded)} after DOMContentLoaded); between them the page's thread was busy ${busy} ms, ` +
        `${pageTasks.length} of its tasks over ${LONG_TASK_MS} ms`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
