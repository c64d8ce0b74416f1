import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readCorpus } from '../tools/model/read-corpus';
import { scoreCorpus } from '../tools/model/score-corpus';
import { classify } from '../src/role-model/classify';
import { ANNOTATED_POSTINGS, CORPUS_FILE, REPO_ROOT } from '../tools/paths';

const TSX = join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const CLI = join(REPO_ROOT, 'tools', 'eval.ts');

function evaluate(args: string[]): { stdout: string; stderr: string; status: number } {
  try {
    return { stdout: execFileSync(TSX, [CLI, ...args], { encoding: 'utf8', stdio: 'pipe' }), stderr: '', status: 0 };
  } catch (error) {
    return error as { stdout: string; stderr: string; status: number };
  }
}

const lastJson = (stdout: string): Record<string, unknown> => JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, unknown>;

// The command that scores the held-out set: `npm run eval -- <file> --json`, on a corpus in the dev format.
describe('npm run eval -- <corpus> --json', () => {
  let dir: string;
  let devLines: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rolelens-eval-'));
    devLines = readFileSync(CORPUS_FILE, 'utf8').trim().split('\n').slice(0, ANNOTATED_POSTINGS);
  });

  test('its last line holds the figures the issue names, equal to scoring the same postings in process', () => {
    // Every 9th dev posting: 50 of them, all four labels.
    const file = join(dir, 'sample.jsonl');
    writeFileSync(file, devLines.filter((_, i) => i % 9 === 0).join('\n') + '\n');
    const { stdout, status } = evaluate([file, '--json']);
    expect(status).toBe(0);
    const json = lastJson(stdout);
    expect(Object.keys(json).sort()).toEqual(['accuracy', 'confusion', 'hybridKindAccuracy', 'levelAccuracy', 'macroF1', 'n', 'perLabel']);
    expect(Object.keys(json.perLabel as object).sort()).toEqual(['backend', 'data', 'hybrid', 'other']);
    for (const figures of Object.values(json.perLabel as Record<string, object>)) expect(Object.keys(figures).sort()).toEqual(['f1', 'precision', 'recall']);

    const postings = readCorpus(file);
    const expected = scoreCorpus(postings, postings.map((p) => classify({ title: p.title, company: p.company, text: p.description })));
    expect(json.n).toBe(50);
    expect(json.accuracy).toBeCloseTo(expected.accuracy, 4);
    expect(json.macroF1).toBeCloseTo(expected.macroF1, 4);
    expect(json.confusion).toEqual(expected.confusion);
    expect(json.levelAccuracy).toBeCloseTo(expected.levelAccuracy!, 4);
  });

  test('the human lines give the accuracy with its 95% interval around it', () => {
    const file = join(dir, 'interval.jsonl');
    writeFileSync(file, devLines.filter((_, i) => i % 5 === 0).join('\n') + '\n');
    const { stdout } = evaluate([file]);
    const [, accuracy, low, high] = /accuracy (\d\.\d{3}) \(95% interval (\d\.\d{3})–(\d\.\d{3})\)/.exec(stdout)!.map(Number);
    expect(low).toBeLessThan(accuracy!);
    expect(high).toBeGreaterThan(accuracy!);
    // 90 postings: the interval is several points wide on each side.
    expect(high! - low!).toBeGreaterThan(0.08);
  });

  test('rows without level or hybrid kind, a byte-order mark and blank lines are scored, those figures null', () => {
    const file = join(dir, 'bare.jsonl');
    const bare = devLines.slice(0, 20).map((line) => {
      const { level: _level, hybrid_kind: _kind, ...rest } = JSON.parse(line) as Record<string, unknown>;
      return JSON.stringify(rest);
    });
    writeFileSync(file, '\uFEFF' + bare.join('\n\n') + '\n');
    const { stdout, status } = evaluate([file, '--json']);
    expect(status).toBe(0);
    expect(lastJson(stdout)).toMatchObject({ n: 20, levelAccuracy: null, hybridKindAccuracy: null });
  });

  test('a line that is not JSON, or a missing file, is named on stderr with exit 1, not a stack trace', () => {
    const file = join(dir, 'broken.jsonl');
    writeFileSync(file, `${devLines[0]}\n{"id": "x", "label": \n`);
    const broken = evaluate([file, '--json']);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain(`eval: ${file}:2: not JSON`);
    expect(broken.stderr).not.toMatch(/\n\s+at /);

    const missing = evaluate([join(dir, 'no-such.jsonl')]);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/eval: ENOENT.*no-such\.jsonl/);
  });
});
