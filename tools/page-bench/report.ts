/**
 * The benchmark's tables, from the raw samples: medians per page and browser, and what the
 * extension adds over the browser without one. Pure: samples in, tables out.
 */
import type { ProfileSummary } from './cpu-profile';
import type { BigListSample, LoadSample, MemoryReading, MemorySample } from './measures';
import { delta, median, summarizeLongTasks } from './stats';
import type { Cell, Column } from './table';

export interface LoadRecord {
  page: string;
  browser: string;
  rep: number;
  sample: LoadSample;
}
export interface MemoryRecord {
  browser: string;
  rep: number;
  sample: MemorySample;
}
export interface BigListRecord {
  browser: string;
  rep: number;
  sample: BigListSample;
}

export interface Table {
  title: string;
  columns: Column[];
  rows: Cell[][];
  notes: string[];
}

export interface BrowserNames {
  /** Browsers with an extension (RoleLens first, then the peer). */
  extensions: string[];
  /** The browser without one. */
  baseline: string;
}

/** "linkedin/guest-api-search-cards-fragment.html" → "linkedin/guest-api-search-cards-fragment". */
export function pageLabel(file: string): string {
  return file.replace(/\.(x?html)$/, '');
}

const mb = (bytes: number | null) => (bytes === null ? null : bytes / 1e6);

/** Cuts text to `max` characters with an ellipsis (a data: URL script can be a kilobyte long). */
export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** The median of one figure over some page loads. */
const m = (samples: readonly LoadSample[], pick: (sample: LoadSample) => number | null) => median(samples.map(pick));

function forPage(loads: readonly LoadRecord[], page: string, browser: string): LoadSample[] {
  return loads.filter((load) => load.page === page && load.browser === browser).map((load) => load.sample);
}

/** Measure 1: CPU per page load, with each extension and without. */
export function cpuTable(loads: readonly LoadRecord[], pages: readonly string[], names: BrowserNames, quietMs: number): Table {
  const all = [...names.extensions, names.baseline];
  const columns: Column[] = [
    { header: 'page' },
    { header: 'window' },
    ...all.map((name) => ({ header: `${name}`, digits: 0 })),
    ...names.extensions.flatMap((name) => {
      const tag = names.extensions.length > 1 ? ` ${name}` : '';
      return [
        { header: `added${tag}`, digits: 0, signed: true },
        { header: `task+${tag}`, digits: 0, signed: true },
        { header: `script+${tag}`, digits: 0, signed: true },
        { header: `all procs+${tag}`, digits: 0, signed: true },
        { header: `load evt+${tag}`, digits: 0, signed: true },
      ];
    }),
  ];
  const notes: string[] = [];
  const rows = pages.map((page): Cell[] => {
    const base = forPage(loads, page, names.baseline);
    const window = m(base, (sample) => sample.windowMs);
    return [
      pageLabel(page),
      window,
      ...all.map((name) => m(forPage(loads, page, name), (sample) => sample.threadMs)),
      ...names.extensions.flatMap((name) => {
        const ext = forPage(loads, page, name);
        const late = ext.filter((sample) => sample.snapshot.lastChangeAt > sample.windowMs - quietMs / 2).length;
        if (late > 0) notes.push(`${pageLabel(page)}: ${late} of ${ext.length} loads with ${name} changed a host in the window's last ${quietMs / 2} ms`);
        const added = (pick: (sample: LoadSample) => number | null) => delta(m(ext, pick), m(base, pick));
        return [
          added((sample) => sample.threadMs),
          added((sample) => sample.taskMs),
          added((sample) => sample.scriptMs),
          added((sample) => sample.browserMs),
          added((sample) => sample.snapshot.loadEventEnd),
        ];
      }),
    ];
  });
  return {
    title: '1. Main-thread CPU per page load (ms, median): Performance.getMetrics ThreadTime from before navigation to the window end',
    columns,
    rows,
    notes: [
      'window: ms after navigation start, the same for every browser (fitted by a warm-up load with the extension: load event, then until no rolelens-* host came or went for the quiet time)',
      'added = median with − median without; task+/script+ the same for TaskDuration/ScriptDuration (wall time inside tasks/scripts); all procs+ = CPU of every browser process (/proc, 10 ms ticks); load evt+ = later load event',
      ...notes,
    ],
  };
}

/** Measure 2: long tasks in the load window. */
export function longTaskTable(loads: readonly LoadRecord[], pages: readonly string[], names: BrowserNames): Table {
  const all = [...names.extensions, names.baseline];
  const summaries = (page: string, name: string) =>
    forPage(loads, page, name).map((sample) => summarizeLongTasks(sample.snapshot.longTasks, 0, sample.endedAt));
  const columns: Column[] = [
    { header: 'page' },
    ...all.map((name) => ({ header: `count ${name}`, digits: 0 })),
    ...all.map((name) => ({ header: `longest ${name}`, digits: 0 })),
    ...all.map((name) => ({ header: `TBT ${name}`, digits: 0 })),
    ...names.extensions.map((name) => ({ header: names.extensions.length > 1 ? `TBT added ${name}` : 'TBT added', digits: 0, signed: true })),
  ];
  const rows = pages.map((page): Cell[] => {
    const pick = (name: string, key: 'count' | 'longest' | 'blocking') => median(summaries(page, name).map((summary) => summary[key]));
    return [
      pageLabel(page),
      ...all.map((name) => pick(name, 'count')),
      ...all.map((name) => pick(name, 'longest')),
      ...all.map((name) => pick(name, 'blocking')),
      ...names.extensions.map((name) => delta(pick(name, 'blocking'), pick(names.baseline, 'blocking'))),
    ];
  });
  return {
    title: '2. Long tasks (>50 ms) from navigation start to the window end (median count, longest ms, total blocking time ms)',
    columns,
    rows,
    notes: ['TBT = sum over long tasks of (duration − 50 ms); PerformanceObserver({type: "longtask", buffered: true}) installed before the page\'s scripts'],
  };
}

/** Measure 3: when the first panel (or, on a list page, the first card chip) was attached. */
export function firstPanelTable(loads: readonly LoadRecord[], pages: readonly string[], names: BrowserNames): Table {
  const columns: Column[] = [{ header: 'page' }];
  for (const name of names.extensions) {
    const tag = names.extensions.length > 1 ? ` ${name}` : '';
    columns.push(
      { header: `first host${tag}` },
      { header: `from nav start${tag}`, digits: 0 },
      { header: `from DCL${tag}`, digits: 0 },
      { header: `panels/chips${tag}` },
    );
  }
  columns.push({ header: `DCL ${names.baseline}`, digits: 0 });
  const rows = pages.map((page): Cell[] => {
    const row: Cell[] = [pageLabel(page)];
    for (const name of names.extensions) {
      const samples = forPage(loads, page, name);
      const panel = samples.some((sample) => sample.snapshot.firstPanelAt !== null);
      const badge = samples.some((sample) => sample.snapshot.firstBadgeAt !== null);
      const at = (sample: LoadSample) => (panel ? sample.snapshot.firstPanelAt : sample.snapshot.firstBadgeAt);
      const fromDcl = (sample: LoadSample) => {
        const time = at(sample);
        return time === null || sample.snapshot.domContentLoaded === null ? null : time - sample.snapshot.domContentLoaded;
      };
      row.push(
        panel ? 'panel' : badge ? 'card chip' : 'none',
        panel || badge ? median(samples.map(at)) : null,
        panel || badge ? median(samples.map(fromDcl)) : null,
        `${median(samples.map((sample) => sample.snapshot.panels)) ?? 0}/${median(samples.map((sample) => sample.snapshot.badges)) ?? 0}`,
      );
    }
    row.push(median(forPage(loads, page, names.baseline).map((sample) => sample.snapshot.domContentLoaded)));
    return row;
  });
  return {
    title: '3. Time to first panel (ms, median): a MutationObserver from the init script sees the rolelens-panel host attached',
    columns,
    rows,
    notes: ['pages with no panel (lists) report the first rolelens-card-badge ("card chip"); DCL = DOMContentLoaded event start'],
  };
}

/** Measure 4: cards appended to a list page, as an infinite scroll would. */
export function appendTable(loads: readonly LoadRecord[], pages: readonly string[], names: BrowserNames, steps: readonly number[]): Table {
  const cardPages = pages.filter((page) => loads.some((load) => load.page === page && load.sample.appends.length > 0));
  const columns: Column[] = [{ header: 'page' }];
  for (const cards of steps) {
    for (const name of names.extensions) columns.push({ header: `chips +${cards}${names.extensions.length > 1 ? ` ${name}` : ''}` });
    columns.push(
      ...[...names.extensions, names.baseline].map((name) => ({ header: `+${cards} ${name}`, digits: 0 })),
      ...names.extensions.map((name) => ({ header: `added +${cards}${names.extensions.length > 1 ? ` ${name}` : ''}`, digits: 0, signed: true })),
    );
  }
  columns.push(...names.extensions.map((name) => ({ header: `ms/25 cards${names.extensions.length > 1 ? ` ${name}` : ''}`, digits: 1, signed: true })));
  const notes: string[] = [];
  const rows = cardPages.map((page): Cell[] => {
    const step = (name: string, index: number) => forPage(loads, page, name).flatMap((sample) => sample.appends[index] ?? []);
    const row: Cell[] = [pageLabel(page)];
    const lastAdded: (number | null)[] = [];
    steps.forEach((cards, index) => {
      for (const name of names.extensions) row.push(String(median(step(name, index).map((sample) => sample.badges)) ?? '–'));
      for (const name of [...names.extensions, names.baseline]) row.push(median(step(name, index).map((sample) => sample.threadMs)));
      for (const name of names.extensions) {
        const added = delta(median(step(name, index).map((sample) => sample.threadMs)), median(step(names.baseline, index).map((sample) => sample.threadMs)));
        row.push(added);
        if (index === steps.length - 1) lastAdded.push(added === null ? null : (added * 25) / cards);
      }
      const window = median(step(names.baseline, index).map((sample) => sample.windowMs));
      if (window !== null) notes.push(`${pageLabel(page)} +${cards}: window ${window.toFixed(0)} ms`);
    });
    row.push(...lastAdded);
    return row;
  });
  return {
    title: `4. Appended cards: main-thread CPU (ms, median ThreadTime) from appending until the chips settle`,
    columns,
    rows,
    notes: [
      `clones of the page's own cards with fresh job ids, appended ${steps.join(' then ')} to the list, the first new card scrolled to the top of the window; chips = rolelens-card-badge hosts in the page after the step (only titles that lean get one; an extension may chip only cards near the viewport)`,
      `ms/25 cards = the extension's added CPU for the +${steps[steps.length - 1]} step, per 25 cards`,
      ...notes,
    ],
  };
}

function memoryRows(label: string, readings: readonly (MemoryReading | undefined)[], peakChips: number | null = null): Cell[] {
  const present = readings.filter((reading): reading is MemoryReading => reading !== undefined);
  const of = (pick: (reading: MemoryReading) => number) => median(present.map(pick));
  return [
    label,
    mb(of((reading) => reading.heapBytes)),
    mb(of((reading) => reading.jsHeapUsedBytes)),
    of((reading) => reading.jsEventListeners),
    of((reading) => reading.nodes),
    of((reading) => reading.documents),
    of((reading) => reading.hosts),
    peakChips,
  ];
}

const MEMORY_COLUMNS: Column[] = [
  { header: 'browser / when' },
  { header: 'heap MB', digits: 2 },
  { header: 'JSHeapUsed MB', digits: 2 },
  { header: 'listeners', digits: 0 },
  { header: 'nodes', digits: 0 },
  { header: 'documents', digits: 0 },
  { header: 'hosts', digits: 0 },
  { header: 'chips with 500 in', digits: 0 },
];

/** Measure 5: memory after add/remove cycles. */
export function memoryTable(records: readonly MemoryRecord[], names: BrowserNames, cards: number, page: string): Table {
  const rows: Cell[][] = [];
  for (const name of [...names.extensions, names.baseline]) {
    const samples = records.filter((record) => record.browser === name).map((record) => record.sample);
    if (samples.length === 0) continue;
    const last = Math.max(...samples.map((sample) => sample.cycles.length));
    rows.push(memoryRows(`${name}, page settled`, samples.map((sample) => sample.baseline)));
    const peak = (cycle: number) => median(samples.map((sample) => sample.badgesAtPeak[cycle]));
    rows.push(memoryRows(`${name}, after cycle 1`, samples.map((sample) => sample.cycles[0]), peak(0)));
    rows.push(memoryRows(`${name}, after cycle ${last}`, samples.map((sample) => sample.cycles[last - 1]), peak(last - 1)));
    const growth = samples.map((sample) => {
      const first = sample.cycles[0];
      const end = sample.cycles[last - 1];
      return first && end ? { heap: end.heapBytes - first.heapBytes, listeners: end.jsEventListeners - first.jsEventListeners, nodes: end.nodes - first.nodes } : null;
    });
    const present = growth.filter((item) => item !== null);
    rows.push([
      `${name}, cycle ${last} − cycle 1`,
      mb(median(present.map((item) => item.heap))),
      null,
      median(present.map((item) => item.listeners)),
      median(present.map((item) => item.nodes)),
      null,
      null,
      null,
    ]);
  }
  const runs = Math.max(0, ...[...names.extensions, names.baseline].map((name) => records.filter((record) => record.browser === name).length));
  return {
    title: `5. Memory that comes back: ${cards} cards added then removed, 4 cycles, forced GC before each reading (median of ${runs} runs)`,
    columns: MEMORY_COLUMNS,
    rows,
    notes: [
      `page: ${pageLabel(page)}; heap = Runtime.getHeapUsage usedSize (the page's V8 isolate, content-script worlds included)`,
      'listeners/nodes/documents = Memory.getDOMCounters: the whole renderer process, the extension\'s isolated world included; hosts = rolelens-* hosts left in the page; chips with 500 in = before that cycle\'s removal (the first new card scrolled into view)',
    ],
  };
}

/** The replacements of a big-list run (round 0 builds the list). */
const replaced = (sample: BigListSample) => sample.rounds.slice(1);
/** Memory after the first replacement, and after the last one done. */
const first = (sample: BigListSample) => sample.rounds[1]?.memory ?? null;
const last = (sample: BigListSample) => sample.rounds[sample.rounds.length - 1]?.memory ?? null;

/** Measure 6: the big list, built then replaced whole. */
export function bigListTable(records: readonly BigListRecord[], names: BrowserNames, cards: number, replacements: number, page: string): Table {
  const columns: Column[] = [
    { header: 'browser' },
    { header: 'replaced' },
    { header: 'stall build', digits: 0 },
    { header: 'stall replace', digits: 0 },
    { header: 'blocked/round', digits: 0 },
    { header: 'busy/round', digits: 0 },
    { header: 'round', digits: 0 },
    { header: 'chips', digits: 0 },
    { header: 'heap r1 MB', digits: 1 },
    { header: 'heap last MB', digits: 1 },
    { header: 'listeners r1', digits: 0 },
    { header: 'listeners last', digits: 0 },
    { header: 'nodes r1', digits: 0 },
    { header: 'nodes last', digits: 0 },
    { header: 'GC last ms', digits: 0 },
  ];
  const rows: Cell[][] = [];
  for (const name of [...names.extensions, names.baseline]) {
    const samples = records.filter((record) => record.browser === name).map((record) => record.sample);
    if (samples.length === 0) continue;
    const done = samples.map((sample) => replaced(sample).length);
    rows.push([
      name,
      `${Math.min(...done)} of ${replacements}`,
      median(samples.map((sample) => sample.rounds[0]?.stall?.maxGap)),
      median(samples.map((sample) => Math.max(...replaced(sample).map((round) => round.stall?.maxGap ?? Number.NaN)))),
      median(samples.flatMap((sample) => replaced(sample).map((round) => round.stall?.blocked))),
      median(samples.flatMap((sample) => replaced(sample).map((round) => round.busyMs))),
      median(samples.flatMap((sample) => replaced(sample).map((round) => round.roundMs))),
      median(samples.map((sample) => sample.rounds[sample.rounds.length - 1]?.badges)),
      mb(median(samples.map((sample) => first(sample)?.heapBytes))),
      mb(median(samples.map((sample) => last(sample)?.heapBytes))),
      median(samples.map((sample) => first(sample)?.jsEventListeners)),
      median(samples.map((sample) => last(sample)?.jsEventListeners)),
      median(samples.map((sample) => first(sample)?.nodes)),
      median(samples.map((sample) => last(sample)?.nodes)),
      median(samples.map((sample) => last(sample)?.gcMs)),
    ]);
  }
  const runs = Math.max(0, ...[...names.extensions, names.baseline].map((name) => records.filter((record) => record.browser === name).length));
  return {
    title: `6. The big list: ${cards} cards built, then the whole list replaced ${replacements} times (median of ${runs} run${runs === 1 ? '' : 's'})`,
    columns,
    rows,
    notes: [
      `page: ${pageLabel(page)} with its list rebuilt from its own cards (fresh job ids); stall = largest gap (ms) between ticks of a page setInterval(20 ms), build = the first ${cards}, replace = the worst replacement`,
      `replaced = replacements done: a browser stops starting new ones once --big-budget is spent (the run stays near 10 minutes); last = after the last one done`,
      'blocked/round = sum of (gap − 50 ms) over that timer\'s gaps, per replacement; busy/round = until the last rolelens-* host came or went; round = until the page\'s timer ran again after the hosts had been quiet (2 × quiet): blocks after the last host count; chips = hosts after the last round',
      'r1/last = after replacement 1 / the last, and a forced GC (HeapProfiler.collectGarbage ×2; GC last = how long that took); the page\'s own clone-and-insert is in every column, with and without',
    ],
  };
}

/** Self time (ms) of one script in a profile. */
const selfMs = (summary: ProfileSummary, url: string) => summary.byUrl.find((entry) => entry.url === url)?.ms ?? 0;

/** The CPU profile of one page load in each browser: RoleLens's top functions by self time, and self time per script in every browser. */
export function profileTable(profiles: readonly { browser: string; summary: ProfileSummary }[], page: string, extensionId: string | null): Table {
  const [withExtension] = profiles;
  if (!withExtension) throw new Error('profileTable needs at least one profile');
  const label = (url: string) => truncate(extensionId ? url.replace(`chrome-extension://${extensionId}/`, 'chrome-extension://<id>/') : url, 80);
  const urls = [...new Set(profiles.flatMap((profile) => profile.summary.byUrl.slice(0, 8).map((entry) => entry.url)))];
  const blank = profiles.map((): Cell => null);
  return {
    title: `CPU profile of one ${pageLabel(page)} load: self time (ms) by function with ${withExtension.browser} (top ${withExtension.summary.byFunction.length}), then by script in each browser`,
    columns: [{ header: 'function / script' }, ...profiles.map((profile) => ({ header: profile.browser, digits: 1 }))],
    rows: [
      ...withExtension.summary.byFunction.map((entry): Cell[] => [truncate(entry.name, 80), entry.ms, ...blank.slice(1)]),
      ['', ...blank],
      ...urls.map((url): Cell[] => [label(url), ...profiles.map((profile) => selfMs(profile.summary, url))]),
      ['busy (not idle), all of the above', ...profiles.map((profile) => profile.summary.busyMs)],
    ],
    notes: [
      'V8 sampling profiler every 0.1 ms from before navigation to the load window\'s end; "(program)" is native work V8 cannot attribute to a script (parsing, style, layout, compiling)',
      'the page script\'s rows (rolelens-bench-page-script.js) are the benchmark\'s own observers, in every browser alike',
    ],
  };
}
