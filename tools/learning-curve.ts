/**
 * `npm run curve`: which model to ship, chosen out of fold. For each corpus size (a seeded draw of
 * 450, 900, 1,800 postings, then all), 5-fold cross-validation repeated over 5 seeds, the same folds
 * for every model:
 *
 *   phrases (before)   the curated phrase model with the hyperparameters shipped before the corpus grew
 *   phrases            the curated phrase model with the committed hyperparameters (DEFAULT_HYPERPARAMETERS)
 *   phrases + n-grams  the same curated features plus a learned vocabulary of title and body words and
 *                      word pairs, section-weighted tf-idf fitted on each training fold (ngram-features.ts)
 *
 * Prints mean ± standard deviation over the seeds of accuracy, macro-F1, data and backend precision,
 * hybrid recall and hybrid-kind accuracy, and writes every figure to .reports/learning-curve.json.
 *
 *   npm run curve -- [corpus.jsonl] [--seeds 5] [--sizes 450,900,1800,all] [--no-ngrams]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assignFolds } from './model/cross-validate';
import { computeMetrics } from './model/metrics';
import { fitVocabulary, postingGrams, withGrams, type Grams } from './model/ngram-features';
import { readCorpus, type CorpusPosting } from './model/read-corpus';
import { EVAL_LABELS } from './model/score-corpus';
import { trainSoftmax } from './model/train-softmax';
import { DEFAULT_HYPERPARAMETERS, priorWeights, trainModel, vectorize, type Example, type Hyperparameters } from './model/train-model';
import { classifyWith } from '../src/role-model/classify';
import { decideLabel } from '../src/role-model/decide-label';
import { extractSignals } from '../src/role-model/extract-signals';
import { FEATURE_NAMES, SHARED_FEATURES } from '../src/role-model/feature-vector';
import { hybridKindOf } from '../src/role-model/hybrid-kind';
import { LABELS, softmax } from '../src/role-model/softmax-model';
import type { Label } from '../src/role-model/types';
import { CORPUS_FILE, REPO_ROOT } from './paths';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const corpusPath = args.find((arg, i) => !arg.startsWith('--') && !['--seeds', '--sizes'].includes(args[i - 1] ?? '')) ?? CORPUS_FILE;
const seeds = Number(option('--seeds') ?? 5);
const FOLDS = 5;

/** What was shipped while the corpus had 450 postings (chosen then by the same kind of grid). */
const BEFORE: Hyperparameters = { l2: 0.01, sharedL2Factor: 5, otherMargin: 0.2, epochs: 500, prior: 0.5 };
/** The learned vocabulary: grams in at least 3 training postings, the 8,000 most frequent; their own, lighter penalty. */
const NGRAMS = { minDocs: 3, maxSize: 8_000, l2: 0.003, epochs: 300 };

const all = readCorpus(corpusPath);
const sizes = (option('--sizes') ?? '450,900,1800,all').split(',').map((s) => (s === 'all' ? all.length : Math.min(Number(s), all.length)));
const withNgrams = !args.includes('--no-ngrams');

type Figures = { accuracy: number; macroF1: number; dataPrecision: number; backendPrecision: number; hybridRecall: number; hybridKind: number };
type Predictions = { labels: string[]; kinds: (string | null)[] };

/** A seeded draw of `n` postings (the same draw for every model and seed of that size). */
function draw(n: number): CorpusPosting[] {
  if (n >= all.length) return all;
  const order = assignFolds(all.length, all.length, 7919 + n);
  return all.filter((_, i) => order[i]! < n);
}

function figures(postings: readonly CorpusPosting[], predicted: Predictions): Figures {
  const m = computeMetrics(EVAL_LABELS, postings.map((p) => p.label), predicted.labels);
  let kindRight = 0;
  let kindN = 0;
  postings.forEach((p, i) => {
    if (p.label !== 'hybrid' || predicted.labels[i] !== 'hybrid') return;
    kindN++;
    if (predicted.kinds[i] === p.hybrid_kind) kindRight++;
  });
  return {
    accuracy: m.accuracy,
    macroF1: m.macroF1,
    dataPrecision: m.perLabel.data!.precision,
    backendPrecision: m.perLabel.backend!.precision,
    hybridRecall: m.perLabel.hybrid!.recall,
    hybridKind: kindN === 0 ? 0 : kindRight / kindN,
  };
}

/** Out-of-fold predictions of the curated phrase model. */
function phraseModel(examples: readonly Example[], vectors: readonly number[][], hyper: Hyperparameters, folds: readonly number[]): Predictions {
  const labels: string[] = [];
  const kinds: (string | null)[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.map((_, i) => i).filter((i) => folds[i] !== fold);
    const model = trainModel(train.map((i) => vectors[i]!), train.map((i) => examples[i]!.label), hyper);
    examples.forEach((example, i) => {
      if (folds[i] !== fold) return;
      const c = classifyWith(model, example.posting);
      labels[i] = c.status === 'insufficient' ? 'insufficient' : c.label;
      kinds[i] = c.hybridKind;
    });
  }
  return { labels, kinds };
}

/** Out-of-fold predictions of curated phrases + a learned vocabulary fitted on each training fold. */
function ngramModel(examples: readonly Example[], vectors: readonly number[][], grams: readonly Grams[], kinds: readonly string[], folds: readonly number[]): Predictions {
  const labels: string[] = [];
  const predictedKinds: (string | null)[] = [];
  const hyper = DEFAULT_HYPERPARAMETERS;
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.map((_, i) => i).filter((i) => folds[i] !== fold);
    const vocabulary = fitVocabulary(train.map((i) => grams[i]!), NGRAMS.minDocs, NGRAMS.maxSize);
    const names = [...FEATURE_NAMES, ...vocabulary.grams];
    const l2 = names.map((name, j) => (j < FEATURE_NAMES.length ? hyper.l2 * (SHARED_FEATURES.has(name) ? hyper.sharedL2Factor : 1) : NGRAMS.l2));
    const prior = priorWeights(hyper.prior).map((row) => [...row, ...Array.from({ length: vocabulary.grams.length }, () => 0)]);
    const model = trainSoftmax(
      names,
      train.map((i) => withGrams(vectors[i]!, grams[i]!, vocabulary)),
      train.map((i) => LABELS.indexOf(examples[i]!.label)),
      { l2, prior, epochs: NGRAMS.epochs },
    );
    examples.forEach((_, i) => {
      if (folds[i] !== fold) return;
      const x = withGrams(vectors[i]!, grams[i]!, vocabulary);
      const z = model.weights.map((row, k) => row.reduce((sum, w, j) => sum + w * x[j]!, model.bias[k]!));
      const label: Label = decideLabel(softmax(z), hyper.otherMargin);
      labels[i] = label;
      predictedKinds[i] = label === 'hybrid' ? kinds[i]! : null;
    });
  }
  return { labels, kinds: predictedKinds };
}

const MODELS = ['phrases (before)', 'phrases', ...(withNgrams ? ['phrases + n-grams'] : [])] as const;
const results: { size: number; model: string; seed: number; figures: Figures }[] = [];
const started = Date.now();

for (const size of sizes) {
  const postings = draw(size);
  const examples: Example[] = postings.map((p) => ({ posting: { title: p.title, company: p.company, text: p.description }, label: p.label }));
  const vectors = vectorize(examples);
  const grams = withNgrams ? examples.map((e) => postingGrams(e.posting)) : [];
  const kinds = withNgrams ? examples.map((e) => hybridKindOf(extractSignals(e.posting).matches)) : [];
  for (let seed = 0; seed < seeds; seed++) {
    const folds = assignFolds(examples.length, FOLDS, seed);
    for (const model of MODELS) {
      const predicted =
        model === 'phrases (before)'
          ? phraseModel(examples, vectors, BEFORE, folds)
          : model === 'phrases'
            ? phraseModel(examples, vectors, DEFAULT_HYPERPARAMETERS, folds)
            : ngramModel(examples, vectors, grams, kinds, folds);
      results.push({ size, model, seed, figures: figures(postings, predicted) });
    }
    process.stderr.write(`[${Math.round((Date.now() - started) / 1000)} s] ${size} postings, seed ${seed} done\n`);
  }
}

const stats = (values: number[]): string => {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, values.length - 1));
  return `${mean.toFixed(3)}±${sd.toFixed(3)}`;
};
const columns: (keyof Figures)[] = ['accuracy', 'macroF1', 'dataPrecision', 'backendPrecision', 'hybridRecall', 'hybridKind'];
console.log(`${corpusPath}: ${all.length} postings; ${FOLDS}-fold CV × ${seeds} seeds per size; mean±sd over seeds`);
console.log(`committed hyperparameters: ${JSON.stringify(DEFAULT_HYPERPARAMETERS)}; before: ${JSON.stringify(BEFORE)}`);
console.log(['size'.padStart(5), 'model'.padEnd(18), ...columns.map((c) => c.padStart(16))].join(' '));
for (const size of sizes) {
  for (const model of MODELS) {
    const rows = results.filter((r) => r.size === size && r.model === model);
    console.log([String(size).padStart(5), model.padEnd(18), ...columns.map((c) => stats(rows.map((r) => r.figures[c])).padStart(16))].join(' '));
  }
}
mkdirSync(join(REPO_ROOT, '.reports'), { recursive: true });
writeFileSync(join(REPO_ROOT, '.reports', 'learning-curve.json'), JSON.stringify({ corpus: corpusPath, folds: FOLDS, seeds, results }, null, 1));
