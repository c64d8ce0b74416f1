/**
 * What the heap keeps between add-and-remove cycles of cards, by kind: the bench's memory table says
 * how much (docs/performance.md), this says what. The built extension in Debian's Chromium on the
 * saved list page: one cycle to warm up, a heap snapshot after a forced GC, `cycles` more, another
 * snapshot; then the self size and count each node kind ("code:InstructionStream", "object:Object")
 * gained, largest first.
 *
 *   npx tsx tools/page-bench/heap-diff.ts [cycles=6]   (after npm run build)
 */
import type { CDPSession, Page } from 'playwright-core';
import { FIXTURE_PAGES } from '../../test/support/fixture-pages';
import { startFixtureServer } from '../../test/support/fixture-server';
import { ROLELENS, launchBenchBrowser } from './browsers';
import { CARD_SELECTORS, LIST_PAGE } from './card-pages';
import { BENCH_GLOBAL } from './page-script';

const CARDS = 500;
const QUIET_MS = 500;
const cycles = Number(process.argv[2] ?? 6);

type HeapSnapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
};

const call = <T>(page: Page, expression: string) => page.evaluate(`window.${BENCH_GLOBAL}.${expression}`) as Promise<T>;

/** Count and self size per node kind (`type:name`), after two forced collections. */
async function heapByKind(cdp: CDPSession): Promise<Map<string, { count: number; bytes: number }>> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const heap = JSON.parse(chunks.join('')) as HeapSnapshot;
  const fields = heap.snapshot.meta.node_fields;
  const types = heap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field)) as [number, number, number];
  const kinds = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < heap.nodes.length; i += fields.length) {
    const kind = `${types[heap.nodes[i + typeAt]!]}:${String(heap.strings[heap.nodes[i + nameAt]!]).slice(0, 60)}`;
    const entry = kinds.get(kind) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += heap.nodes[i + sizeAt]!;
    kinds.set(kind, entry);
  }
  return kinds;
}

const server = await startFixtureServer();
const browser = await launchBenchBrowser(ROLELENS, server.hostResolverRules);
try {
  const page = await browser.context.newPage();
  const cdp = await browser.context.newCDPSession(page);
  await page.goto(server.urlOf(FIXTURE_PAGES.find((fixture) => fixture.file === LIST_PAGE)!), { waitUntil: 'load' });
  await page.waitForTimeout(3 * QUIET_MS);
  await call(page, `prepareCards(${JSON.stringify(CARD_SELECTORS[LIST_PAGE])})`);
  const cycle = async () => {
    const added = await call<number>(page, `appendCards(${CARDS})`);
    await call(page, `settle(${added}, ${QUIET_MS}, 60000)`);
    const removed = await call<number>(page, 'removeAppended()');
    await call(page, `settle(${removed}, ${QUIET_MS}, 60000)`);
  };
  await cycle();
  const before = await heapByKind(cdp);
  for (let i = 0; i < cycles; i++) await cycle();
  const after = await heapByKind(cdp);
  const gained = [...after]
    .map(([kind, { count, bytes }]) => ({ kind, count: count - (before.get(kind)?.count ?? 0), bytes: bytes - (before.get(kind)?.bytes ?? 0) }))
    .filter((row) => row.count !== 0 || row.bytes !== 0)
    .sort((a, b) => b.bytes - a.bytes);
  const total = gained.reduce((sum, row) => sum + row.bytes, 0);
  console.log(`${LIST_PAGE}: ${CARDS} cards added and removed; heap kept over cycles 2-${cycles + 1}, by kind (self size, bytes): total ${total}`);
  console.log('     bytes   count  kind');
  for (const row of gained.slice(0, 25)) console.log(`${String(row.bytes).padStart(10)} ${String(row.count).padStart(7)}  ${row.kind}`);
} finally {
  await browser.close();
  await server.close();
}
