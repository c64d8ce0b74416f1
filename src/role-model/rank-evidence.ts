import type { Evidence, Label } from './types';

/**
 * A phrase that added less than this share of what the strongest phrase of its field did is not a
 * reason worth naming: "Writing" (as in "writing production code", 0.07) listed beside "DevOps"
 * (0.26) reads as a reason when it barely counted. Compared within a field, so that a strong title
 * does not hide the body's phrases.
 */
export const MIN_SHARE_OF_STRONGEST = 1 / 3;

/** How many phrases the one-line reason names, and how many each list of the panel shows. */
const NAMED_IN_REASON = 3;
const SHOWN_TOWARD = 6;
const SHOWN_AGAINST = 3;
const SHOWN_COMPANY_TEXT = 3;

export type RankedEvidence = {
  /** What the one-line reason names ("mainly on …"): the strongest of `toward`. */
  deciding: Evidence[];
  /** Phrases of the text written for the role that pushed toward the label, strongest first. */
  toward: Evidence[];
  /** Phrases of the role's text that pulled toward another label, strongest first. */
  against: Evidence[];
  /**
   * Phrases seen only in company boilerplate ("About us", benefits, equal opportunity) or in the
   * stock wording of an HR template ("Essential Duties"): they counted a little, but they are not
   * what the job is, so they are listed apart and never named as the reason.
   */
  companyText: Evidence[];
};

/**
 * The one place evidence is ordered and chosen, for the one-line reason and the panel alike. Each
 * phrase appears once (the title's "Backend" and the body's "backend", "API" and "APIs" are one
 * reason, kept where it weighed most), every list is in order of weight, and a phrase that barely
 * counted beside the strongest of its field is left out.
 */
export function rankEvidence(evidence: readonly Evidence[], label: Label): RankedEvidence {
  const once = strongestFirst(onePerPhrase(evidence.filter((item) => item.weight > 0)));
  const roleText = once.filter((item) => !item.companyText && !item.postingFormat);
  const toward = roleText.filter((item) => item.leans === label || item.leans === 'shared');
  return {
    deciding: strongestEvidence(toward, NAMED_IN_REASON),
    toward: strongestEvidence(toward, SHOWN_TOWARD),
    against: strongestEvidence(
      roleText.filter((item) => item.leans !== label && item.leans !== 'shared'),
      SHOWN_AGAINST,
    ),
    companyText: once.filter((item) => item.companyText || item.postingFormat).slice(0, SHOWN_COMPANY_TEXT),
  };
}

/** "API" and "APIs", "user interface" and "User interfaces" are one phrase. */
export function samePhraseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/s$/, '');
}

function onePerPhrase(evidence: readonly Evidence[]): Evidence[] {
  const kept = new Map<string, Evidence>();
  for (const item of evidence) {
    const key = samePhraseKey(item.phrase);
    const seen = kept.get(key);
    if (!seen || item.weight > seen.weight) kept.set(key, item);
  }
  return [...kept.values()];
}

function strongestFirst(evidence: Evidence[]): Evidence[] {
  return evidence.sort((a, b) => b.weight - a.weight || a.start - b.start);
}

/** The first `max` items (already strongest first) that carry at least MIN_SHARE_OF_STRONGEST of the strongest item of their field. */
export function strongestEvidence<T extends { weight: number; field: 'title' | 'text' }>(ranked: readonly T[], max: number): T[] {
  const strongest = { title: 0, text: 0 };
  for (const item of ranked) strongest[item.field] = Math.max(strongest[item.field], Math.abs(item.weight));
  return ranked.filter((item) => Math.abs(item.weight) >= strongest[item.field] * MIN_SHARE_OF_STRONGEST).slice(0, max);
}
