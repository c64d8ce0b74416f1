/**
 * What RoleLens says about postings, from the command line.
 *
 *   npm run analyze -- <file|-> [more files…] [--url URL] [--json]
 *
 * A file is either a saved job page (.html, .xhtml, or anything starting with markup), read with
 * the same adapters as the extension (URL from --url, else the page's canonical/og:url), or a text
 * file whose first line is the title and the rest the body; `-` reads a text posting from stdin.
 * Human-readable by default; with --json one JSON object per file, one per line, in order.
 */
import { readFileSync } from 'node:fs';
import { analyzePosting, type PostingAnalysis } from '../src/analysis/analyze-posting';
import { buildPageReport, type PageReport } from './page-report';
import { readSavedPage } from './read-saved-page';
import { boardCountryOfUrl } from '../src/sites/board-country';
import { BOUND_WORDS } from '../src/salary/bound-words';

const USAGE = 'usage: npm run analyze -- <file|-> [more files…] [--url URL] [--json]';

function parseArgs(args: string[]): { files: string[]; url: string | undefined; json: boolean } {
  const files: string[] = [];
  let url: string | undefined;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--url') url = args[++i];
    else if (arg.startsWith('--url=')) url = arg.slice('--url='.length);
    else if (arg === '-' || !arg.startsWith('--')) files.push(arg);
    else throw new Error(`unknown option ${arg}\n${USAGE}`);
  }
  if (files.length === 0) throw new Error(USAGE);
  return { files, url, json };
}

function isSavedPage(file: string, content: string): boolean {
  return /\.(x?html?|xhtml)$/i.test(file) || /^\uFEFF?\s*<(?:!doctype|html|\?xml|head|body|div|li|section|main)\b/i.test(content);
}

type Result = ({ file: string } & PageReport) | ({ file: string; url?: string } & PostingAnalysis);

function analyzeFile(file: string, url: string | undefined): Result {
  const content = readFileSync(file === '-' ? 0 : file, 'utf8').replace(/^\uFEFF/, '');
  if (file !== '-' && isSavedPage(file, content)) {
    const page = readSavedPage(file, url);
    return { file, ...buildPageReport(page.url, page.result) };
  }
  const newline = content.indexOf('\n');
  const title = (newline === -1 ? content : content.slice(0, newline)).trim();
  const description = newline === -1 ? '' : content.slice(newline + 1);
  return { file, ...(url ? { url } : {}), ...analyzePosting({ title, description, boardCountry: url ? boardCountryOfUrl(url) : null }) };
}


const money = (amount: number, currency = 'USD'): string =>
  `${currency === 'USD' ? '$' : `${currency} `}${amount >= 10_000 ? `${Math.round(amount / 1000)}K` : amount}`;

function printPosting(report: PostingAnalysis, indent = ''): void {
  const line = (text: string) => console.log(`${indent}${text}`);
  line(`title: ${report.title}${report.company ? ` — ${report.company}` : ''}${report.location ? ` (${report.location})` : ''}`);
  if (report.status === 'insufficient') {
    line(`label: insufficient — ${report.reason}`);
  } else {
    const kind = report.hybridKind ? ` (${report.hybridKind})` : '';
    line(`label: ${report.label}${kind}, confidence ${report.confidence.toFixed(2)}${report.closeCall ? ` (close call: ${report.closeCall} ${report.scores[report.closeCall].toFixed(2)})` : ''}`);
    line(`scores: ${Object.entries(report.scores).map(([label, score]) => `${label} ${score.toFixed(2)}`).join(', ')}`);
    if (report.reason) line(`why: ${report.reason}`);
  }
  if (report.contradiction) line(`contradiction: ${report.contradiction.explanation}`);
  if (report.evidence.length > 0) {
    line('evidence:');
    for (const item of report.evidence.slice(0, 12)) {
      line(
        `  ${item.weight >= 0 ? '+' : ''}${item.weight.toFixed(2)} → ${item.leans.padEnd(7)} “${item.phrase.replace(/\s+/g, ' ')}” (${item.field} ${item.start}-${item.end}, ${item.dimension}${item.companyText ? ', company text' : ''}${item.postingFormat ? ', posting format' : ''})`,
      );
    }
  }
  line(`level: ${report.level.level}${report.level.phrase ? ` (“${report.level.phrase}”)` : ''}`);
  if (report.compBand.kind === 'bands') {
    for (const band of report.compBand.bands) {
      line(`band: ${band.role} ${band.level} ${money(band.min)}–${money(band.max)} per year (${band.citation})`);
    }
  } else {
    line(`band: ${report.compBand.reason}`);
  }
  if (report.salary.length === 0) line('salary: none stated');
  report.salary.forEach((range, index) => {
    const flags = range.flags.length > 0 ? ` [${range.flags.join(', ')}]` : '';
    const where = [range.location, range.level].filter(Boolean).map((label) => ` ${label}:`).join('');
    const figures = range.min === range.max ? money(range.min, range.currency) : `${money(range.min, range.currency)}–${money(range.max, range.currency)}`;
    line(`salary:${where} ${BOUND_WORDS[range.bound]}${figures} per ${range.period}${flags} — “${range.text}”`);
    for (const comparison of report.salaryVsBand[index] ?? []) line(`  vs band: ${comparison.verdict} — ${comparison.explanation}`);
  });
  if (report.prep.length > 0) {
    line('prep:');
    for (const item of report.prep) line(`  [${item.forLabel}/${item.dimension}] ${item.title} — ${item.url}`);
  }
  if (report.runnerUp) {
    const { label, compBand, prep } = report.runnerUp;
    line(`if it is ${label}:`);
    if (compBand.kind === 'bands') for (const band of compBand.bands) line(`  band: ${band.role} ${band.level} ${money(band.min)}–${money(band.max)} per year`);
    else line(`  band: ${compBand.reason}`);
    for (const item of prep) line(`  prep: [${item.forLabel}/${item.dimension}] ${item.title} — ${item.url}`);
  }
}

function printHuman(result: Result): void {
  if ('postings' in result) {
    console.log(`== ${result.file} (${result.url})`);
    console.log(`adapter: ${result.adapter ?? 'none'}, layout: ${result.layout ?? 'not recognised'}${result.reason ? ` — ${result.reason}` : ''}`);
    for (const posting of result.postings) {
      console.log(`posting ${posting.jobId ?? '(no id)'}:`);
      printPosting(posting, '  ');
    }
    if (result.cards.length > 0) console.log(`cards (${result.cards.length}):`);
    for (const card of result.cards) {
      console.log(`  ${card.jobId}  ${card.title}${card.company ? ` — ${card.company}` : ''}${card.location ? ` (${card.location})` : ''}  [title suggests: ${card.titleSuggests ?? 'nothing'}]`);
    }
  } else {
    console.log(`== ${result.file}${result.url ? ` (${result.url})` : ''}`);
    printPosting(result);
  }
  console.log('');
}

function main(): void {
  let options: ReturnType<typeof parseArgs>;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  let failed = false;
  for (const file of options.files) {
    try {
      const result = analyzeFile(file, options.url);
      if (options.json) console.log(JSON.stringify(result));
      else printHuman(result);
    } catch (error) {
      failed = true;
      const reason = (error as Error).message;
      const message = reason.includes(file) ? reason : `${file}: ${reason}`;
      if (options.json) console.log(JSON.stringify({ file, error: message }));
      else console.error(message);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

main();
