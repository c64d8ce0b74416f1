import { classify } from '../role-model/classify';
import { compBand, type CompBandResult } from '../role-model/comp-band';
import { inferLevel } from '../role-model/level';
import { prepFor, type PrepItem } from '../role-model/prep';
import type { Classification, Label, LevelInference, PostingText } from '../role-model/types';

/** The band and prep a label would bring: shown for a close call's runner-up when the label itself brings none. */
export type RunnerUpReading = { label: Label; compBand: CompBandResult; prep: PrepItem[] };

/** Everything RoleLens says about one posting: what `npm run analyze -- --json` prints, one object per posting. */
export type PostingReport = {
  title: string;
  company?: string | null;
  label: Classification['label'];
  status: Classification['status'];
  insufficient: Classification['insufficient'];
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
  /**
   * A close call labelled `other` (no band, no prep) whose runner-up is a DE/BE/hybrid label: the band
   * and prep that runner-up would bring, so "or Backend 40%" is something a job seeker can act on.
   */
  runnerUp: RunnerUpReading | null;
};

export function buildPostingReport(posting: PostingText): PostingReport {
  const classification = classify(posting);
  const level = inferLevel(posting);
  return {
    title: posting.title,
    ...(posting.company === undefined ? {} : { company: posting.company }),
    label: classification.label,
    status: classification.status,
    insufficient: classification.insufficient,
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
        ? { kind: 'none', level: level.level, reason: classification.insufficient === 'not-english' ? 'The posting is not in English, so it was not classified and has no reference band.' : 'Not enough text to classify the posting, so no reference band.' }
        : compBand(classification.label, level.level),
    prep: prepFor(classification),
    runnerUp: runnerUpReading(classification, level),
  };
}

function runnerUpReading(classification: Classification, level: LevelInference): RunnerUpReading | null {
  const { status, label, closeCall } = classification;
  if (status !== 'ok' || label !== 'other' || closeCall === null || closeCall === 'other') return null;
  return { label: closeCall, compBand: compBand(closeCall, level.level), prep: prepFor({ ...classification, label: closeCall }) };
}
