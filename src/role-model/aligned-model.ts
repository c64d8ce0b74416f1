import { FEATURE_NAMES } from './feature-vector';
import type { TrainedModel } from './trained-model';

export type Aligned = { weights: number[][]; bias: number[]; index: Map<string, number> };
const aligned = new WeakMap<TrainedModel, Aligned>();

/** The model's weights in the order of the current FEATURE_NAMES (a feature the model lacks weighs 0). */
export function align(model: TrainedModel): Aligned {
  let found = aligned.get(model);
  if (!found) {
    const position = new Map(model.featureNames.map((name, j) => [name, j]));
    const weights = model.weights.map((row) => FEATURE_NAMES.map((name) => row[position.get(name) ?? -1] ?? 0));
    found = { weights, bias: [...model.bias], index: new Map(FEATURE_NAMES.map((name, j) => [name, j])) };
    aligned.set(model, found);
  }
  return found;
}

