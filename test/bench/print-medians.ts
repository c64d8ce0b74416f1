/**
 * Prints the median of every benchmark from vitest's JSON output (vitest's table shows mean and
 * percentiles, not the median), and each one's ratio to the first benchmark of its group.
 */
import { readFileSync } from 'node:fs';

interface Bench {
  name: string;
  median: number;
  sampleCount: number;
}
interface Report {
  files: { filepath: string; groups: { fullName: string; benchmarks: Bench[] }[] }[];
}

const report = JSON.parse(readFileSync(process.argv[2] ?? '.reports/bench.json', 'utf8')) as Report;
console.log('\nMedians (ms), ratio to the first benchmark of each group:');
for (const file of report.files) {
  for (const group of file.groups) {
    console.log(`\n${group.fullName}`);
    const first = group.benchmarks[0]?.median ?? 1;
    for (const bench of group.benchmarks) {
      const median = bench.median.toFixed(bench.median < 1 ? 4 : 2).padStart(10);
      const ratio = `${(bench.median / first).toFixed(1)}×`.padStart(8);
      console.log(`  ${median} ms ${ratio}  ${bench.name}  (${bench.sampleCount} samples)`);
    }
  }
}
