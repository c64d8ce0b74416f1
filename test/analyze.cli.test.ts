import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { PAGES_DIR, REPO_ROOT } from '../tools/paths';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(REPO_ROOT, 'tools', 'analyze.ts');

function analyze(args: string[], input?: string): { stdout: string; status: number } {
  try {
    return { stdout: execFileSync(TSX, [CLI, ...args], { input, encoding: 'utf8', stdio: 'pipe' }), status: 0 };
  } catch (error) {
    const failure = error as { stdout: string; status: number };
    return { stdout: failure.stdout, status: failure.status };
  }
}

const pages = () => PAGES_DIR;

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);

describe('npm run analyze', () => {
  let dir: string;
  let dataFile: string;
  let backendFile: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rolelens-analyze-'));
    dataFile = join(dir, 'data.txt');
    backendFile = join(dir, 'backend.txt');
    writeFileSync(
      dataFile,
      'Senior Data Engineer\nBuild batch and streaming pipelines with Airflow, dbt and Spark into our Snowflake warehouse. ' +
        'Own ELT, CDC ingestion from OLTP sources, dimensional data modeling and data quality checks for analytics. ' +
        'Write complex SQL with window functions. Base salary range: $150,000 - $190,000 per year, plus equity.',
    );
    writeFileSync(
      backendFile,
      'Staff Backend Engineer\nDesign and build microservices and REST and gRPC APIs in Go that serve millions of requests. ' +
        'Own latency, p99 budgets, caching with Redis and availability of user-facing services backed by Postgres. ' +
        'Deep experience with distributed systems, API design and on-call for production services.',
    );
  });

  test('several text files give one JSON line each, in order, with label, evidence, level, band, salary and prep', () => {
    const { stdout, status } = analyze([dataFile, backendFile, '--json']);
    expect(status).toBe(0);
    const [data, backend] = jsonLines(stdout);
    expect(data).toMatchObject({ file: dataFile, label: 'data', status: 'ok', closeCall: null, level: { level: 'L5' } });
    expect(backend).toMatchObject({ file: backendFile, label: 'backend', level: { level: 'L6' } });
    expect(data!.salary).toEqual([
      expect.objectContaining({ min: 150_000, max: 190_000, currency: 'USD', period: 'year', source: 'text' }),
    ]);
    expect(data!.salaryVsBand).toHaveLength(1);
    expect((data!.evidence as unknown[]).length).toBeGreaterThan(0);
    expect((data!.prep as unknown[]).length).toBeGreaterThan(0);
    expect(data!.compBand).toMatchObject({ kind: 'bands', bands: [expect.objectContaining({ role: 'data', min: 280_000 })] });
  });

  // The same rule as for pages (src/sites/strip-invisible-characters.ts), through analyzePosting.
  test('a text file whose words hide soft hyphens and zero-width spaces reads as the same text without them', () => {
    const hidden = join(dir, 'hidden.txt');
    writeFileSync(hidden, readFileSync(dataFile, 'utf8').replace(/(Da)(ta)|(Air)(flow)|(Sn)(owflake)|(pipe)(lines)|(ware)(house)|(En)(gineer)/g, (...groups: string[]) => {
      const [a, b] = groups.slice(1, 13).filter(Boolean);
      return `${a}\u00AD${b}`;
    }).replace(/ELT/g, 'E\u200BL\u200BT'));
    const [clean, tricked] = jsonLines(analyze([dataFile, hidden, '--json']).stdout);
    expect(readFileSync(hidden, 'utf8')).toMatch(/\u00AD/);
    expect([tricked!.label, tricked!.confidence, tricked!.title]).toEqual([clean!.label, clean!.confidence, 'Senior Data Engineer']);
  });

  test('- reads a posting from stdin, and the human format is readable', () => {
    const { stdout, status } = analyze(['-'], 'Data Engineer\nWe build Airflow and dbt pipelines into BigQuery.');
    expect(status).toBe(0);
    expect(stdout).toMatch(/label: (insufficient|data)/);
    expect(stdout).toContain('band:');
  });

  test('a saved page is read with its adapter: {adapter, layout, postings, cards}', () => {
    const { stdout } = analyze([join(pages(), 'ashby', 'ramp-ai-partnerships-manager-rendered.html'), '--json']);
    const [page] = jsonLines(stdout);
    expect(page).toMatchObject({ adapter: 'ashby', layout: 'application-tab', cards: [] });
    const [posting] = page!.postings as Record<string, unknown>[];
    expect(posting).toMatchObject({ title: 'AI Partnerships Manager', company: 'Ramp', description: '', status: 'insufficient' });
    expect(posting!.salary).toEqual([expect.objectContaining({ min: 220_000, max: 330_000, currency: 'USD', period: 'year' })]);
  });

  test('a fragment needs --url, says so, and reads with it', () => {
    const fragment = join(pages(), 'linkedin', 'guest-api-search-cards-fragment.html');
    const without = analyze([fragment, '--json']);
    expect(without.status).toBe(1);
    expect(jsonLines(without.stdout)[0]!.error).toMatch(/--url/);
    const { stdout } = analyze([fragment, '--json', '--url', 'https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search']);
    const [page] = jsonLines(stdout);
    expect(page).toMatchObject({ adapter: 'linkedin', layout: 'guest-api-search-cards', postings: [] });
    expect(page!.cards).toHaveLength(10);
  });
});
