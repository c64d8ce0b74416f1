import { readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { parseSalaryText } from '../../src/salary/parse-salary-text';
import { CORPUS_FILE } from '../../tools/paths';

// Real descriptions, repeated to size, so the mix of prose, figures and pay lines is realistic.
const descriptions = readFileSync(CORPUS_FILE, 'utf8')
  .split('\n')
  .filter((line) => line.trim().length > 0)
  .map((line) => (JSON.parse(line) as { description: string }).description);
const corpusText = descriptions.join('\n\n');

function textOfSize(bytes: number): string {
  let text = corpusText;
  while (text.length < bytes) text += `\n\n${corpusText}`;
  return text.slice(0, bytes);
}

// A ~5 KB posting with pay lines: the typical case.
const posting5k = descriptions.find((d) => d.length >= 4500 && d.length <= 6000 && d.includes('$')) ?? textOfSize(5_000);
const text100k = textOfSize(100_000);
const text1m = textOfSize(1_000_000);
// Worst case for the scanner: nothing but money figures and dashes.
const dense100k = '$1,000 - '.repeat(100_000 / 9);
const dense1m = '$1,000 - '.repeat(1_000_000 / 9);

describe('parseSalaryText', () => {
  bench('5 KB posting', () => {
    parseSalaryText(posting5k);
  });
  bench('100 KB text', () => {
    parseSalaryText(text100k);
  });
  bench('1 MB text', () => {
    parseSalaryText(text1m);
  }, { iterations: 10 });
  bench('100 KB of "$1,000 - " (dense figures)', () => {
    parseSalaryText(dense100k);
  }, { iterations: 10 });
  // Figures past MAX_FIGURES are not read: the wall costs no more than its first 2,000 figures.
  bench('1 MB of "$1,000 - " (dense figures)', () => {
    parseSalaryText(dense1m);
  }, { iterations: 10 });
});
