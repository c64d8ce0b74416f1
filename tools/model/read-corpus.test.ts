import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readCorpus } from './read-corpus';

const row = (fields: Record<string, unknown>): string => JSON.stringify({ id: 'x-1', title: 'Data Engineer', company: 'Acme', description: 'Build pipelines.', label: 'data', hybrid_kind: null, level: 'L5', ...fields });

function corpusFile(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rolelens-corpus-')), 'corpus.jsonl');
  writeFileSync(path, text, 'utf8');
  return path;
}

test('a byte-order mark, Windows line ends and blank lines are read past', () => {
  const path = corpusFile(`\uFEFF${row({})}\r\n\r\n${row({ id: 'x-2', label: 'hybrid', hybrid_kind: 'ml-platform', level: 'unknown' })}\r\n`);
  expect(readCorpus(path).map((p) => [p.id, p.label, p.hybrid_kind, p.level])).toEqual([
    ['x-1', 'data', null, 'L5'],
    ['x-2', 'hybrid', 'ml-platform', 'unknown'],
  ]);
});

test('missing optional fields read as empty, not as a crash', () => {
  const [posting] = readCorpus(corpusFile(`${JSON.stringify({ title: 'Backend Engineer', label: 'backend' })}\n`));
  expect(posting).toEqual({ id: 'line-1', title: 'Backend Engineer', company: '', description: '', label: 'backend', hybrid_kind: null, level: null });
});

test.each([
  ['a line that is not JSON', `${row({})}\n{"title": "Backend`, /corpus\.jsonl:2: not JSON/],
  ['a label outside the four', `${row({ label: 'frontend' })}\n`, /corpus\.jsonl:1: bad label frontend/],
])('%s throws with its line number', (_name, text, message) => {
  expect(() => readCorpus(corpusFile(text))).toThrow(message);
});
