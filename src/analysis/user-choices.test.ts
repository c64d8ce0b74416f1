import { expect, test } from 'vitest';
import { analyzePosting } from './analyze-posting';

const PIPELINES = `About the role
We build batch and streaming data pipelines with Airflow, dbt and Spark, model the warehouse in Snowflake,
and own ELT from our OLTP databases through CDC. You will design dimensional models, tune SQL with window
functions, and keep data freshness SLAs for analytics.`;

test("the user's label decides the band and the prep; RoleLens's reading stays beside it", () => {
  const own = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINES });
  expect(own.label).toBe('data');
  const mine = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINES }, { label: { label: 'backend', hybridKind: null } });
  expect(mine.label).toBe('data');
  expect(mine.userLabel).toEqual({ label: 'backend', hybridKind: null });
  expect(mine.compBand).toMatchObject({ kind: 'bands', bands: [{ role: 'backend', level: 'L5' }] });
  expect(mine.prep.every((item) => item.forLabel === 'backend')).toBe(true);
  expect(mine.runnerUp).toBeNull();
});

test('a level the user sets decides the band at once, and the inferred one is kept beside it', () => {
  const mine = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINES }, { level: 'L6' });
  expect(mine.level.level).toBe('L6');
  expect(mine.inferredLevel?.level).toBe('L5');
  expect(mine.compBand).toMatchObject({ kind: 'bands', level: 'L6', bands: [{ role: 'data', level: 'L6', min: 420_000 }] });
});

test('a posting with too little text gets a band once the user labels it and sets its level', () => {
  const mine = analyzePosting({ title: 'Engineer', description: 'Python.' }, { label: { label: 'hybrid', hybridKind: 'ml-platform' }, level: 'L5' });
  expect(mine.status).toBe('insufficient');
  expect(mine.compBand).toMatchObject({ kind: 'bands', bands: [{ role: 'data' }, { role: 'backend' }] });
});

test('the band says what it is on a posting outside the US, and only there', () => {
  expect(analyzePosting({ title: 'Senior Data Engineer', description: PIPELINES, location: 'Tel Aviv, Israel' }).bandNote).toBe(
    'The reference bands are US big-tech total compensation; this posting is in Israel.',
  );
  expect(analyzePosting({ title: 'Senior Data Engineer', description: `${PIPELINES}\nSalary: €80,000 - €95,000 per year.`, location: 'Remote' }).bandNote).toMatch(/pays in EUR/);
  expect(analyzePosting({ title: 'Senior Data Engineer', description: PIPELINES, location: 'Seattle, WA' }).bandNote).toBeNull();
});
