import { readFileSync } from 'node:fs';
import type { HybridKind, Label, Level } from '../../src/role-model/types';

/** One labelled posting, in the format of test/fixtures/corpus/README.md (fields we use). */
export type CorpusPosting = {
  id: string;
  title: string;
  company: string;
  description: string;
  label: Label;
  hybrid_kind: HybridKind | null;
  level: Level | null;
};

const LABEL_SET = new Set(['data', 'backend', 'hybrid', 'other']);

/**
 * Reads a JSONL corpus; blank lines are skipped, a malformed line throws with its line number. A
 * byte-order mark (which some editors and Windows tools write) is not part of the first line's JSON.
 */
export function readCorpus(path: string): CorpusPosting[] {
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split('\n');
  const postings: CorpusPosting[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    let row: Record<string, unknown>;
    try {
      row = JSON.parse(line) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${path}:${index + 1}: not JSON (${(error as Error).message})`, { cause: error });
    }
    if (typeof row.label !== 'string' || !LABEL_SET.has(row.label)) throw new Error(`${path}:${index + 1}: bad label ${String(row.label)}`);
    postings.push({
      id: String(row.id ?? `line-${index + 1}`),
      title: typeof row.title === 'string' ? row.title : '',
      company: typeof row.company === 'string' ? row.company : '',
      description: typeof row.description === 'string' ? row.description : '',
      label: row.label as Label,
      hybrid_kind: (row.hybrid_kind as HybridKind | null | undefined) ?? null,
      level: (row.level as Level | null | undefined) ?? null,
    });
  });
  return postings;
}
