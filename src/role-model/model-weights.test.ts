import { expect, test } from 'vitest';
import { FEATURE_NAMES } from './feature-vector';
import { TITLE_MODEL, TRAINED_MODEL } from './model-weights.generated';
import { LABELS } from './softmax-model';
import { TITLE_SIGNALS } from './title-signals';

// The weights are generated (`npm run train -- --write`) for the features the runtime computes. A
// feature added, renamed or dropped without retraining would silently weigh 0 or be ignored.
const TITLE_FEATURES = FEATURE_NAMES.filter((name) => TITLE_SIGNALS.some((signal) => signal.id === name));

test.each([
  ['the model', TRAINED_MODEL, FEATURE_NAMES],
  ['the title model', TITLE_MODEL, TITLE_FEATURES],
])("%s's features are exactly the runtime's, in its order, with a weight for each label", (_name, model, features) => {
  expect(model.featureNames).toEqual(features);
  expect(model.weights).toHaveLength(LABELS.length);
  for (const row of model.weights) expect(row).toHaveLength(features.length);
  expect(model.bias).toHaveLength(LABELS.length);
});
