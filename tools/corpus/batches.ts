// Reader batches: the whole pool shuffled with a mix's own seed, cut into batches of about 55 postings
// and roughly equal size in bytes (a long description is never cut).
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { shuffle } from './rng';
import type { Candidate } from './types';

export const PER_BATCH = 55;
export const MAX_BATCH_BYTES = 260_000;

/** What a reader sees: no source, no title group. */
export const readerLine = (c: Candidate) =>
  JSON.stringify({ id: c.id, title: c.title, company: c.company, location: c.location, description: c.description, salary_text: c.salary_text });

export function makeBatches(pool: Candidate[], seed: string): string[][] {
  const lines = shuffle(pool, seed).map(readerLine);
  const bytes = lines.map((l) => Buffer.byteLength(l) + 1);
  const total = bytes.reduce((a, b) => a + b, 0);
  const n = Math.max(Math.round(lines.length / PER_BATCH), Math.ceil(total / MAX_BATCH_BYTES));
  const out: string[][] = Array.from({ length: n }, () => []);
  // Cut where the running size crosses k/n of the total, so batches are of about equal size.
  let acc = 0;
  lines.forEach((l, i) => {
    const k = Math.min(n - 1, Math.floor((acc / total) * n));
    out[k]?.push(l);
    acc += bytes[i] ?? 0;
  });
  return out.filter((b) => b.length);
}

/** batch-001.jsonl ... (the directory is emptied first), or with `first`, batch-<first>... added next to
 * the batches already there (an extension never rewrites an existing batch: it refuses to overwrite one). */
export function writeBatches(dir: string, batches: string[][], first?: number): void {
  if (first === undefined) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const start = first ?? 1;
  batches.forEach((b, i) => {
    const file = join(dir, `batch-${String(start + i).padStart(3, '0')}.jsonl`);
    if (first !== undefined && existsSync(file) && readFileSync(file, 'utf8') !== b.join('\n') + '\n') throw new Error(`${file} exists with other content: not overwritten`);
    writeFileSync(file, b.join('\n') + '\n');
  });
}
