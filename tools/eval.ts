/**
 * Scores the classifier on a labelled corpus (format: test/fixtures/corpus/README.md).
 *
 *   npm run eval -- [corpus.jsonl] [--json] [--cv]
 *
 * --cv scores 5-fold cross-validation on the corpus instead (train on 4/5 with the committed
 * hyperparameters, classify the held-out fifth): the honest estimate for postings not tuned on.
 *
 * Prints accuracy (with its 95% interval: a few hundred postings pin it down only to a few points),
 * macro-F1, per-label precision/recall/F1, the confusion matrix (rows: truth, columns: prediction;
 * `insufficient` is its own column and always a miss), hybrid-kind accuracy
 * (among postings labelled and predicted hybrid) and level accuracy (among postings with a level
 * label), then how the clear and the close calls fared. With --json the last line is one JSON object
 * with the figures the issue names (the close calls are printed only).
 */
import { crossValidate } from './model/cross-validate';
import { readCorpus } from './model/read-corpus';
import { EVAL_LABELS, scoreCorpus, type CorpusScore } from './model/score-corpus';
import { DEFAULT_HYPERPARAMETERS, vectorize } from './model/train-model';
import { wilsonInterval } from './model/wilson-interval';
import { classify } from '../src/role-model/classify';
import { CLOSE_CALL_SCORE } from '../src/role-model/close-call';
import { CORPUS_FILE } from './paths';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const crossValidated = args.includes('--cv');
const CV_FOLDS = 5;
const corpusPath = args.find((arg) => !arg.startsWith('--')) ?? CORPUS_FILE;

/**
 * A corpus that cannot be read (no such file, a line that is not JSON, an unknown label) is named,
 * with its line, on stderr: exit 1, not a stack trace.
 */
function readOrExit(path: string): ReturnType<typeof readCorpus> {
  try {
    return readCorpus(path);
  } catch (error) {
    console.error(`eval: ${(error as Error).message}`);
    process.exit(1);
  }
}

const postings = readOrExit(corpusPath);
const examples = postings.map((p) => ({ posting: { title: p.title, company: p.company, text: p.description }, label: p.label }));
const classifications = crossValidated
  ? crossValidate(examples, vectorize(examples), DEFAULT_HYPERPARAMETERS, CV_FOLDS)
  : examples.map((e) => classify(e.posting));
const score = scoreCorpus(postings, classifications);

const round = (v: number): number => Math.round(v * 10000) / 10000;
const pct = (value: number | null): string => (value === null ? 'n/a' : value.toFixed(3));
const rate = (part: number, whole: number): string => (whole === 0 ? 'n/a' : (part / whole).toFixed(3));

function printHuman(s: CorpusScore): void {
  console.log(`corpus: ${corpusPath} (${s.n} postings)${crossValidated ? `, ${CV_FOLDS}-fold cross-validated` : ''}`);
  const interval = wilsonInterval(Math.round(s.accuracy * s.n), s.n);
  const range = interval === null ? '' : ` (95% interval ${pct(interval.low)}–${pct(interval.high)})`;
  console.log(`accuracy ${pct(s.accuracy)}${range}   macro-F1 ${pct(s.macroF1)}`);
  console.log('');
  console.log('label      precision  recall  f1     support');
  for (const label of EVAL_LABELS) {
    const m = s.perLabel[label]!;
    console.log(`${label.padEnd(10)} ${pct(m.precision).padEnd(10)} ${pct(m.recall).padEnd(7)} ${pct(m.f1).padEnd(6)} ${m.support}`);
  }
  console.log('');
  const columns = [...EVAL_LABELS, 'insufficient'];
  console.log(`confusion (rows: truth, columns: predicted)`);
  console.log(`${''.padEnd(10)} ${columns.map((c) => c.padStart(13)).join('')}`);
  for (const truth of EVAL_LABELS) {
    const row = s.confusion[truth] ?? {};
    console.log(`${truth.padEnd(10)} ${columns.map((c) => String(row[c] ?? 0).padStart(13)).join('')}`);
  }
  console.log('');
  console.log(`hybrid kind accuracy ${pct(s.hybridKindAccuracy)} (${s.hybridKindN} postings labelled and predicted hybrid)`);
  console.log(`level accuracy ${pct(s.levelAccuracy)} (${s.levelN} postings with a level label)`);
  const c = s.closeCalls;
  console.log('');
  console.log(`clear calls ${c.clearCalls} of ${c.judged}: label right ${rate(c.clearRight, c.clearCalls)}`);
  console.log(
    `close calls ${c.closeCalls} of ${c.judged} (runner-up scored ≥ ${CLOSE_CALL_SCORE}): label right ${rate(c.closeRight, c.closeCalls)}, label or runner-up right ${rate(c.closeEitherRight, c.closeCalls)}`,
  );
}

printHuman(score);
if (asJson) {
  const json = {
    n: score.n,
    accuracy: round(score.accuracy),
    macroF1: round(score.macroF1),
    perLabel: Object.fromEntries(EVAL_LABELS.map((l) => [l, { precision: round(score.perLabel[l]!.precision), recall: round(score.perLabel[l]!.recall), f1: round(score.perLabel[l]!.f1) }])),
    confusion: score.confusion,
    hybridKindAccuracy: score.hybridKindAccuracy === null ? null : round(score.hybridKindAccuracy),
    levelAccuracy: score.levelAccuracy === null ? null : round(score.levelAccuracy),
  };
  console.log(JSON.stringify(json));
}
