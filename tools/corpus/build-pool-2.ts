// Builds the EXTENSION of the candidate pool (pool-2.jsonl) and its reader batches, deterministically.
// Usage: npx tsx tools/corpus/build-pool-2.ts [OUT_DIR=.corpus-build]
// The first pool (OUT_DIR/pool.jsonl and batches 001-031) is read, never written. Candidates come from the
// new sources (sources/index.ts EXTENSION_SOURCES) and from what the first pool's sources left; they pass the
// same filters and held-out check, are not duplicates (same three rules) of dev.jsonl, of pool.jsonl or of
// each other, are grouped by title (with the longer data-vendor list) and drawn per group like the first pool,
// except that a data-tooling vendor may give up to VENDOR_CAP platform postings. Ids continue the first pool's.
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FILE, REPO_ROOT } from '../paths';
import { makeBatches, writeBatches } from './batches';
import { extractAll } from './extract';
import { batchFigures, countBy, countStep, keepOneOfEachDuplicate, numberPool, readJsonl, readableCandidates, writePool, type StepCounts } from './pool-steps';
import { COMPANY_CAP, selectGroup, type CapOf, type GroupPlan } from './select';
import { ALL_SOURCES, EXTENSION_SOURCES } from './sources/index';
import { isDataVendor, titleGroup } from './title-groups';

const OUT = process.argv[2] ?? join(REPO_ROOT, '.corpus-build');
const DEV = process.env.DEV ?? CORPUS_FILE;
const POOL = join(OUT, 'pool.jsonl');
const SEED = 'rolelens-pool-v2';
const SEED_A = 'rolelens-mix-A-2';
const SEED_B = 'rolelens-mix-B-2';
/** The first pool's mixes end at batch-031; the extension's batches follow. */
const FIRST_BATCH = 32;
export const VENDOR_CAP = 15;

/**
 * Targets of the extension: the first pool's shortfall (platform 1,100 with 250 ML-platform-like and 250
 * data-services-like, data-eng 630), plus backend and other titles so that about a third of the extension is
 * titled neither platform nor data-eng (up to 200 each: the platform target cannot be met, see the report).
 */
export const PLANS_2: GroupPlan[] = [
  { group: 'platform', target: 1100, quotas: [{ subgroup: 'ml-platform', n: 250 }, { subgroup: 'data-services', n: 250 }] },
  { group: 'data-eng', target: 630, quotas: [] },
  { group: 'backend', target: 200, quotas: [{ subgroup: 'fullstack', n: 30 }, { subgroup: 'sre-infra', n: 30 }] },
  { group: 'other', target: 200, quotas: [{ subgroup: 'ml-ds', n: 40 }] },
];

/** Data-tooling vendors may give up to VENDOR_CAP platform postings (their hybrid candidates); otherwise COMPANY_CAP. */
const capOf: CapOf = (t) => (t.group === 'platform' && isDataVendor(t.c.company) ? VENDOR_CAP : COMPANY_CAP);

// 0. The first pool: its postings are duplicates-to-avoid, its ids and batches are continued.
if (!existsSync(join(OUT, 'batches/A', `batch-${String(FIRST_BATCH - 1).padStart(3, '0')}.jsonl`))) throw new Error('the first pool\'s batches are not where expected');
const pool1 = readJsonl(POOL);
const lastId = (kind: 'a' | 'b') => Math.max(...pool1.filter((c) => c.id?.startsWith(`${kind}-`)).map((c) => Number(c.id?.slice(2))));
const next = { a: lastId('a') + 1, b: lastId('b') + 1 };

// 1. Extract and clean every record of every source.
const extracted = await extractAll(ALL_SOURCES);
const stats: StepCounts = new Map();
for (const { source } of extracted) countStep(stats, source, 'extracted');

// 2. Filters, held-out check, duplicates of dev postings and of the first pool; then one of each set of duplicates.
const passing = readableCandidates(extracted, {
  devFile: DEV,
  earlierPools: [pool1],
  group: (c) => titleGroup(c.title, c.company, { isVendor: isDataVendor, plurals: true }),
  stats,
});
const kept = keepOneOfEachDuplicate(passing, SEED, stats);

// 3. Seeded draw per title group.
const selected = PLANS_2.flatMap((p) => selectGroup(kept, p, SEED, capOf));

// 4. Ids in a seeded order, after the first pool's.
const { pool: pool2, sourceOf } = numberPool(selected, SEED, next);

// 5. pool-2.jsonl (same format as pool.jsonl) and the two reader mixes of the extension only.
mkdirSync(OUT, { recursive: true });
writePool(OUT, 'pool-2', pool2, sourceOf, true);
const A = makeBatches(pool2, SEED_A);
const B = makeBatches(pool2, SEED_B);
writeBatches(join(OUT, 'batches/A'), A, FIRST_BATCH);
writeBatches(join(OUT, 'batches/B'), B, FIRST_BATCH);

// 6. Report.
const batchName = (i: number) => `batch-${String(FIRST_BATCH + i).padStart(3, '0')}`;
const newSources = new Set(EXTENSION_SOURCES.map((s) => s.name));
const report = {
  extends: { pool: POOL, pool1Size: pool1.length, firstNewIds: { a: lastId('a') + 1, b: lastId('b') + 1 } },
  perSource: Object.fromEntries([...stats].map(([s, m]) => [s, Object.fromEntries(m)])),
  newSources: [...newSources],
  selectedPerSource: countBy(selected.map((t) => t.source)),
  eligiblePerGroup: countBy(kept.map((t) => t.group)),
  eligiblePerSubgroup: countBy(kept.map((t) => `${t.group}/${t.subgroup}`)),
  eligiblePerSubgroupNewSources: countBy(kept.filter((t) => newSources.has(t.source)).map((t) => `${t.group}/${t.subgroup}`)),
  selectedPerGroup: countBy(pool2.map((c) => c.title_group ?? '')),
  selectedPerSubgroup: countBy(pool2.map((c) => `${c.title_group}/${c.subgroup}`)),
  selectedPlatformAtDataVendors: selected.filter((t) => t.group === 'platform' && isDataVendor(t.c.company)).length,
  targets: Object.fromEntries(PLANS_2.map((p) => [p.group, { target: p.target, quotas: p.quotas }])),
  caps: { perCompanyPerGroup: COMPANY_CAP, dataVendorPlatform: VENDOR_CAP },
  pool2: pool2.length,
  ids: { a: countBy(pool2.map((c) => c.id?.slice(0, 1) ?? '')).a ?? 0, b: countBy(pool2.map((c) => c.id?.slice(0, 1) ?? '')).b ?? 0, first: pool2[0]?.id, last: pool2[pool2.length - 1]?.id },
  batches: {
    A: `${batchName(0)} ... ${batchName(A.length - 1)}`,
    B: `${batchName(0)} ... ${batchName(B.length - 1)}`,
    count: { A: A.length, B: B.length },
    ...batchFigures(A, B),
  },
};
writeFileSync(join(OUT, 'pool-report-2.json'), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 1));
