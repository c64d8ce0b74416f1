// Builds the candidate pool and the reader batches from the pinned mirrors, deterministically.
// Usage: npx tsx tools/corpus/build-pool.ts [OUT_DIR=.corpus-build]
// Steps: extract + clean -> filters -> held-out check -> dedup (dev, then candidates) -> title groups ->
// seeded draw per group -> ids -> pool.jsonl + two reader mixes (batches/A, batches/B).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FILE, REPO_ROOT } from '../paths';
import { makeBatches, writeBatches } from './batches';
import { extractAll } from './extract';
import { batchFigures, countBy, countStep, keepOneOfEachDuplicate, numberPool, readableCandidates, writePool, type StepCounts } from './pool-steps';
import { PLANS, selectGroup } from './select';
import { titleGroup } from './title-groups';

const OUT = process.argv[2] ?? join(REPO_ROOT, '.corpus-build');
const DEV = process.env.DEV ?? CORPUS_FILE;
const SEED = 'rolelens-pool-v1';
const SEED_A = 'rolelens-mix-A';
const SEED_B = 'rolelens-mix-B';
const FIRST_ID = 1001; // existing and held-out ids are below 1000

// 1. Extract and clean every record of every source.
const extracted = await extractAll();
const stats: StepCounts = new Map();
for (const { source } of extracted) countStep(stats, source, 'extracted');

// 2. Filters, held-out check and duplicates of dev postings; then one of each set of duplicates.
const passing = readableCandidates(extracted, { devFile: DEV, earlierPools: [], group: (c) => titleGroup(c.title, c.company), stats });
const kept = keepOneOfEachDuplicate(passing, SEED, stats);

// 3. Seeded draw per title group.
const selected = PLANS.flatMap((p) => selectGroup(kept, p, SEED));

// 4. Ids in a seeded order, continuing the present scheme.
const { pool, sourceOf } = numberPool(selected, SEED, { a: FIRST_ID, b: FIRST_ID });

// 5. Write the pool (corpus format without labels) and the two reader mixes.
mkdirSync(OUT, { recursive: true });
writePool(OUT, 'pool', pool, sourceOf, false);
const A = makeBatches(pool, SEED_A);
const B = makeBatches(pool, SEED_B);
writeBatches(join(OUT, 'batches/A'), A);
writeBatches(join(OUT, 'batches/B'), B);

// 6. Report.
const report = {
  perSource: Object.fromEntries([...stats].map(([s, m]) => [s, Object.fromEntries(m)])),
  selectedPerSource: countBy(selected.map((t) => t.source)),
  eligiblePerGroup: countBy(kept.map((t) => t.group)),
  eligiblePerSubgroup: countBy(kept.map((t) => `${t.group}/${t.subgroup}`)),
  selectedPerGroup: countBy(pool.map((c) => c.title_group!)),
  selectedPerSubgroup: countBy(pool.map((c) => `${c.title_group}/${c.subgroup}`)),
  targets: Object.fromEntries(PLANS.map((p) => [p.group, p.target])),
  pool: pool.length,
  batches: { A: A.length, B: B.length, ...batchFigures(A, B) },
};
writeFileSync(join(OUT, 'pool-report.json'), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 1));

