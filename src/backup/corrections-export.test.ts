import { expect, test } from 'vitest';
import type { JobChoice } from '../choices/job-choices';
import { correctionsAsJsonl } from './corrections-export';

const base: JobChoice = { board: 'indeed', jobId: 'abc', title: 'Data Engineer', company: 'Acme', location: 'Remote', description: 'Pipelines.', modelLabel: 'backend', at: 2 };

test('corrections are exported one per line in the corpus format; a level alone is not a correction', () => {
  const jsonl = correctionsAsJsonl({
    'indeed:abc': { ...base, label: { label: 'data', hybridKind: null }, level: 'L5' },
    'indeed:lvl': { ...base, jobId: 'lvl', level: 'L4', at: 1 },
    'seek:1': { ...base, board: 'seek', jobId: '1', title: 'Plateforme de données — 平台', label: { label: 'hybrid', hybridKind: 'ml-platform' }, at: 0 },
  });
  const rows = jsonl.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
  expect(rows.map((row) => [row.title, row.label, row.hybrid_kind, row.level])).toEqual([
    ['Plateforme de données — 平台', 'hybrid', 'ml-platform', 'unknown'],
    ['Data Engineer', 'data', null, 'L5'],
  ]);
  expect(Object.keys(rows[1]!)).toEqual(expect.arrayContaining(['id', 'title', 'company', 'location', 'description', 'label', 'hybrid_kind', 'level', 'source']));
  expect(rows[1]!.source).toEqual({ repo: null, path: 'indeed', commit: null, row: 'abc' });
});
