// Builds the candidate pool and the reader batches from the pinned mirrors, deterministically.
// Usage: npx tsx tools/corpus/build-pool.ts [OUT_DIR=.corpus-build]
// Steps: extract + clean -> filters -> held-out check -> dedup (dev, then candidates) -> title groups ->
// seeded draw per group -> ids -> pool.jsonl + two reader mixes (batches/A, batches/B).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FILE, REPO_ROOT } from '../paths';
import { makeBatches, writeBatches } from './batches';
import { Deduper } from './dedup';
import { extractAll } from './extract';
import { rejectReason } from './filters';
import { fingerprints, loadHeldOut } from './fingerprint';
import { shuffle } from './rng';
import { PLANS, selectGroup, type Tagged } from './select';
import { titleGroup } from './title-groups';
import type { Candidate } from './types';

const OUT = process.argv[2] ?? join(REPO_ROOT, '.corpus-build');
const DEV = process.env.DEV ?? CORPUS_FILE;
const SEED = 'rolelens-pool-v1';
const SEED_A = 'rolelens-mix-A';
const SEED_B = 'rolelens-mix-B';
const FIRST_ID = 1001; // existing and held-out ids are below 1000

const count = (m: Map<string, Map<string, number>>, a: string, b: string) => {
  const inner = m.get(a) ?? new Map<string, number>();
  inner.set(b, (inner.get(b) ?? 0) + 1);
  m.set(a, inner);
};

// 1. Extract and clean every record of every source.
const extracted = await extractAll();
const stats = new Map<string, Map<string, number>>(); // source -> step -> count
for (const { source } of extracted) count(stats, source, 'extracted');

// 2. Filters, held-out check and duplicates of dev postings.
const held = loadHeldOut();
const devDedup = new Deduper();
const dev = readFileSync(DEV, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
for (const d of dev) devDedup.add(d);
const passing: Tagged[] = [];
for (const { source, candidate } of extracted) {
  const reason =
    rejectReason(candidate) ??
    (fingerprints(candidate).some((f) => held.has(f)) ? 'held-out' : null) ??
    (devDedup.isDuplicateOf(candidate) ? 'dup-of-dev' : null);
  if (reason) {
    count(stats, source, `drop:${reason}`);
    continue;
  }
  const g = titleGroup(candidate.title, candidate.company);
  passing.push({ c: candidate, source, group: g.group, subgroup: g.subgroup });
}

// Duplicates among candidates. Postings of one employer often share their first 300 characters
// (a company intro), so only one of them can stay: keep the one of the rarest title group
// (platform, then data-eng, then backend, then ML/DS, then the rest), in seeded order within a rank.
const RANK: Record<string, number> = { platform: 0, 'data-eng': 1, backend: 2, 'other/ml-ds': 3 };
const rank = (t: Tagged) => RANK[`${t.group}/${t.subgroup}`] ?? RANK[t.group] ?? 4;
const dedup = new Deduper();
const kept: Tagged[] = [];
for (const t of shuffle(passing, `${SEED}:dedup`).sort((x, y) => rank(x) - rank(y))) {
  if (dedup.isDuplicate(t.c)) count(stats, t.source, 'drop:duplicate');
  else {
    kept.push(t);
    count(stats, t.source, 'eligible');
  }
}

// 3. Seeded draw per title group.
const selected = PLANS.flatMap((p) => selectGroup(kept, p, SEED));

// 4. Ids in a seeded order, continuing the present scheme.
const next = { a: FIRST_ID, b: FIRST_ID };
const sourceOf = new Map<string, string>(); // id -> source name
const pool: Candidate[] = shuffle(selected, `${SEED}:ids`).map((t) => {
  const id = `${t.c.kind}-${String(next[t.c.kind]++).padStart(4, '0')}`;
  sourceOf.set(id, t.source);
  return { ...t.c, id, title_group: t.group, subgroup: t.subgroup };
});
pool.sort((x, y) => x.id!.localeCompare(y.id!));

// 5. Write the pool (corpus format without labels) and the two reader mixes.
mkdirSync(OUT, { recursive: true });
const poolLine = (c: Candidate) =>
  JSON.stringify({ id: c.id, title: c.title, company: c.company, location: c.location, description: c.description, salary_text: c.salary_text, posted: c.posted, source: c.source, title_group: c.title_group });
writeFileSync(join(OUT, 'pool.jsonl'), pool.map(poolLine).join('\n') + '\n');
writeFileSync(join(OUT, 'pool-subgroups.tsv'), 'id\ttitle_group\tsubgroup\tsource\ttitle\n' + pool.map((c) => `${c.id}\t${c.title_group}\t${c.subgroup}\t${sourceOf.get(c.id!)}\t${c.title}`).join('\n') + '\n');
const A = makeBatches(pool, SEED_A);
const B = makeBatches(pool, SEED_B);
writeBatches(join(OUT, 'batches/A'), A);
writeBatches(join(OUT, 'batches/B'), B);

// 6. Report.
const ids = (b: string[]) => new Set(b.map((l) => JSON.parse(l).id as string));
const aSets = A.map(ids);
let maxOverlap = 0;
for (const b of B.map(ids)) for (const a of aSets) maxOverlap = Math.max(maxOverlap, [...b].filter((x) => a.has(x)).length);
const size = (b: string[]) => b.reduce((s, l) => s + Buffer.byteLength(l) + 1, 0);
const report = {
  perSource: Object.fromEntries([...stats].map(([s, m]) => [s, Object.fromEntries(m)])),
  selectedPerSource: countBy(selected.map((t) => t.source)),
  eligiblePerGroup: countBy(kept.map((t) => t.group)),
  eligiblePerSubgroup: countBy(kept.map((t) => `${t.group}/${t.subgroup}`)),
  selectedPerGroup: countBy(pool.map((c) => c.title_group!)),
  selectedPerSubgroup: countBy(pool.map((c) => `${c.title_group}/${c.subgroup}`)),
  targets: Object.fromEntries(PLANS.map((p) => [p.group, p.target])),
  pool: pool.length,
  batches: { A: A.length, B: B.length, maxIdsSharedByAnAAndABBatch: maxOverlap, minKB: Math.round(Math.min(...[...A, ...B].map(size)) / 1000), maxKB: Math.round(Math.max(...[...A, ...B].map(size)) / 1000), minN: Math.min(...[...A, ...B].map((b) => b.length)), maxN: Math.max(...[...A, ...B].map((b) => b.length)) },
};
writeFileSync(join(OUT, 'pool-report.json'), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 1));

function countBy(xs: string[]): Record<string, number> {
  const m: Record<string, number> = {};
  for (const x of xs.sort()) m[x] = (m[x] ?? 0) + 1;
  return m;
}
