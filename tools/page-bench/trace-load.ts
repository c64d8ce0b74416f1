/** One page load traced in Chromium (CDP `Tracing`): the events of the Trace Event Format, for the trace tools. */
import type { BrowserContext, Page } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  /** Ties a profile's chunks to it (`Profile`, `ProfileChunk`). */
  id?: string;
  args?: { name?: string; fileName?: string; data?: { url?: string; documentLoaderURL?: string } };
}

/** Loads `url` in a new tab while tracing `categories`; `settle` says when the load is over. */
export async function traceLoad(context: BrowserContext, url: string, categories: readonly string[], settle: (page: Page) => Promise<unknown>): Promise<TraceEvent[]> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    // The protocol types trace events as string maps; they are the Trace Event Format's objects.
    cdp.on('Tracing.dataCollected', (batch) => events.push(...(batch.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: [...categories], excludedCategories: ['*'] } });
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    await settle(page);
    await cdp.send('Tracing.end');
    await complete;
    return events;
  } finally {
    await page.close();
  }
}

/** Trace it with `traceLoad` for `pageThread`: the category that records navigation start. */
export const NAVIGATION_CATEGORY = 'blink.user_timing';

/**
 * The page's last navigation to an http(s) address (a new tab first holds about:blank) and its
 * renderer's main thread: of that process's threads named CrRendererMain, the busiest. Its events
 * come in time order; null if the trace holds no such navigation.
 */
export function pageThread(events: readonly TraceEvent[]): { navigation: TraceEvent; main: TraceEvent[] } | null {
  const navigation = events
    .filter((event) => event.name === 'navigationStart' && (event.args?.data?.documentLoaderURL ?? '').startsWith('http'))
    .sort((a, b) => b.ts - a.ts)[0];
  if (!navigation) return null;
  const { pid } = navigation;
  const mains = new Set(events.filter((event) => event.ph === 'M' && event.pid === pid && event.args?.name === 'CrRendererMain').map((event) => event.tid));
  const counts = new Map<number, number>();
  for (const event of events) if (event.pid === pid && mains.has(event.tid)) counts.set(event.tid, (counts.get(event.tid) ?? 0) + 1);
  const tid = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return { navigation, main: events.filter((event) => event.pid === pid && event.tid === tid).sort((a, b) => a.ts - b.ts) };
}
