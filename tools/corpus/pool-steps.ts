// The steps every build-pool script takes, in the same order: drop what must not be read (filters,
// held-out postings, duplicates of the labelled corpus and of earlier pools), keep one of each set of
// duplicates, number the draw, write it, report on the batches. Each build-pool-N.ts keeps only what is
// its own (sources, title grouping, plans, caps, report fields), so that a pool rebuilt from the same
// mirrors is byte for byte the one the readers read.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deduper } from './dedup';
import { rejectReason } from './filters';
import { fingerprints, loadHeldOut } from './fingerprint';
import { shuffle } from './rng';
import type { Tagged } from './select';
import type { Candidate } from './types';

/** Per source, how many candidates each step kept or dropped (source -> step -> count). */
export type StepCounts = Map<string, Map<string, number>>;

export function countStep(stats: StepCounts, source: string, step: string): void {
  const inner = stats.get(source) ?? new Map<string, number>();
  inner.set(step, (inner.get(step) ?? 0) + 1);
  stats.set(source, inner);
}

/** Occurrences of each value, keys in sorted order (the reports' tables). */
export function countBy(xs: string[]): Record<string, number> {
  const m: Record<string, number> = {};
  for (const x of xs.sort()) m[x] = (m[x] ?? 0) + 1;
  return m;
}

export const readJsonl = (path: string): Candidate[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Candidate);

/** A pool.jsonl line: the corpus format without labels, with source and title group. */
export const poolLine = (c: Candidate): string =>
  JSON.stringify({ id: c.id, title: c.title, company: c.company, location: c.location, description: c.description, salary_text: c.salary_text, posted: c.posted, source: c.source, title_group: c.title_group });

const rowKey = (s: { repo: string; path: string; row: string }) => `${s.repo}|${s.path}|${s.row}`;

/**
 * Candidates that may be read, grouped by title. Dropped, in this order, with the reason counted:
 * the filters; a held-out posting; a duplicate of the labelled corpus (`devFile`); the very source row
 * of an earlier pool's posting (`in-pool-K`), then a duplicate of one (`dup-of-pool-K`), K from 1.
 */
export function readableCandidates(
  extracted: readonly { source: string; candidate: Candidate }[],
  options: { devFile: string; earlierPools: readonly (readonly Candidate[])[]; group: (c: Candidate) => { group: Tagged['group']; subgroup: string }; stats: StepCounts },
): Tagged[] {
  const held = loadHeldOut();
  const devDedup = new Deduper();
  for (const d of readJsonl(options.devFile)) devDedup.add(d);
  const rows = options.earlierPools.map((pool) => new Set(pool.map((c) => rowKey(c.source))));
  const dedups = options.earlierPools.map((pool) => {
    const dedup = new Deduper();
    for (const p of pool) dedup.add(p);
    return dedup;
  });
  const passing: Tagged[] = [];
  for (const { source, candidate } of extracted) {
    const reason =
      rejectReason(candidate) ??
      (fingerprints(candidate).some((f) => held.has(f)) ? 'held-out' : null) ??
      (devDedup.isDuplicateOf(candidate) ? 'dup-of-dev' : null) ??
      poolReason(rows.findIndex((keys) => keys.has(rowKey(candidate.source))), 'in-pool') ??
      poolReason(dedups.findIndex((dedup) => dedup.isDuplicateOf(candidate)), 'dup-of-pool');
    if (reason) {
      countStep(options.stats, source, `drop:${reason}`);
      continue;
    }
    const g = options.group(candidate);
    passing.push({ c: candidate, source, group: g.group, subgroup: g.subgroup });
  }
  return passing;
}

const poolReason = (index: number, reason: string): string | null => (index < 0 ? null : `${reason}-${index + 1}`);

/**
 * Duplicates among candidates. Postings of one employer often share their first 300 characters (a
 * company intro), so only one of them can stay: the one of the rarest title group (platform, then
 * data-eng, then backend, then ML/DS, then the rest), in seeded order within a rank.
 */
export function keepOneOfEachDuplicate(passing: readonly Tagged[], seed: string, stats: StepCounts): Tagged[] {
  const RANK: Record<string, number> = { platform: 0, 'data-eng': 1, backend: 2, 'other/ml-ds': 3 };
  const rank = (t: Tagged) => RANK[`${t.group}/${t.subgroup}`] ?? RANK[t.group] ?? 4;
  const dedup = new Deduper();
  const kept: Tagged[] = [];
  for (const t of shuffle(passing, `${seed}:dedup`).sort((x, y) => rank(x) - rank(y))) {
    if (dedup.isDuplicate(t.c)) countStep(stats, t.source, 'drop:duplicate');
    else {
      kept.push(t);
      countStep(stats, t.source, 'eligible');
    }
  }
  return kept;
}

/** Ids in a seeded order from `next` (advanced as ids are given), the pool sorted by id, and each id's source. */
export function numberPool(selected: readonly Tagged[], seed: string, next: { a: number; b: number }): { pool: Candidate[]; sourceOf: Map<string, string> } {
  const sourceOf = new Map<string, string>();
  const pool: Candidate[] = shuffle(selected, `${seed}:ids`).map((t) => {
    const id = `${t.c.kind}-${String(next[t.c.kind]++).padStart(4, '0')}`;
    sourceOf.set(id, t.source);
    return { ...t.c, id, title_group: t.group, subgroup: t.subgroup };
  });
  pool.sort((x, y) => (x.id ?? '').localeCompare(y.id ?? ''));
  return { pool, sourceOf };
}

/** `<name>.jsonl` and `<name>-subgroups.tsv` (id, group, sub-group, source, title[, company]) in `out`. */
export function writePool(out: string, name: string, pool: readonly Candidate[], sourceOf: ReadonlyMap<string, string>, withCompany: boolean): void {
  writeFileSync(join(out, `${name}.jsonl`), pool.map(poolLine).join('\n') + '\n');
  const header = `id\ttitle_group\tsubgroup\tsource\ttitle${withCompany ? '\tcompany' : ''}\n`;
  const row = (c: Candidate) => `${c.id}\t${c.title_group}\t${c.subgroup}\t${sourceOf.get(c.id ?? '')}\t${c.title}${withCompany ? `\t${c.company}` : ''}`;
  writeFileSync(join(out, `${name}-subgroups.tsv`), header + pool.map(row).join('\n') + '\n');
}

const batchIds = (b: readonly string[]) => new Set(b.map((l) => JSON.parse(l).id as string));
const batchBytes = (b: readonly string[]) => b.reduce((s, l) => s + Buffer.byteLength(l) + 1, 0);

/** How the two reader mixes came out: the most ids an A batch shares with a B batch, batch sizes in KB and postings. */
export function batchFigures(A: readonly string[][], B: readonly string[][]) {
  const aSets = A.map(batchIds);
  let maxOverlap = 0;
  for (const b of B.map(batchIds)) for (const a of aSets) maxOverlap = Math.max(maxOverlap, [...b].filter((x) => a.has(x)).length);
  const all = [...A, ...B];
  return {
    maxIdsSharedByAnAAndABBatch: maxOverlap,
    minKB: Math.round(Math.min(...all.map(batchBytes)) / 1000),
    maxKB: Math.round(Math.max(...all.map(batchBytes)) / 1000),
    minN: Math.min(...all.map((b) => b.length)),
    maxN: Math.max(...all.map((b) => b.length)),
  };
}
