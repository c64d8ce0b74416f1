/**
 * Classification metrics over parallel arrays of true and predicted labels. A prediction that is not
 * one of `labels` (e.g. `insufficient`) counts as wrong for accuracy and recall, and as a prediction
 * of no label for precision.
 */
export type PerLabel = { precision: number; recall: number; f1: number; support: number };

export type Metrics = {
  n: number;
  accuracy: number;
  macroF1: number;
  perLabel: Record<string, PerLabel>;
  /** `confusion[truth][predicted]`: counts; predicted keys include any non-label prediction. */
  confusion: Record<string, Record<string, number>>;
};

export function computeMetrics(labels: readonly string[], truth: readonly string[], predicted: readonly string[]): Metrics {
  if (truth.length !== predicted.length) throw new Error('truth and predicted differ in length');
  const n = truth.length;
  const confusion: Record<string, Record<string, number>> = {};
  for (const t of labels) confusion[t] = Object.fromEntries(labels.map((p) => [p, 0]));
  let correct = 0;
  for (let i = 0; i < n; i++) {
    const t = truth[i]!;
    const p = predicted[i]!;
    const row = (confusion[t] ??= Object.fromEntries(labels.map((l) => [l, 0])));
    row[p] = (row[p] ?? 0) + 1;
    if (t === p) correct++;
  }
  const perLabel: Record<string, PerLabel> = {};
  for (const label of labels) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < n; i++) {
      const isTrue = truth[i] === label;
      const isPredicted = predicted[i] === label;
      if (isTrue && isPredicted) tp++;
      else if (isPredicted) fp++;
      else if (isTrue) fn++;
    }
    // Undefined ratios (nothing predicted / nothing true) count as 0, the conservative convention.
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    perLabel[label] = { precision, recall, f1, support: tp + fn };
  }
  const macroF1 = labels.length === 0 ? 0 : labels.reduce((sum, l) => sum + perLabel[l]!.f1, 0) / labels.length;
  return { n, accuracy: n === 0 ? 0 : correct / n, macroF1, perLabel, confusion };
}

/** Share of `truth[i] === predicted[i]` over the indices where `truth[i]` is not null; null when there are none. */
export function matchRate(truth: readonly (string | null)[], predicted: readonly (string | null)[]): { rate: number | null; n: number } {
  let n = 0;
  let hits = 0;
  for (let i = 0; i < truth.length; i++) {
    if (truth[i] == null) continue;
    n++;
    if (truth[i] === predicted[i]) hits++;
  }
  return { rate: n === 0 ? null : hits / n, n };
}
