/**
 * Whose work the long tasks (> 50 ms) of one traced page load are, from its trace events: the pure
 * part of long-task-owner.ts (which says how and why).
 */
import { LONG_TASK_MS } from './stats';
import { NAVIGATION_CATEGORY, pageThread, type TraceEvent } from './trace-load';

/** What a load is traced with for `longTasksOf`. */
export const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.invalidationTracking',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  NAVIGATION_CATEGORY,
];
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize']);
const INVALIDATIONS = new Set(['StyleRecalcInvalidationTracking', 'LayoutInvalidationTracking', 'ScheduleStyleInvalidationTracking']);
const OUR_SCRIPT = /^chrome-extension:\/\/[^/]+\/content-scripts\//;

/** Whose a sample or an invalidation is, by the scripts on its stack; none on it: the browser's own (parsing, loading). */
type Owner = 'ours' | 'page' | 'browser';

/** V8's profile chunks, as Chromium writes them into the trace. */
interface ProfileChunk {
  cpuProfile?: { nodes?: { id: number; parent?: number; callFrame: { url?: string } }[]; samples?: number[] };
  timeDeltas?: number[];
}

export interface LongTask {
  /** From navigation start. */
  startMs: number;
  ms: number;
  /** JavaScript in the task, by sampled stacks. */
  js: Record<Owner, number>;
  /** Style, layout and paint in the task. */
  renderingMs: number;
  /** Who made the changes the task's rendering lays out (counts of invalidations). */
  dirtiedBy: Record<Owner, number>;
  owner: 'ours' | 'page';
}

export interface LoadTasks {
  /** Our JavaScript in the whole load, in long tasks or not. */
  oursMs: number;
  longTasks: LongTask[];
}

function ownerOfUrls(urls: Iterable<string>): Owner {
  let owner: Owner = 'browser';
  for (const url of urls) {
    if (OUR_SCRIPT.test(url)) return 'ours';
    if (/^https?:/.test(url)) owner = 'page';
  }
  return owner;
}

/** The long tasks of the page's main thread in one traced load, split by owner. */
export function longTasksOf(events: readonly TraceEvent[]): LoadTasks {
  const page = pageThread(events);
  if (!page) return { oursMs: 0, longTasks: [] };
  const { navigation, main } = page;
  const { pid, tid } = main[0] ?? navigation;

  // Samples of the main thread's profile (its chunks come from a helper thread, tied by id); each
  // weighs the time to the next, at most 2 ms (the profiler pauses between tasks).
  const samples: { ts: number; weight: number; owner: Owner }[] = [];
  const profile = events.find((event) => event.name === 'Profile' && event.pid === pid && event.tid === tid);
  const nodes = new Map<number, { parent?: number; url: string }>();
  let clock = (profile?.args as { data?: { startTime?: number } } | undefined)?.data?.startTime ?? 0;
  for (const event of events) {
    if (!profile || event.name !== 'ProfileChunk' || event.pid !== pid || event.id !== profile.id) continue;
    const data = (event.args as { data?: ProfileChunk } | undefined)?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) nodes.set(node.id, { ...(node.parent === undefined ? {} : { parent: node.parent }), url: node.callFrame.url ?? '' });
    (data?.cpuProfile?.samples ?? []).forEach((id, index) => {
      clock += data?.timeDeltas?.[index] ?? 0;
      samples.push({ ts: clock, weight: 0, owner: ownerOfUrls(stackUrls(nodes, id)) });
    });
  }
  samples.sort((a, b) => a.ts - b.ts);
  for (let index = 0; index < samples.length - 1; index++) samples[index]!.weight = Math.min(samples[index + 1]!.ts - samples[index]!.ts, 2000);

  // A frame's style and layout: what invalidations before it were waiting for.
  const layouts = main.filter((event) => (event.name === 'UpdateLayoutTree' || event.name === 'Layout') && event.ph === 'X' && event.dur !== undefined);
  // The changes themselves, not their consequences recorded while style and layout run.
  const duringLayout = (ts: number) => layouts.some((layout) => ts >= layout.ts && ts < layout.ts + layout.dur!);
  const invalidations = main
    .filter((event) => INVALIDATIONS.has(event.name) && !duringLayout(event.ts))
    .map((event) => ({ ts: event.ts, owner: ownerOfUrls(((event.args?.data as unknown as { stackTrace?: { url?: string }[] } | undefined)?.stackTrace ?? []).map((frame) => frame.url ?? '')) }));

  const oursMs = samples.filter((sample) => sample.owner === 'ours').reduce((total, sample) => total + sample.weight, 0) / 1000;
  // From navigation start: the tasks before it belong to the tab's previous page.
  const tasks = main.filter((event) => event.name === 'ThreadControllerImpl::RunTask' && event.ts >= navigation.ts && (event.dur ?? 0) / 1000 > LONG_TASK_MS);
  const longTasks = tasks.map((task): LongTask => {
    const end = task.ts + task.dur!;
    const within = <T extends { ts: number }>(items: readonly T[], from: number) => items.filter((item) => item.ts >= from && item.ts < end);
    const js: Record<Owner, number> = { ours: 0, page: 0, browser: 0 };
    for (const sample of within(samples, task.ts)) js[sample.owner] += sample.weight / 1000;
    const renderingMs = within(main, task.ts).filter((event) => event.ph === 'X' && RENDERING.has(event.name)).reduce((total, event) => total + event.dur!, 0) / 1000;
    // The changes this task's frame lays out: since the end of the frame before it.
    const firstLayout = within(layouts, task.ts)[0];
    const previousFrameEnd = Math.max(navigation.ts, ...layouts.filter((layout) => layout.ts + layout.dur! <= (firstLayout?.ts ?? task.ts)).map((layout) => layout.ts + layout.dur!));
    const dirtiedBy: Record<Owner, number> = { ours: 0, page: 0, browser: 0 };
    if (renderingMs > 0) for (const invalidation of within(invalidations, previousFrameEnd)) dirtiedBy[invalidation.owner]++;
    const onlyOurs = dirtiedBy.ours > 0 && dirtiedBy.page === 0 && dirtiedBy.browser === 0;
    const withoutUs = task.dur! / 1000 - js.ours - (onlyOurs ? renderingMs : 0);
    return { startMs: (task.ts - navigation.ts) / 1000, ms: task.dur! / 1000, js, renderingMs, dirtiedBy, owner: withoutUs <= LONG_TASK_MS ? 'ours' : 'page' };
  });
  return { oursMs, longTasks };
}

function stackUrls(nodes: ReadonlyMap<number, { parent?: number; url: string }>, id: number): string[] {
  const urls: string[] = [];
  for (let node = nodes.get(id); node; node = node.parent === undefined ? undefined : nodes.get(node.parent)) urls.push(node.url);
  return urls;
}
