/** Small pure statistics for the browser benchmark: medians and long-task summaries. */

/** The median of the finite numbers in `values`, or null when there are none (a page with no panel, say). */
export function median(values: readonly (number | null | undefined)[]): number | null {
  const sorted = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** `a - b`, or null when either side is missing. */
export function delta(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a - b;
}

/** A long task as the page's PerformanceObserver saw it: start and duration, in ms since navigation start. */
export interface LongTask {
  start: number;
  duration: number;
}

export interface LongTaskSummary {
  count: number;
  /** The longest task's duration, 0 when there was none. */
  longest: number;
  /** Total blocking time: the sum over long tasks of (duration − 50 ms). */
  blocking: number;
}

/** The threshold of the Long Tasks API, and of total blocking time. */
export const LONG_TASK_MS = 50;

/** Count, longest and total blocking time of the long tasks that started inside [from, to). */
export function summarizeLongTasks(tasks: readonly LongTask[], from = 0, to = Number.POSITIVE_INFINITY): LongTaskSummary {
  const inside = tasks.filter((task) => task.start >= from && task.start < to);
  return {
    count: inside.length,
    longest: inside.reduce((longest, task) => Math.max(longest, task.duration), 0),
    blocking: inside.reduce((sum, task) => sum + Math.max(0, task.duration - LONG_TASK_MS), 0),
  };
}

export interface PairedDifference {
  /** Pairs compared: loads of the same page in the same repetition, one in each browser. */
  pairs: number;
  mean: number;
  /** Half-width of the 95% interval of the mean (normal approximation; null under 2 pairs). */
  interval95: number | null;
  median: number;
}

/**
 * `after − before`, load by load: the two browsers took turns on the same page and repetition, so
 * each pair shares the machine's state of that moment, and the difference is much tighter than
 * the difference of two medians.
 */
export function pairedDifference(before: ReadonlyMap<string, number>, after: ReadonlyMap<string, number>): PairedDifference | null {
  const differences = [...after].filter(([key]) => before.has(key)).map(([key, value]) => value - (before.get(key) as number));
  const n = differences.length;
  if (n === 0) return null;
  const mean = differences.reduce((sum, value) => sum + value, 0) / n;
  const variance = n < 2 ? null : differences.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (n - 1);
  return { pairs: n, mean, interval95: variance === null ? null : (1.96 * Math.sqrt(variance)) / Math.sqrt(n), median: median(differences) as number };
}
