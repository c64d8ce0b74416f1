// Merges two independent readings (mix A and mix B) of the pool, and optionally the adjudication
// readings of their disagreements, into labelled rows in the corpus format (see README.md).
// Usage:
//   npx tsx tools/corpus/merge-readings.ts --pool POOL.jsonl --a A.jsonl --b B.jsonl \
//       [--adjudication ADJ.jsonl --out LABELLED.jsonl] [--disagreements OUT.jsonl]
// A, B and ADJ may each be one JSONL file or a folder of them (one per batch).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LABELS = ['data', 'backend', 'hybrid', 'other'] as const;
export const KINDS = ['data-platform', 'ml-platform', 'data-services'] as const;
export const LEVELS = ['L3', 'L4', 'L5', 'L6', 'L7', 'unknown'] as const;

export interface Reading {
  id: string;
  label: (typeof LABELS)[number];
  hybrid_kind: (typeof KINDS)[number] | null;
  level: (typeof LEVELS)[number];
  confidence?: string;
  rationale?: string;
}

const readJsonl = (path: string): unknown[] => {
  const files = statSync(path).isDirectory()
    ? readdirSync(path).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(path, f))
    : [path];
  return files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l, i) => {
        try {
          return JSON.parse(l.replace(/^\uFEFF/, ''));
        } catch {
          throw new Error(`${f}:${i + 1}: not JSON`);
        }
      }),
  );
};

/** Problems with one reading (empty when valid). */
export function readingErrors(r: Partial<Reading>): string[] {
  const e: string[] = [];
  if (!LABELS.includes(r.label as never)) e.push(`label ${JSON.stringify(r.label)}`);
  if (r.label === 'hybrid' ? !KINDS.includes(r.hybrid_kind as never) : r.hybrid_kind !== null)
    e.push(`hybrid_kind ${JSON.stringify(r.hybrid_kind)} for label ${r.label}`);
  if (!LEVELS.includes(r.level as never)) e.push(`level ${JSON.stringify(r.level)}`);
  return e;
}

/** Validates a set of readings against the expected ids: each id exactly once, valid values. */
export function validate(name: string, readings: Partial<Reading>[], ids: Set<string>, requireAll: boolean): Map<string, Reading> {
  const errors: string[] = [];
  const byId = new Map<string, Reading>();
  for (const r of readings) {
    if (!r.id || !ids.has(r.id)) errors.push(`${name}: unknown id ${JSON.stringify(r.id)}`);
    else if (byId.has(r.id)) errors.push(`${name}: ${r.id} read more than once`);
    else {
      const e = readingErrors(r);
      if (e.length) errors.push(`${name}: ${r.id}: ${e.join('; ')}`);
      byId.set(r.id, r as Reading);
    }
  }
  if (requireAll) for (const id of ids) if (!byId.has(id)) errors.push(`${name}: ${id} not read`);
  if (errors.length) throw new Error(`${errors.length} problem(s):\n${errors.slice(0, 50).join('\n')}`);
  return byId;
}

const differ = (a: Reading, b: Reading) => a.label !== b.label || a.hybrid_kind !== b.hybrid_kind;

const readingView = (x: Reading) => ({ label: x.label, hybrid_kind: x.hybrid_kind, level: x.level, rationale: x.rationale ?? null });

export function merge(opts: { pool: string; a: string; b: string; adjudication?: string; out?: string; disagreements?: string }) {
  const pool = readJsonl(opts.pool) as Record<string, unknown>[];
  const ids = new Set(pool.map((p) => p.id as string));
  const A = validate('A', readJsonl(opts.a) as Partial<Reading>[], ids, true);
  const B = validate('B', readJsonl(opts.b) as Partial<Reading>[], ids, true);
  const same = pool.filter((p) => A.get(p.id as string)!.label === B.get(p.id as string)!.label).length;
  const disputed = pool.filter((p) => differ(A.get(p.id as string)!, B.get(p.id as string)!));

  // (a) The postings a third reader must decide: text plus both readings.
  const dis = disputed.map((p) => {
    return { id: p.id, title: p.title, company: p.company, location: p.location, description: p.description, salary_text: p.salary_text, reading_a: readingView(A.get(p.id as string)!), reading_b: readingView(B.get(p.id as string)!) };
  });
  if (opts.disagreements) writeFileSync(opts.disagreements, dis.map((d) => JSON.stringify(d)).join('\n') + (dis.length ? '\n' : ''));

  // (b) Final rows, once every disagreement has an adjudication.
  let rows: Record<string, unknown>[] | null = null;
  if (opts.adjudication) {
    const need = new Set(disputed.map((p) => p.id as string));
    const adj = validate('adjudication', readJsonl(opts.adjudication) as Partial<Reading>[], ids, false);
    const missing = [...need].filter((id) => !adj.has(id));
    if (missing.length) throw new Error(`adjudication missing for ${missing.length} disputed id(s): ${missing.slice(0, 20).join(', ')}`);
    rows = pool.map((p) => {
      const id = p.id as string;
      const a = A.get(id)!;
      const b = B.get(id)!;
      const agreed = !need.has(id);
      const final = agreed ? a : adj.get(id)!;
      const level = a.level === b.level ? a.level : adj.get(id)?.level ?? a.level;
      return {
        id, title: p.title, company: p.company, location: p.location, description: p.description, salary_text: p.salary_text, posted: p.posted, source: p.source,
        label: final.label, hybrid_kind: final.label === 'hybrid' ? final.hybrid_kind : null, level, agreement: agreed ? 'agreed' : 'adjudicated',
      };
    });
    if (opts.out) writeFileSync(opts.out, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  }
  return { total: pool.length, sameLabel: same, agreement: pool.length ? same / pool.length : 0, disagreements: dis.length, rows };
}

// CLI
const arg = (k: string) => {
  const i = process.argv.indexOf(`--${k}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
if (process.argv[1]?.endsWith('merge-readings.ts')) {
  const pool = arg('pool') ?? '.corpus-build/pool.jsonl';
  const a = arg('a');
  const b = arg('b');
  if (!a || !b || !existsSync(a) || !existsSync(b)) {
    console.error('usage: merge-readings.ts --pool POOL --a A --b B [--adjudication ADJ --out OUT] [--disagreements DIS]');
    process.exit(2);
  }
  const r = merge({ pool, a, b, adjudication: arg('adjudication'), out: arg('out'), disagreements: arg('disagreements') ?? '.corpus-build/disagreements.jsonl' });
  console.log(`label agreement: ${r.sameLabel}/${r.total} = ${r.agreement.toFixed(3)}; label or hybrid kind differ: ${r.disagreements}`);
  if (r.rows) console.log(`labelled rows: ${r.rows.length} (${r.rows.filter((x) => x.agreement === 'adjudicated').length} adjudicated)`);
}
