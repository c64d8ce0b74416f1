import { describe, expect, test } from 'vitest';
import { FULL_STACK_POSTING as FULL_STACK } from '../../test/support/postings';
import { analyzePosting } from './analyze-posting';

const PIPELINES = `About the role
We build batch and streaming data pipelines with Airflow, dbt and Spark, model the warehouse in Snowflake,
and own ELT from our OLTP databases through CDC. You will design dimensional models, tune SQL with window
functions, and keep data freshness SLAs for analytics.`;

describe('the runner-up reading of a close call', () => {
  test('an `other` label with a backend runner-up brings the backend band and prep, marked as the runner-up', () => {
    const report = analyzePosting({ title: 'Senior Software Engineer', description: FULL_STACK });
    expect(report).toMatchObject({ label: 'other', closeCall: 'backend', prep: [], compBand: { kind: 'none' } });
    expect(report.runnerUp?.label).toBe('backend');
    expect(report.runnerUp?.compBand).toMatchObject({ kind: 'bands', level: 'L5', bands: [{ role: 'backend', level: 'L5' }] });
    expect(report.runnerUp?.prep.length).toBeGreaterThan(0);
    expect(report.runnerUp?.prep.every((item) => item.forLabel === 'backend')).toBe(true);
  });

  test('a clear call has none', () => {
    const report = analyzePosting({ title: 'Senior Data Engineer', description: PIPELINES });
    expect(report.closeCall).toBeNull();
    expect(report.runnerUp).toBeNull();
  });

  test('a DE/BE/hybrid label brings its own band and prep, so no runner-up reading is added', () => {
    const report = analyzePosting({ title: 'Senior Backend Engineer', description: `${FULL_STACK}\nYou own the API design, latency and caching with Redis.` });
    expect(report.label).not.toBe('other');
    expect(report.runnerUp).toBeNull();
  });

  test('not enough text: no label, so no runner-up', () => {
    expect(analyzePosting({ title: 'Senior Software Engineer', description: 'React and Node.' }).runnerUp).toBeNull();
  });
});
