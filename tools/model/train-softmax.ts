import { LABELS, softmax, type SoftmaxModel } from '../../src/role-model/softmax-model';

export type TrainOptions = {
  /** L2 penalty per feature (same order as the features). */
  l2: readonly number[];
  /** Prior weights the penalty pulls towards, `prior[label][feature]` (default 0): the curated leanings. */
  prior?: readonly (readonly number[])[];
  epochs?: number;
  learningRate?: number;
  /** Per-example weights (e.g. to balance labels). */
  sampleWeights?: readonly number[];
};

/** Four decimals are plenty for a weight and keep the generated file readable. */
function round(v: number): number {
  return Math.round(v * 1e4) / 1e4;
}

/** Full-batch Adam on the mean cross-entropy plus L2; deterministic (zero start, no shuffling). */
export function trainSoftmax(
  featureNames: readonly string[],
  xs: readonly (readonly number[])[],
  ys: readonly number[],
  options: TrainOptions,
): SoftmaxModel {
  const k = LABELS.length;
  const d = featureNames.length;
  const n = xs.length;
  const epochs = options.epochs ?? 600;
  const lr = options.learningRate ?? 0.05;
  const w = Array.from({ length: k }, () => new Float64Array(d));
  const b = new Float64Array(k);
  const mw = Array.from({ length: k }, () => new Float64Array(d));
  const vw = Array.from({ length: k }, () => new Float64Array(d));
  const mb = new Float64Array(k);
  const vb = new Float64Array(k);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const sampleWeights = options.sampleWeights ?? xs.map(() => 1);
  const totalWeight = sampleWeights.reduce((a, c) => a + c, 0);
  // Most features are 0 in most postings (a lexicon is sparse): keep only the non-zero ones.
  const sparse = xs.map((x) => {
    const index: number[] = [];
    const value: number[] = [];
    x.forEach((v, j) => {
      if (v !== 0) {
        index.push(j);
        value.push(v);
      }
    });
    return { index, value };
  });
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const gw = Array.from({ length: k }, () => new Float64Array(d));
    const gb = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      const { index, value } = sparse[i]!;
      const z: number[] = [];
      for (let c = 0; c < k; c++) {
        let s = b[c]!;
        const row = w[c]!;
        for (let t = 0; t < index.length; t++) s += row[index[t]!]! * value[t]!;
        z.push(s);
      }
      const p = softmax(z);
      const sw = sampleWeights[i]! / totalWeight;
      for (let c = 0; c < k; c++) {
        const err = (p[c]! - (ys[i] === c ? 1 : 0)) * sw;
        gb[c]! += err;
        const g = gw[c]!;
        for (let t = 0; t < index.length; t++) g[index[t]!]! += err * value[t]!;
      }
    }
    const c1 = 1 - beta1 ** epoch;
    const c2 = 1 - beta2 ** epoch;
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < d; j++) {
        const g = gw[c]![j]! + options.l2[j]! * (w[c]![j]! - (options.prior?.[c]?.[j] ?? 0));
        mw[c]![j] = beta1 * mw[c]![j]! + (1 - beta1) * g;
        vw[c]![j] = beta2 * vw[c]![j]! + (1 - beta2) * g * g;
        w[c]![j]! -= (lr * (mw[c]![j]! / c1)) / (Math.sqrt(vw[c]![j]! / c2) + 1e-8);
      }
      const g = gb[c]!;
      mb[c] = beta1 * mb[c]! + (1 - beta1) * g;
      vb[c] = beta2 * vb[c]! + (1 - beta2) * g * g;
      b[c]! -= (lr * (mb[c]! / c1)) / (Math.sqrt(vb[c]! / c2) + 1e-8);
    }
  }
  return { featureNames: [...featureNames], weights: w.map((row) => Array.from(row, round)), bias: Array.from(b, round) };
}
