import { classifyWith } from '../../src/role-model/classify';
import type { Classification } from '../../src/role-model/types';
import { trainModel, type Example, type Hyperparameters } from './train-model';

/**
 * Fold of every example: a seeded shuffle dealt round-robin, so folds are balanced in size, mix
 * sources, and differ between seeds (repeated CV averages out the luck of one split).
 */
export function assignFolds(n: number, k: number, seed: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let state = (seed * 2_654_435_761 + 1) >>> 0;
  const random = (): number => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const folds = Array.from({ length: n }, () => 0);
  order.forEach((example, position) => {
    folds[example] = position % k;
  });
  return folds;
}

/**
 * k-fold cross-validation: for each fold, train on the other k-1 folds and classify the held-out
 * fold. The result is one out-of-fold classification per example: the honest estimate of how the
 * model does on postings it was not tuned on.
 */
export function crossValidate(examples: readonly Example[], vectors: readonly (readonly number[])[], hyper: Hyperparameters, k: number, seed = 0): Classification[] {
  const out: Classification[] = [];
  const folds = assignFolds(examples.length, k, seed);
  const foldOf = (i: number): number => folds[i]!;
  for (let fold = 0; fold < k; fold++) {
    const trainIdx = examples.map((_, i) => i).filter((i) => foldOf(i) !== fold);
    const model = trainModel(
      trainIdx.map((i) => vectors[i]!),
      trainIdx.map((i) => examples[i]!.label),
      hyper,
    );
    examples.forEach((example, i) => {
      if (foldOf(i) === fold) out[i] = classifyWith(model, example.posting);
    });
  }
  return out;
}
