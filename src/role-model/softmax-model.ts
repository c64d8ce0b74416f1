import type { Label } from './types';

export const LABELS: readonly Label[] = ['data', 'backend', 'hybrid', 'other'];

/** A multinomial logistic regression over named features: one weight per (label, feature). */
export type SoftmaxModel = {
  featureNames: readonly string[];
  /** `weights[label][feature]`, in the order of `LABELS` and `featureNames`. */
  weights: readonly (readonly number[])[];
  bias: readonly number[];
};

export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const exps = z.map((v) => Math.exp(v - max));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((v) => v / total);
}
