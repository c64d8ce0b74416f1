/** Self time per function and per script of a V8 CPU profile (CDP Profiler.Profile), pure. */

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  /** "functionName url:line" or a V8 pseudo-node such as "(garbage collector)". */
  name: string;
  url: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Sampled time that was not idle. */
  busyMs: number;
  byFunction: SelfTime[];
  byUrl: { url: string; ms: number }[];
}

/**
 * Each sample's self time is the gap to the next sample (what DevTools does); the last sample gets
 * the gap to the profile's end. V8's pseudo-nodes ("(program)", "(garbage collector)", "(idle)")
 * stand for themselves, with no URL.
 */
export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  let at = profile.startTime;
  const times = deltas.map((delta) => (at += delta));
  for (const [index, nodeId] of samples.entries()) {
    const next = times[index + 1] ?? profile.endTime;
    const gap = Math.max(0, next - (times[index] ?? next));
    selfMicros.set(nodeId, (selfMicros.get(nodeId) ?? 0) + gap);
  }
  const byName = new Map<string, SelfTime>();
  const byUrl = new Map<string, number>();
  let totalMicros = 0;
  let idleMicros = 0;
  for (const [nodeId, micros] of selfMicros) {
    const frame = nodes.get(nodeId)?.callFrame;
    if (!frame) continue;
    totalMicros += micros;
    if (frame.functionName === '(idle)') {
      idleMicros += micros;
      continue;
    }
    const pseudo = frame.url === '' && frame.functionName.startsWith('(');
    const name = pseudo ? frame.functionName : `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
    const entry = byName.get(name) ?? { name, url: frame.url, ms: 0 };
    entry.ms += micros / 1000;
    byName.set(name, entry);
    const urlKey = pseudo ? frame.functionName : frame.url || '(no url: V8 builtins, native)';
    byUrl.set(urlKey, (byUrl.get(urlKey) ?? 0) + micros / 1000);
  }
  return {
    totalMs: totalMicros / 1000,
    busyMs: (totalMicros - idleMicros) / 1000,
    byFunction: [...byName.values()].sort((a, b) => b.ms - a.ms).slice(0, top),
    byUrl: [...byUrl.entries()].map(([url, ms]) => ({ url, ms })).sort((a, b) => b.ms - a.ms),
  };
}

/** chrome-extension://<id>/content-scripts/content.js → content.js; a page URL → its path's last part. */
export function shortUrl(url: string): string {
  if (url === '') return '(native)';
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).pop() ?? parsed.host;
    return parsed.protocol === 'chrome-extension:' ? `ext:${last}` : last;
  } catch {
    return url;
  }
}
