import { describe, expect, test } from 'vitest';
import { strongestEvidence } from './rank-evidence';

type Item = { phrase: string; weight: number; field: 'title' | 'text' };
const text = (phrase: string, weight: number): Item => ({ phrase, weight, field: 'text' });
const title = (phrase: string, weight: number): Item => ({ phrase, weight, field: 'title' });

describe('strongestEvidence', () => {
  test.each<{ name: string; ranked: Item[]; max: number; shown: string[] }>([
    { name: 'phrases under a third of the strongest are left out', ranked: [text('DevOps', 0.26), text('design', 0.15), text('Writing', 0.07)], max: 6, shown: ['DevOps', 'design'] },
    { name: 'exactly a third is kept', ranked: [text('a', 0.3), text('b', 0.1)], max: 6, shown: ['a', 'b'] },
    { name: 'a strong title does not hide the body', ranked: [title('Data Engineer', 1.2), text('Airflow', 0.35), text('dbt', 0.3), text('team', 0.05)], max: 6, shown: ['Data Engineer', 'Airflow', 'dbt'] },
    { name: 'at most max', ranked: [text('a', 0.5), text('b', 0.5), text('c', 0.5)], max: 2, shown: ['a', 'b'] },
    { name: 'nothing in, nothing out', ranked: [], max: 6, shown: [] },
  ])('$name', ({ ranked, max, shown }) => {
    expect(strongestEvidence(ranked, max).map((item) => item.phrase)).toEqual(shown);
  });
});
