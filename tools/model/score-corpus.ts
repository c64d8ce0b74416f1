import { inferLevel } from '../../src/role-model/level';
import type { Classification } from '../../src/role-model/types';
import { scoreCloseCalls, type CloseCallScore } from './close-call-score';
import { computeMetrics, matchRate, type Metrics } from './metrics';
import type { CorpusPosting } from './read-corpus';

export const EVAL_LABELS = ['data', 'backend', 'hybrid', 'other'] as const;

export type CorpusScore = Metrics & {
  /** Among postings labelled hybrid and predicted hybrid: share with the right kind. */
  hybridKindAccuracy: number | null;
  hybridKindN: number;
  /** Among postings with a level label: share where inferLevel agrees. */
  levelAccuracy: number | null;
  levelN: number;
  closeCalls: CloseCallScore;
};

/** What eval prints for a label: `insufficient` is its own prediction, so it is always a miss. */
export function predictedLabel(classification: Classification): string {
  return classification.status === 'insufficient' ? 'insufficient' : classification.label;
}

export function scoreCorpus(postings: readonly CorpusPosting[], classifications: readonly Classification[]): CorpusScore {
  const metrics = computeMetrics(EVAL_LABELS, postings.map((p) => p.label), classifications.map(predictedLabel));
  const hybridTruth = postings.map((p, i) => (p.label === 'hybrid' && classifications[i]!.label === 'hybrid' && classifications[i]!.status === 'ok' ? p.hybrid_kind : null));
  const kind = matchRate(hybridTruth, classifications.map((c) => c.hybridKind));
  const level = matchRate(
    postings.map((p) => p.level),
    postings.map((p) => inferLevel({ title: p.title, company: p.company, text: p.description }).level),
  );
  const closeCalls = scoreCloseCalls(postings.map((p) => p.label), classifications);
  return { ...metrics, hybridKindAccuracy: kind.rate, hybridKindN: kind.n, levelAccuracy: level.rate, levelN: level.n, closeCalls };
}
