/**
 * Classifies posting text files: the label, the phrases that decided it, the level, the reference
 * comp band and the interview prep.
 *
 *   npm run analyze -- <file|-> [more files…] [--url URL] [--json]
 *
 * A file's first line is the title, the rest the body; `-` reads stdin. With --json, one JSON object
 * per file, one per line, in order. `--url` is recorded with the report (a later issue reads saved pages).
 */
import { readFileSync } from 'node:fs';
import { buildPostingReport, type PostingReport } from '../report/posting-report';
import type { PostingText } from '../role-model/types';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const urlIndex = args.indexOf('--url');
const url = urlIndex === -1 ? undefined : args[urlIndex + 1];
const files = args.filter((arg, i) => !(urlIndex !== -1 && i === urlIndex + 1) && (arg === '-' || !arg.startsWith('--')));

if (files.length === 0) {
  console.error('usage: npm run analyze -- <file|-> [more files…] [--url URL] [--json]');
  process.exit(2);
}

function readPosting(file: string): PostingText {
  const content = readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
  const newline = content.indexOf('\n');
  const title = (newline === -1 ? content : content.slice(0, newline)).trim();
  const text = newline === -1 ? '' : content.slice(newline + 1);
  return { title, text };
}

const money = (v: number): string => `$${Math.round(v / 1000)}K`;

function printHuman(file: string, report: PostingReport): void {
  console.log(`== ${file}${url ? ` (${url})` : ''}`);
  console.log(`title: ${report.title}`);
  if (report.status === 'insufficient') {
    console.log(`label: insufficient — ${report.reason}`);
  } else {
    const kind = report.hybridKind ? ` (${report.hybridKind})` : '';
    console.log(`label: ${report.label}${kind}, confidence ${report.confidence.toFixed(2)}`);
    console.log(`scores: ${Object.entries(report.scores).map(([l, s]) => `${l} ${s.toFixed(2)}`).join(', ')}`);
    if (report.reason) console.log(`why: ${report.reason}`);
  }
  if (report.contradiction) console.log(`contradiction: ${report.contradiction.explanation}`);
  if (report.evidence.length > 0) {
    console.log('evidence:');
    for (const e of report.evidence.slice(0, 12)) {
      console.log(`  ${e.weight >= 0 ? '+' : ''}${e.weight.toFixed(2)} → ${e.leans.padEnd(7)} “${e.phrase.replace(/\s+/g, ' ')}” (${e.field} ${e.start}-${e.end}, ${e.dimension})`);
    }
  }
  console.log(`level: ${report.level.level}${report.level.phrase ? ` (“${report.level.phrase}”)` : ''}`);
  if (report.compBand.kind === 'bands') {
    for (const band of report.compBand.bands) console.log(`band: ${band.role} ${band.level} ${money(band.min)}–${money(band.max)} per year (${band.citation})`);
  } else {
    console.log(`band: ${report.compBand.reason}`);
  }
  if (report.prep.length > 0) {
    console.log('prep:');
    for (const item of report.prep) console.log(`  [${item.forLabel}/${item.dimension}] ${item.title} — ${item.url}${item.why ? `\n      ${item.why}` : ''}`);
  }
  console.log('');
}

let failed = false;
for (const file of files) {
  let report: PostingReport;
  try {
    report = buildPostingReport(readPosting(file));
  } catch (error) {
    failed = true;
    const message = `${file}: ${(error as Error).message}`;
    if (asJson) console.log(JSON.stringify({ file, error: message }));
    else console.error(message);
    continue;
  }
  if (asJson) console.log(JSON.stringify(url ? { ...report, url } : report));
  else printHuman(file, report);
}
process.exitCode = failed ? 1 : 0;
