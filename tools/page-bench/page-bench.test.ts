import { describe, expect, test } from 'vitest';
import { summarizeProfile, shortUrl, type CpuProfile } from './cpu-profile';
import { longTasksOf } from './long-task-attribution';
import { pageSelected, parseOptions } from './options';
import { pageLabel, truncate } from './report';
import { delta, median, pairedDifference, summarizeLongTasks } from './stats';
import { formatCell, formatTable } from './table';
import type { TraceEvent } from './trace-load';

describe('median', () => {
  test.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[5], 5],
    [[], null],
    [[null, 7, undefined, Number.NaN], 7],
  ])('%j → %j', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  test('delta is null when a side is missing', () => {
    expect(delta(5, 3)).toBe(2);
    expect(delta(null, 3)).toBeNull();
  });
});

describe('pairedDifference', () => {
  test('after − before over the keys both have, with the mean, its 95% interval and the median', () => {
    const before = new Map([['a#0', 10], ['a#1', 20], ['b#0', 30], ['only-before', 99]]);
    const after = new Map([['a#0', 12], ['a#1', 24], ['b#0', 30], ['only-after', 1]]);
    const result = pairedDifference(before, after);
    expect(result).toMatchObject({ pairs: 3, mean: 2, median: 2 });
    // differences 2, 4, 0: sample sd 2, interval 1.96 × 2 / √3
    expect(result?.interval95).toBeCloseTo((1.96 * 2) / Math.sqrt(3), 10);
  });

  test('one pair has no interval; none at all is null', () => {
    expect(pairedDifference(new Map([['x', 1]]), new Map([['x', 4]]))).toMatchObject({ pairs: 1, mean: 3, interval95: null });
    expect(pairedDifference(new Map([['x', 1]]), new Map([['y', 4]]))).toBeNull();
  });
});

describe('summarizeLongTasks', () => {
  const tasks = [
    { start: 10, duration: 60 },
    { start: 100, duration: 250 },
    { start: 900, duration: 51 },
  ];

  test('count, longest and total blocking time (sum of duration − 50 ms)', () => {
    expect(summarizeLongTasks(tasks)).toEqual({ count: 3, longest: 250, blocking: 10 + 200 + 1 });
  });

  test('only tasks that start inside the window', () => {
    expect(summarizeLongTasks(tasks, 50, 900)).toEqual({ count: 1, longest: 250, blocking: 200 });
    expect(summarizeLongTasks([], 0, 100)).toEqual({ count: 0, longest: 0, blocking: 0 });
  });
});

describe('formatTable', () => {
  test('pads text left and numbers right, with a rule under the header', () => {
    const text = formatTable(
      [{ header: 'page' }, { header: 'ms', digits: 1 }, { header: 'added', signed: true }],
      [
        ['indeed', 12.34, 5],
        ['a-longer-page', null, -3],
      ],
    );
    expect(text.split('\n')).toEqual([
      'page             ms  added',
      '-------------  ----  -----',
      'indeed         12.3     +5',
      'a-longer-page     –     -3',
    ]);
  });

  test('no "-0" or "+0" in deltas', () => {
    expect(formatCell(-0.2, { header: 'x', signed: true })).toBe('0');
    expect(formatCell(0.2, { header: 'x', signed: true })).toBe('0');
  });
});

describe('parseOptions', () => {
  test('defaults: 7 reps, 500 ms quiet, the Indeed profile', () => {
    expect(parseOptions([])).toMatchObject({ reps: 7, memoryReps: 3, bigListReps: 1, bigListBudgetSeconds: 45, quietMs: 500, pages: [], peerDirs: [], profilePage: 'indeed' });
  });

  test('--quick lowers what was not given explicitly', () => {
    expect(parseOptions(['--quick', '--reps', '5'])).toMatchObject({ reps: 5, memoryReps: 2 });
  });

  test('--pages takes a comma list; --no-profile and --peer', () => {
    const options = parseOptions(['--pages', 'indeed, seek', '--no-profile', '--peer', '/work/peer/x', '--peer', '/tmp/y']);
    expect(options).toMatchObject({ pages: ['indeed', 'seek'], profilePage: null, peerDirs: ['/work/peer/x', '/tmp/y'] });
    expect(pageSelected('seek/job.html', options.pages)).toBe(true);
    expect(pageSelected('lever/job.html', options.pages)).toBe(false);
    expect(pageSelected('lever/job.html', [])).toBe(true);
  });

  test('refuses unknown flags and bad numbers', () => {
    expect(() => parseOptions(['--rep', '3'])).toThrow(/unknown option --rep/);
    expect(() => parseOptions(['--reps', 'many'])).toThrow(/whole number/);
    expect(() => parseOptions(['--reps'])).toThrow(/needs a value/);
  });
});

const frame = (functionName: string, url = '', lineNumber = -1) => ({ functionName, url, lineNumber, columnNumber: 0 });

describe('summarizeProfile', () => {
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)') },
      { id: 2, callFrame: frame('(idle)') },
      { id: 3, callFrame: frame('scan', 'chrome-extension://abc/content-scripts/content.js', 9) },
      { id: 4, callFrame: frame('(garbage collector)') },
    ],
    startTime: 0,
    endTime: 1000,
    // Samples at 0, 100, 400, 700: each counts until the next, the last until the end.
    samples: [3, 3, 4, 2],
    timeDeltas: [0, 100, 300, 300],
  };

  test('self time per function and per script; idle left out of busy', () => {
    const summary = summarizeProfile(profile);
    expect(summary.totalMs).toBeCloseTo(1);
    expect(summary.busyMs).toBeCloseTo(0.7);
    expect(summary.byFunction.map((entry) => [entry.name, entry.ms])).toEqual([
      ['scan ext:content.js:10', 0.4],
      ['(garbage collector)', 0.3],
    ]);
    expect(summary.byUrl.map((entry) => entry.url)).toEqual(['chrome-extension://abc/content-scripts/content.js', '(garbage collector)']);
  });

  test('short URLs', () => {
    expect(shortUrl('chrome-extension://abc/content-scripts/content.js')).toBe('ext:content.js');
    expect(shortUrl('https://au.indeed.com/viewjob?jk=1')).toBe('viewjob');
    expect(shortUrl('')).toBe('(native)');
  });
});

test('page labels and truncation', () => {
  expect(pageLabel('linkedin/sdui-job-view-standalone.xhtml')).toBe('linkedin/sdui-job-view-standalone');
  expect(truncate('abcdef', 4)).toBe('abc…');
  expect(truncate('abc', 4)).toBe('abc');
});

describe('longTasksOf', () => {
  const OURS = 'chrome-extension://abcdef/content-scripts/content.js';
  const PAGE = 'https://boards.greenhouse.io/app.js';
  const main = { pid: 1, tid: 1 };
  const task = (ts: number, ms: number) => ({ ...main, name: 'ThreadControllerImpl::RunTask', ph: 'X', ts, dur: ms * 1000 });
  const layout = (ts: number, ms: number) => ({ ...main, name: 'Layout', ph: 'X', ts, dur: ms * 1000 });
  const invalidation = (ts: number, url: string) => ({ ...main, name: 'LayoutInvalidationTracking', ph: 'I', ts, args: { data: { stackTrace: [{ url }] } } });
  // Samples 1 ms apart: node 2 is our script's frame, node 3 the page's.
  const samples: { node: number; ts: number }[] = [
    ...Array.from({ length: 20 }, (_, i) => ({ node: 2, ts: 10_000 + i * 1000 })),
    ...Array.from({ length: 30 }, (_, i) => ({ node: 3, ts: 100_000 + i * 1000 })),
  ];
  const events = [
    { ...main, name: 'thread_name', ph: 'M', ts: 0, args: { name: 'CrRendererMain' } },
    { ...main, name: 'navigationStart', ph: 'R', ts: 1000, args: { data: { documentLoaderURL: 'https://boards.greenhouse.io/acme/jobs/1' } } },
    { ...main, name: 'Profile', ph: 'P', id: '0x1', ts: 0, args: { data: { startTime: 0 } } },
    {
      pid: 1,
      tid: 9,
      name: 'ProfileChunk',
      ph: 'P',
      id: '0x1',
      ts: 0,
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '' } },
              { id: 2, parent: 1, callFrame: { url: OURS } },
              { id: 3, parent: 1, callFrame: { url: PAGE } },
            ],
            samples: samples.map((sample) => sample.node),
          },
          timeDeltas: samples.map((sample, i) => sample.ts - (samples[i - 1]?.ts ?? 0)),
        },
      },
    },
    // 60 ms, 20 of them our JavaScript: short without us.
    task(10_000, 60),
    // 70 ms of the page's JavaScript.
    task(100_000, 70),
    // 55 ms, 45 of them laying out a change only we made.
    invalidation(190_000, OURS),
    task(200_000, 55),
    layout(201_000, 45),
    // The same, but the page changed things for that frame too: its own.
    invalidation(290_000, OURS),
    invalidation(291_000, PAGE),
    task(300_000, 55),
    layout(301_000, 45),
    // Under 50 ms: not a long task.
    task(400_000, 40),
  ] as unknown as TraceEvent[];

  test('a task is ours when our JavaScript, or rendering only we asked for, is what makes it long', () => {
    const { longTasks, oursMs } = longTasksOf(events);
    expect(longTasks.map((each) => [Math.round(each.startMs), each.owner])).toEqual([
      [9, 'ours'],
      [99, 'page'],
      [199, 'ours'],
      [299, 'page'],
    ]);
    expect(longTasks[0]!.js.ours).toBeGreaterThan(15);
    expect(longTasks[1]!.js.page).toBeGreaterThan(25);
    expect(longTasks[2]!.dirtiedBy).toEqual({ ours: 1, page: 0, browser: 0 });
    expect(longTasks[3]!.dirtiedBy).toEqual({ ours: 1, page: 1, browser: 0 });
    expect(oursMs).toBeGreaterThan(15);
  });

  test("a trace without the page's navigation has nothing to say", () => {
    expect(longTasksOf(events.filter((event) => event.name !== 'navigationStart'))).toEqual({ oursMs: 0, longTasks: [] });
  });
});
