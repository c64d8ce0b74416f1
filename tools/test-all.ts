/**
 * `npm test`: every tier, then one line of totals.
 *
 *   1. typecheck, lint, and the unit + DOM tests (in parallel)
 *   2. the Chrome and Firefox builds
 *   3. the end-to-end tests (the built extension in Chromium and Firefox ESR)
 *
 * Every tier runs even when an earlier one fails (the e2e tier only when both builds exist), so
 * one run shows everything that is wrong. Vitest writes JSON reports to .reports/; typecheck, lint
 * and each build count as one test each. The last line is `N passed, N failed, N skipped`, and the
 * exit code is non-zero when anything failed or did not run.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

const REPORTS = join(REPO_ROOT, '.reports');

type Step = { name: string; script: string; ok?: boolean };

function run(step: Step): Promise<Step> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], { cwd: REPO_ROOT, stdio: 'inherit' });
    child.on('close', (code) => resolve({ ...step, ok: code === 0 }));
    child.on('error', () => resolve({ ...step, ok: false }));
  });
}

type VitestReport = { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests?: number; success: boolean };

function readReport(name: string): VitestReport | null {
  const file = join(REPORTS, `${name}.json`);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as VitestReport;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });

  const checks: Step[] = [];
  checks.push(
    ...(await Promise.all([
      run({ name: 'typecheck', script: 'typecheck' }),
      run({ name: 'lint', script: 'lint' }),
      run({ name: 'unit and DOM tests', script: 'test:unit' }),
    ])),
  );
  const builds = [await run({ name: 'Chrome build', script: 'build' }), await run({ name: 'Firefox build', script: 'build:firefox' })];
  checks.push(...builds);
  const e2e = builds.every((build) => build.ok) ? await run({ name: 'end-to-end tests', script: 'test:e2e' }) : null;

  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const lines: string[] = [];
  for (const check of checks.filter((each) => each.script !== 'test:unit')) {
    if (check.ok) passed++;
    else failed++;
    lines.push(`${check.name}: ${check.ok ? 'passed' : 'FAILED'}`);
  }
  for (const [name, report, step] of [
    ['unit and DOM tests', readReport('unit-and-dom'), checks.find((check) => check.script === 'test:unit')],
    ['end-to-end tests', e2e ? readReport('e2e') : null, e2e],
  ] as const) {
    if (!report) {
      // No report: the tier did not run (a build failed) or crashed before writing one.
      failed++;
      lines.push(`${name}: did not run${step ? '' : ' (a build failed)'}`);
      continue;
    }
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    // A file that fails to load counts no test but fails the run (vitest's `success`).
    if (report.numFailedTests === 0 && (!report.success || step?.ok === false)) {
      failed++;
      lines.push(`${name}: ${report.numPassedTests} passed, but the run FAILED (a file could not load?)`);
    } else {
      lines.push(`${name}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
    }
  }
  console.log('');
  for (const line of lines) console.log(line);
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('0 passed, 1 failed, 0 skipped');
  process.exitCode = 1;
});
