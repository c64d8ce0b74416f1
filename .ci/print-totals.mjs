// Sums the vitest JSON reports that `npm test` writes to .reports/ and prints one plain line,
// "N passed, N failed, N skipped". Exits non-zero when no test ran or a report is missing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.reports';
let files = [];
try {
  files = readdirSync(dir).filter((name) => name.endsWith('.json'));
} catch {
  // No reports: npm test stopped before running the tests (typecheck or lint failed).
}
let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of files) {
  const report = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  console.log(`${name.replace(/\.json$/, '')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`);
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
if (files.length < 2 || passed === 0) {
  console.error(`Expected the unit+dom and e2e reports in ${dir}/, found ${files.length}.`);
  process.exit(1);
}
process.exit(failed > 0 ? 1 : 0);
