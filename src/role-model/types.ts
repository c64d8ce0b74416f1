import type { ProgrammingLanguage } from './programming-languages';

/** The four labels RoleLens gives a posting (ROLE-MODEL.md, "Labels"). */
export type Label = 'data' | 'backend' | 'hybrid' | 'other';

/** The three kinds of hybrid role (ROLE-MODEL.md: backend mindset on data, on ML, or data served by APIs). */
export type HybridKind = 'data-platform' | 'ml-platform' | 'data-services';

/** What a site adapter reads off a posting page; the classifier's only input. */
export type PostingText = { title: string; company?: string; text: string };

/** Big-tech ladder level (LABELING.md), or `unknown` when neither title nor body says. */
export type Level = 'L3' | 'L4' | 'L5' | 'L6' | 'L7' | 'unknown';

/** Which way a signal pushes: towards one label, or `shared` (both DE and BE use it, so it weighs little). */
export type Leaning = Label | 'shared';

/** Where the two roles differ (ROLE-MODEL.md "The dimensions"), plus `role-scope` for what the job is at all. */
export type DimensionId =
  | 'primary-work'
  | 'languages'
  | 'sql-depth'
  | 'algorithms'
  | 'system-design'
  | 'database'
  | 'real-time'
  | 'data-modeling'
  | 'user-impact'
  | 'on-call'
  | 'role-scope';

/** One phrase that moved the decision, with where it sits in `posting.title` or `posting.text`. */
export type Evidence = {
  phrase: string;
  start: number;
  end: number;
  field: 'title' | 'text';
  /** For a phrase in the text: the words around it on its line (`phraseContext`), so a reader sees where it was said. */
  context?: string;
  /** Set when every occurrence of the phrase is in company boilerplate ("About us", benefits, EEO), where it counts least. */
  companyText?: true;
  /** Set for the stock wording of an HR job template ("Essential Duties", "other duties as assigned"): it counts, but says nothing of the job. */
  postingFormat?: true;
  dimension: DimensionId;
  leans: Leaning;
  /** How far this occurrence moved the score of the label it leans to (logit units, learned). */
  weight: number;
};

export type Contradiction = { titleSays: Label; bodySays: Label; explanation: string };

/** Why a posting could not be judged: no description, too few words, or not English. */
export type InsufficientReason = 'no-text' | 'too-short' | 'not-english';

/**
 * The classifier's answer. For `status: 'insufficient'` the label is `other` (the product then says
 * it could not judge, never a DE/BE label), confidence is 0, `insufficient` and `reason` say why;
 * eval counts it as a miss whatever the true label.
 */
export type Classification = {
  status: 'ok' | 'insufficient';
  /** For `insufficient`: why (the badge says "not English" rather than "not enough text"); null when ok. */
  insufficient: InsufficientReason | null;
  label: Label;
  hybridKind: HybridKind | null;
  /** Probability of `label` under the model, 0..1. */
  confidence: number;
  /** Probability of each label, 0..1, summing to 1 (all 0 when insufficient). */
  scores: Record<Label, number>;
  /** The runner-up label when it scored close to `label` (`close-call.ts`), else null: a clear call. */
  closeCall: Label | null;
  evidence: Evidence[];
  contradiction: Contradiction | null;
  reason?: string;
  /**
   * How many phrases in the posting speak to each dimension, by leaning (all of them, not only the
   * top evidence): what the posting stresses, which orders the prep.
   */
  emphasis: Emphasis[];
  /** Programming languages the posting names, most-named first: which language prep to offer. */
  languages: ProgrammingLanguage[];
};

export type Emphasis = { dimension: DimensionId; leans: Leaning; occurrences: number };

export type LevelInference = {
  level: Level;
  phrase: string | null;
  start?: number;
  end?: number;
  field?: 'title' | 'text';
};
