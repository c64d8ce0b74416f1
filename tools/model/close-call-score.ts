import type { Classification } from '../../src/role-model/types';

/** How the close calls fared: what the overlay's "or …" is worth, measured on a labelled corpus. */
export type CloseCallScore = {
  /** Postings judged (insufficient ones are neither close nor clear calls). */
  judged: number;
  closeCalls: number;
  /** Among close calls: the label right. */
  closeRight: number;
  /** Among close calls: the label or the runner-up right. */
  closeEitherRight: number;
  clearCalls: number;
  clearRight: number;
};

export function scoreCloseCalls(truth: readonly string[], classifications: readonly Classification[]): CloseCallScore {
  const score: CloseCallScore = { judged: 0, closeCalls: 0, closeRight: 0, closeEitherRight: 0, clearCalls: 0, clearRight: 0 };
  classifications.forEach((c, i) => {
    if (c.status !== 'ok') return;
    score.judged++;
    const right = c.label === truth[i];
    if (c.closeCall === null) {
      score.clearCalls++;
      if (right) score.clearRight++;
      return;
    }
    score.closeCalls++;
    if (right) score.closeRight++;
    if (right || c.closeCall === truth[i]) score.closeEitherRight++;
  });
  return score;
}
