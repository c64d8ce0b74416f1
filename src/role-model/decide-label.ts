import { LABELS } from './softmax-model';
import type { Label } from './types';

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let k = 1; k < values.length; k++) if (values[k]! > values[best]!) best = k;
  return best;
}

/** The label that scored highest, before the precision guard. */
export function highestLabel(probabilities: readonly number[]): Label {
  return LABELS[argmax(probabilities)]!;
}

/** argmax, except that a `data`/`backend` win by less than `otherMargin` over `other` goes to `other`. */
export function decideLabel(probabilities: readonly number[], otherMargin: number): Label {
  const label = highestLabel(probabilities);
  if (label === 'data' || label === 'backend') {
    const lead = probabilities[LABELS.indexOf(label)]! - probabilities[LABELS.indexOf('other')]!;
    if (lead < otherMargin) return 'other';
  }
  return label;
}

