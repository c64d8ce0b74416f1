import { align } from './aligned-model';
import { decideLabel } from './decide-label';
import { extractSignals } from './extract-signals';
import { featureVector } from './feature-vector';
import { TITLE_MODEL } from './model-weights.generated';
import { LABELS, softmax } from './softmax-model';
import type { Label } from './types';

/** Below this probability a title alone says too little to put a badge on a search-result card. */
const MIN_TITLE_CONFIDENCE = 0.5;

/**
 * The title prior on its own, for search-result cards where only the title is shown: the label
 * when the title alone makes it likely, else null. The full posting always goes through `classify`.
 */
export function labelFromTitle(title: string): Label | null {
  if (typeof title !== 'string' || title.trim() === '') return null;
  const signals = extractSignals({ title, text: '' });
  if (!signals.matches.some((match) => match.signal.leans !== 'shared')) return null;
  const model = align(TITLE_MODEL);
  const x = featureVector(signals);
  const probabilities = softmax(model.weights.map((row, k) => row.reduce((sum, w, j) => sum + w * x[j]!, model.bias[k]!)));
  const label = decideLabel(probabilities, TITLE_MODEL.otherMargin);
  // The label's own probability: when the precision guard turns a likelier "backend" into `other`
  // ("Java Developer": backend 0.52, other 0.33), the title is unsure, not `other`.
  return probabilities[LABELS.indexOf(label)]! >= MIN_TITLE_CONFIDENCE ? label : null;
}
