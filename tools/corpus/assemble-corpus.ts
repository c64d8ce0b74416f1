/**
 * Assembles the labelled corpus the classifier is trained and cross-validated on
 * (test/fixtures/corpus/postings.jsonl): the first 450 postings (the original labelled set, as they were), then the
 * labelled rows of each pool extension, in order.
 *
 *   npx tsx tools/corpus/assemble-corpus.ts DEV.jsonl LABELLED-1.jsonl [LABELLED-2.jsonl …] --out postings.jsonl
 *
 * One more duplicate rule than the pools' three (same text, same first 300 characters, same title and
 * company): a posting whose description shares 90% or more of its 8-word shingles with an earlier
 * one (a repost under another title, "Rust Engineer" and "C++ Engineer" over one text) is left out,
 * so that cross-validation never scores a posting against its own twin. Then the held-out check:
 * any collision with the held-out fingerprints stops the run.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fingerprints, loadHeldOut } from './fingerprint';

const NEAR_DUPLICATE = 0.9;
const SHINGLE = 8;
/** A shingle shared by more postings than this is boilerplate (an equal-opportunity paragraph): it does not make two postings candidates. */
const COMMON_SHINGLE = 20;

type Row = { id: string; description: string } & Record<string, unknown>;

function shingles(text: string): Set<string> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) out.add(words.slice(i, i + SHINGLE).join(' '));
  return out;
}

function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line.replace(/^\uFEFF/, '')) as Row);
}

/** Ids of postings that nearly repeat an earlier one, with the earlier id. */
export function nearDuplicates(rows: readonly Row[], keep: (row: Row) => boolean): Map<string, string> {
  const sets = rows.map((row) => shingles(row.description));
  const index = new Map<string, number[]>();
  sets.forEach((set, i) => {
    for (const shingle of set) (index.get(shingle) ?? index.set(shingle, []).get(shingle)!).push(i);
  });
  const dropped = new Map<string, string>();
  for (let i = 0; i < rows.length; i++) {
    if (keep(rows[i]!)) continue;
    // Candidates share a rare shingle; the likeness itself is measured on the whole texts.
    const candidates = new Set<number>();
    for (const shingle of sets[i]!) {
      const holders = index.get(shingle)!;
      if (holders.length > COMMON_SHINGLE) continue;
      for (const j of holders) if (j < i && !dropped.has(rows[j]!.id)) candidates.add(j);
    }
    for (const j of candidates) {
      let shared = 0;
      for (const shingle of sets[i]!) if (sets[j]!.has(shingle)) shared++;
      const union = sets[i]!.size + sets[j]!.size - shared;
      if (union > 0 && shared / union >= NEAR_DUPLICATE) {
        dropped.set(rows[i]!.id, rows[j]!.id);
        break;
      }
    }
  }
  return dropped;
}

function main(): void {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  if (outAt < 0 || !args[outAt + 1] || outAt < 2) {
    console.error('usage: assemble-corpus.ts DEV.jsonl LABELLED.jsonl [...] --out postings.jsonl');
    process.exit(2);
  }
  const out = args[outAt + 1]!;
  const [dev, ...labelled] = args.slice(0, outAt);
  const devRows = readRows(dev!);
  const devIds = new Set(devRows.map((row) => row.id));
  const rows = [...devRows, ...labelled.flatMap(readRows)];
  const ids = new Set<string>();
  for (const row of rows) {
    if (ids.has(row.id)) throw new Error(`id ${row.id} appears twice`);
    ids.add(row.id);
  }
  const dropped = nearDuplicates(rows, (row) => devIds.has(row.id));
  for (const [id, twin] of dropped) console.error(`near-duplicate: ${id} repeats ${twin}; left out`);
  const kept = rows.filter((row) => !dropped.has(row.id));
  const heldOut = loadHeldOut();
  const colliding = kept.filter((row) => fingerprints(row as Parameters<typeof fingerprints>[0]).some((print) => heldOut.has(print)));
  if (colliding.length > 0) throw new Error(`held-out postings in the corpus: ${colliding.map((row) => row.id).join(', ')}`);
  writeFileSync(out, kept.map((row) => `${JSON.stringify(row)}\n`).join(''));
  console.error(`${kept.length} postings written to ${out} (${dropped.size} near-duplicates left out; 0 held-out collisions)`);
}

if (process.argv[1]?.endsWith('assemble-corpus.ts')) main();
