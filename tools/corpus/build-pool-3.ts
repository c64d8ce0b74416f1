// Builds the THIRD extension of the candidate pool (pool-3.jsonl) and its reader batches, deterministically.
// Usage: npx tsx tools/corpus/build-pool-3.ts [OUT_DIR=.corpus-build] [--dry-run]
// The first pool and the first extension (OUT_DIR/pool.jsonl, pool-2.jsonl and batches 001-052) are read,
// never written. Candidates are what every source (sources/index.ts ALL_SOURCES) still has: they pass the
// same filters and held-out check, are neither the very source row of a pool.jsonl / pool-2.jsonl posting nor
// a duplicate (same three rules) of dev.jsonl, pool.jsonl, pool-2.jsonl or each other, and are grouped by
// title as in build-pool-2.ts (plurals read as singular, the longer data-vendor list). Then drawn:
// every platform-titled candidate left, then backend-titled (generic software, backend / language developer,
// full-stack), and `other` titles for a third of the extension, spread over sub-groups, sources and companies
// (targets: plans3). Ids continue after pool-2.jsonl's. --dry-run prints the report only.
import { writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_FILE, REPO_ROOT } from '../paths';
import { makeBatches, writeBatches } from './batches';
import { extractAll } from './extract';
import { batchFigures, countBy, countStep, keepOneOfEachDuplicate, numberPool, readJsonl, readableCandidates, writePool, type StepCounts } from './pool-steps';
import { COMPANY_CAP, selectGroup, type CapOf, type GroupPlan, type Tagged } from './select';
import { ALL_SOURCES } from './sources/index';
import { isDataVendor, titleGroup } from './title-groups';

const args = process.argv.slice(2);
const DRY = args.includes('--dry-run');
const OUT = args.find((a) => !a.startsWith('--')) ?? join(REPO_ROOT, '.corpus-build');
const DEV = process.env.DEV ?? CORPUS_FILE;
const POOL_1 = join(OUT, 'pool.jsonl');
const POOL_2 = join(OUT, 'pool-2.jsonl');
const SEED = 'rolelens-pool-v3';
const SEED_A = 'rolelens-mix-A-3';
const SEED_B = 'rolelens-mix-B-3';
/** The earlier mixes end at batch-052; this extension's batches follow. */
const FIRST_BATCH = 53;

/** Size of the extension and the share of it that should be other-titled. */
export const TOTAL_TARGET = 300;
export const OTHER_SHARE = 1 / 3;

/**
 * Targets of the third extension. Platform: every eligible candidate left (no company cap; the earlier pools
 * took all but one). Other: OTHER_SHARE of TOTAL_TARGET, with small quotas so that each kind of other title
 * is present (ML/DS, analyst, DevOps/SRE/cloud, frontend, mobile, QA, security, managers, non-engineering),
 * the rest drawn round-robin over sources. Backend: the rest (planned as about 150 beside about 50 platform;
 * with 1 platform candidate left it is TOTAL_TARGET - other - platform), full-stack and backend /
 * language-developer titles first, then generic software titles. Data-eng is not drawn.
 */
export function plans3(platformLeft: number): GroupPlan[] {
  const other = Math.round(TOTAL_TARGET * OTHER_SHARE);
  const backend = TOTAL_TARGET - other - platformLeft;
  return [
    { group: 'platform', target: platformLeft, quotas: [] },
    { group: 'backend', target: backend, quotas: [{ subgroup: 'fullstack', n: 40 }, { subgroup: 'backend', n: 50 }, { subgroup: 'sre-infra', n: 10 }] },
    {
      group: 'other',
      target: other,
      quotas: [
        { subgroup: 'ml-ds', n: 15 },
        { subgroup: 'analyst', n: 10 },
        { subgroup: 'devops-sre-cloud', n: 10 },
        { subgroup: 'frontend', n: 9 },
        { subgroup: 'mobile', n: 7 },
        { subgroup: 'qa', n: 7 },
        { subgroup: 'security', n: 7 },
        { subgroup: 'manager', n: 10 },
        { subgroup: 'non-engineering', n: 10 },
      ],
    },
  ];
}

/**
 * Generic-software titles the backend draw takes: the generic-swe sub-group's last rule ("engineer") also
 * catches titles such as "Data Center Engineer" or "Geotechnical Engineer"; of that sub-group only titles
 * naming software work (software, developer, programmer, member of technical staff, product / founding
 * engineer, a language or stack + engineer) or a bare "(Senior/Staff...) Engineer(s)" are drawn. Title groups
 * are unchanged (the others stay eligible, undrawn).
 */
const SOFTWARE_TITLE =
  /\b(software|developers?|programmers?|swe|sde|member of technical staff|mts|(product|founding|growth|generalist) engineers?|(javascript|typescript|python|java|golang|go|rust|ruby|rails|node(\.?js)?|c\+\+|c#|\.net|scala|kotlin|elixir|php|kdb)\b.{0,12}\bengineers?)\b/i;
const SENIORITY = /\b(senior|sr|staff|principal|lead|junior|jr|mid|level|founding|i{1,3}|iv|l\d)\b|[^a-z ]/g;
export const isSoftwareTitle = (title: string): boolean =>
  SOFTWARE_TITLE.test(title) || /^engineers?$/.test(title.toLowerCase().replace(SENIORITY, ' ').replace(/\s+/g, ' ').trim());
const drawable = (t: Tagged) => !(t.group === 'backend' && t.subgroup === 'generic-swe' && !isSoftwareTitle(t.c.title));

/** Platform: no company cap (every candidate left is taken); other groups: COMPANY_CAP as before. */
const capOf: CapOf = (t) => (t.group === 'platform' ? Infinity : COMPANY_CAP);

// 0. The earlier pools: their postings are duplicates-to-avoid, their ids and batches are continued.
for (const mix of ['A', 'B'])
  if (!existsSync(join(OUT, `batches/${mix}`, `batch-${String(FIRST_BATCH - 1).padStart(3, '0')}.jsonl`))) throw new Error(`batches/${mix}: the earlier batches are not where expected`);
const pool1 = readJsonl(POOL_1);
const pool2 = readJsonl(POOL_2);
const earlier = [...pool1, ...pool2];
const lastId = (kind: 'a' | 'b') => Math.max(...earlier.filter((c) => c.id?.startsWith(`${kind}-`)).map((c) => Number(c.id?.slice(2))));
const firstNew = { a: lastId('a') + 1, b: lastId('b') + 1 };
const next = { ...firstNew };

// 1. Extract and clean every record of every source.
const extracted = await extractAll(ALL_SOURCES);
const stats: StepCounts = new Map();
for (const { source } of extracted) countStep(stats, source, 'extracted');

// 2. Filters, held-out check, duplicates of dev postings and of the earlier pools; then one of each set of duplicates.
const passing = readableCandidates(extracted, {
  devFile: DEV,
  earlierPools: [pool1, pool2],
  group: (c) => titleGroup(c.title, c.company, { isVendor: isDataVendor, plurals: true }),
  stats,
});
const kept = keepOneOfEachDuplicate(passing, SEED, stats);

// 3. Seeded draw per title group (data-eng is not drawn: pool-2 took 630 and the corpus has enough).
const PLANS_3 = plans3(kept.filter((t) => t.group === 'platform').length);
const drawn = kept.filter(drawable);
const selected = PLANS_3.flatMap((p) => selectGroup(drawn, p, SEED, capOf));

// 4. Ids in a seeded order, after the earlier pools'.
const { pool: pool3, sourceOf } = numberPool(selected, SEED, next);

// 5. pool-3.jsonl (same format as pool.jsonl) and the two reader mixes of this extension only.
const A = makeBatches(pool3, SEED_A);
const B = makeBatches(pool3, SEED_B);
if (!DRY) {
  mkdirSync(OUT, { recursive: true });
  writePool(OUT, 'pool-3', pool3, sourceOf, true);
  writeBatches(join(OUT, 'batches/A'), A, FIRST_BATCH);
  writeBatches(join(OUT, 'batches/B'), B, FIRST_BATCH);
}

// 6. Report.
const batchName = (i: number) => `batch-${String(FIRST_BATCH + i).padStart(3, '0')}`;
const perCompany = Object.values(countBy(selected.map((t) => `${t.group}|${t.c.company.toLowerCase().trim()}`)));
const report = {
  extends: { pools: [POOL_1, POOL_2], pool1Size: pool1.length, pool2Size: pool2.length, firstNewIds: firstNew },
  perSource: Object.fromEntries([...stats].map(([s, m]) => [s, Object.fromEntries(m)])),
  selectedPerSource: countBy(selected.map((t) => t.source)),
  eligiblePerGroup: countBy(kept.map((t) => t.group)),
  eligiblePerSubgroup: countBy(kept.map((t) => `${t.group}/${t.subgroup}`)),
  eligibleGenericSweNotSoftwareTitle: kept.length - drawn.length,
  selectedPerGroup: countBy(pool3.map((c) => c.title_group ?? '')),
  selectedPerSubgroup: countBy(pool3.map((c) => `${c.title_group}/${c.subgroup}`)),
  selectedPerSourceAndGroup: countBy(selected.map((t) => `${t.source}|${t.group}`)),
  selectedPlatformAtDataVendors: selected.filter((t) => t.group === 'platform' && isDataVendor(t.c.company)).length,
  companies: { distinct: new Set(selected.map((t) => t.c.company.toLowerCase().trim())).size, maxPerGroup: Math.max(0, ...perCompany) },
  otherShare: Math.round((selected.filter((t) => t.group === 'other').length / Math.max(1, selected.length)) * 1000) / 1000,
  targets: Object.fromEntries(PLANS_3.map((p) => [p.group, { target: p.target, quotas: p.quotas }])),
  caps: { perCompanyPerGroup: COMPANY_CAP, platform: 'none' },
  pool3: pool3.length,
  ids: {
    a: pool3.filter((c) => c.id?.startsWith('a-')).length,
    b: pool3.filter((c) => c.id?.startsWith('b-')).length,
    aRange: `a-${firstNew.a}...a-${next.a - 1}`,
    bRange: `b-${firstNew.b}...b-${next.b - 1}`,
  },
  batches: {
    A: `${batchName(0)} ... ${batchName(A.length - 1)}`,
    B: `${batchName(0)} ... ${batchName(B.length - 1)}`,
    count: { A: A.length, B: B.length },
    ...batchFigures(A, B),
  },
};
if (!DRY) writeFileSync(join(OUT, 'pool-report-3.json'), JSON.stringify(report, null, 2) + '\n');
console.log(JSON.stringify(report, null, 1));
