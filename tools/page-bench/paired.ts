/**
 * Paired differences of main-thread CPU per load between the browsers of one `npm run bench:browser`
 * run, step by step: with builds that each leave out one more part of RoleLens passed as `--peer`,
 * what each part costs.
 *
 *   npx tsx tools/page-bench/paired.ts .reports/bench-browser.json none peer:a peer:b RoleLens
 *
 * prints `peer:a − none`, `peer:b − peer:a`, `RoleLens − peer:b`: mean ± 95% interval over every
 * (page, repetition) pair, and the median.
 */
import { readFileSync } from 'node:fs';
import type { LoadRecord } from './report';
import { pairedDifference } from './stats';

const [file, ...order] = process.argv.slice(2);
if (!file || order.length < 2) throw new Error('usage: paired.ts REPORT.json BROWSER BROWSER [BROWSER…] (names as in the report: none, RoleLens, peer:<dir>)');
const loads = (JSON.parse(readFileSync(file, 'utf8')) as { samples: { loads: LoadRecord[] } }).samples.loads;
const byBrowser = new Map<string, Map<string, number>>();
for (const load of loads) {
  const samples = byBrowser.get(load.browser) ?? new Map<string, number>();
  samples.set(`${load.page}#${load.rep}`, load.sample.threadMs);
  byBrowser.set(load.browser, samples);
}
const fixed = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)}`;
for (const [index, name] of order.entries()) {
  if (!byBrowser.has(name)) throw new Error(`no browser "${name}" in ${file}: ${[...byBrowser.keys()].join(', ')}`);
  if (index === 0) continue;
  const before = order[index - 1] as string;
  const result = pairedDifference(byBrowser.get(before)!, byBrowser.get(name)!);
  const text = result === null ? 'no pairs' : `${fixed(result.mean)} ± ${result.interval95?.toFixed(1) ?? '?'} ms (median ${fixed(result.median)}, ${result.pairs} pairs)`;
  console.log(`${`${name} − ${before}`.padEnd(48)} ${text}`);
}
