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
