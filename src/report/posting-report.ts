import { classify } from '../role-model/classify';
import { compBand, type CompBandResult } from '../role-model/comp-band';
import { inferLevel } from '../role-model/level';
import { prepFor, type PrepItem } from '../role-model/prep';
import type { Classification, LevelInference, PostingText } from '../role-model/types';

/** Everything RoleLens says about one posting: what `npm run analyze -- --json` prints, one object per posting. */
export type PostingReport = {
  title: string;
  company?: string | null;
  label: Classification['label'];
  status: Classification['status'];
  hybridKind: Classification['hybridKind'];
  confidence: number;
  scores: Classification['scores'];
  closeCall: Classification['closeCall'];
  evidence: Classification['evidence'];
  contradiction: Classification['contradiction'];
  reason: string | null;
  level: LevelInference;
  compBand: CompBandResult;
  prep: PrepItem[];
};

export function buildPostingReport(posting: PostingText): PostingReport {
  const classification = classify(posting);
  const level = inferLevel(posting);
  return {
    title: posting.title,
    ...(posting.company === undefined ? {} : { company: posting.company }),
    label: classification.label,
    status: classification.status,
    hybridKind: classification.hybridKind,
    confidence: classification.confidence,
    scores: classification.scores,
    closeCall: classification.closeCall,
    evidence: classification.evidence,
    contradiction: classification.contradiction,
    reason: classification.reason ?? null,
    level,
    compBand:
      classification.status === 'insufficient'
        ? { kind: 'none', level: level.level, reason: 'Not enough text to classify the posting, so no reference band.' }
        : compBand(classification.label, level.level),
    prep: prepFor(classification),
  };
}
