import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { classify } from '../../src/role-model/classify';
import { CORPUS_FILE } from '../../tools/paths';

// A typical posting: the dev corpus posting nearest 4 KB. The 1 MB text repeats real postings, so the
// lexicon hits at a realistic rate. Medians are reported by vitest; there are no timing assertions.
const rows = readFileSync(CORPUS_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { title: string; description: string });

const typical = rows
  .filter((row) => row.description.length >= 3000 && row.description.length <= 5000)
  .sort((a, b) => Math.abs(a.description.length - 4096) - Math.abs(b.description.length - 4096))[0]!;

let big = '';
for (let i = 0; big.length < 1_000_000; i = (i + 1) % rows.length) big += `${rows[i]!.description}\n`;
big = big.slice(0, 1_000_000);
const half = big.slice(0, 500_000);

describe(`classify a typical posting (${typical.description.length} chars)`, () => {
  bench('classify 3-5 KB', () => {
    classify({ title: typical.title, text: typical.description });
  });
});

describe('classify a huge description (linear growth: 0.5 MB vs 1 MB)', () => {
  bench('classify 0.5 MB', () => {
    classify({ title: 'Senior Data Engineer', text: half });
  }, { iterations: 10 });
  bench('classify 1 MB', () => {
    classify({ title: 'Senior Data Engineer', text: big });
  }, { iterations: 10 });
});

// Hostile text: 1 MB of a glued lower/upper pair, each a place a run-in heading could end (sections.ts bounds how many are tested).
const gluedWall = 'aB '.repeat(340_000).slice(0, 1_000_000);

describe('classify 1 MB of hostile text', () => {
  bench('classify 1 MB of "aB " (glued capitals)', () => {
    classify({ title: 'Senior Data Engineer', text: gluedWall });
  }, { iterations: 10 });
});
