import type { JobChoice, UserLabel } from '../choices/job-choices';
import { classify } from '../role-model/classify';
import { compBand, type CompBandResult } from '../role-model/reference-band';
import { inferLevel } from '../role-model/level';
import { prepFor, type PrepItem } from '../role-model/prep';
import type { Classification, Label, Level, LevelInference } from '../role-model/types';
import { dollarPlace } from '../salary/currencies';
import { compareSalaryToBand, type SalaryVsBand } from '../salary/compare-to-band';
import { mergeLevelTable } from '../salary/merge-level-table';
import { parseSalaryText } from '../salary/parse-salary-text';
import { parseStructuredSalary } from '../salary/parse-structured-salary';
import type { SalaryRange } from '../salary/types';
import { stripInvisibleCharacters } from '../sites/strip-invisible-characters';
import { postingPlace } from './posting-country';

/** A posting as a page or a file gives it: what an adapter reads, or a title and a body. */
export interface PostingInput {
  jobId?: string | null;
  title: string;
  company?: string | null;
  location?: string | null;
  description: string;
  /** Why the description is empty (a page that shows only the header). */
  descriptionReason?: string;
  /** schema.org JobPosting.baseSalary, raw. */
  baseSalary?: unknown;
  /** Pay shown in the page's chrome rather than in the description. */
  salaryText?: string;
  /** The board's country site, if any ("Australia" on au.indeed.com). */
  boardCountry?: string | null;
}

/** The band and prep a label would bring: shown for a close call's runner-up when the label itself brings none. */
export type RunnerUpReading = { label: Label; compBand: CompBandResult; prep: PrepItem[] };

/**
 * Everything RoleLens says about one posting: the classifier's reading, the level, the reference
 * band and prep that follow from them, and the posting's own pay. What the panel and the popup
 * show, and what `npm run analyze -- --json` prints.
 */
export type PostingAnalysis = Omit<Classification, 'reason'> & {
  title: string;
  company: string | null;
  jobId: string | null;
  location: string | null;
  /** Why there is no label (too little text, not English, an empty page), or null. */
  reason: string | null;
  /** Characters of description read: tells a re-read of the same posting from a new one. */
  descriptionLength: number;
  level: LevelInference;
  compBand: CompBandResult;
  prep: PrepItem[];
  /**
   * A close call labelled `other` (no band, no prep) whose runner-up is a DE/BE/hybrid label: the band
   * and prep that runner-up would bring, so "or Backend 40%" is something a job seeker can act on.
   */
  runnerUp: RunnerUpReading | null;
  /** Pay the posting states, structured data first, then page chrome, then the description. */
  salary: SalaryRange[];
  /** One comparison per `salary` entry, with the reference band(s) for the label and level. */
  salaryVsBand: SalaryVsBand[];
  /** The label the user gave this job ("Not right? It is …"), which the band and prep follow; null: none. */
  userLabel: UserLabel | null;
  /** The level RoleLens inferred, when the user set another one (`level` is then theirs). */
  inferredLevel: LevelInference | null;
  /**
   * Said beside the band when the posting is not in the US: the bands are US big-tech total
   * compensation (its pay is compared only when it is in US dollars). Null for a US posting or an
   * unknown place.
   */
  bandNote: string | null;
};

/** The user's choices for a job, as analyzePosting applies them. */
export type ChoiceInput = Pick<JobChoice, 'label' | 'level'>;

export function analyzePosting(given: PostingInput, choice: ChoiceInput | null = null): PostingAnalysis {
  const input = withoutInvisibleCharacters(given);
  const posting = { title: input.title, ...(input.company ? { company: input.company } : {}), text: input.description };
  const classification = classify(posting);
  const inferred = inferLevel(posting);
  const level: LevelInference = choice?.level ? { level: choice.level as Level, phrase: null } : inferred;
  // The user's label decides the band and the prep; the evidence stays RoleLens's own reading.
  const userLabel = choice?.label ?? null;
  const decided: Classification = userLabel ? { ...classification, status: 'ok', label: userLabel.label, hybridKind: userLabel.hybridKind } : classification;
  const band = referenceBandFor(decided, level);
  const salary = collectSalary(input);
  return {
    ...classification,
    reason: input.description === '' && input.descriptionReason ? input.descriptionReason : (classification.reason ?? null),
    title: input.title,
    company: input.company ?? null,
    jobId: input.jobId ?? null,
    location: input.location ?? null,
    descriptionLength: input.description.length,
    level,
    compBand: band,
    prep: prepFor(decided),
    runnerUp: userLabel ? null : runnerUpReading(classification, level),
    salary,
    salaryVsBand: salary.map((range) => compareSalaryToBand(range, band)),
    userLabel,
    inferredLevel: choice?.level ? inferred : null,
    bandNote: bandNoteFor(input, salary),
  };
}

/** One line for a posting outside the US, whose reference band is still US pay. */
function bandNoteFor(input: PostingInput, salary: readonly SalaryRange[]): string | null {
  const place = postingPlace(input.location, input.boardCountry);
  const otherCurrency = salary.find((range) => range.currency !== 'USD')?.currency;
  if (place.inUs === false) return `The reference bands are US big-tech total compensation; this posting is in ${place.where}.`;
  if (place.inUs === null && otherCurrency) return `The reference bands are US big-tech total compensation; this posting pays in ${otherCurrency}.`;
  return null;
}

/**
 * Text given directly (a text file, stdin) is read as a page's is: the same rule that read-page.ts
 * applies to every reader's output (strip-invisible-characters.ts).
 */
function withoutInvisibleCharacters(input: PostingInput): PostingInput {
  return {
    ...input,
    title: stripInvisibleCharacters(input.title),
    company: input.company ? stripInvisibleCharacters(input.company) : input.company,
    location: input.location ? stripInvisibleCharacters(input.location) : input.location,
    description: stripInvisibleCharacters(input.description),
    ...(input.salaryText !== undefined ? { salaryText: stripInvisibleCharacters(input.salaryText) } : {}),
  };
}

function referenceBandFor(classification: Classification, level: LevelInference): CompBandResult {
  if (classification.status !== 'insufficient') return compBand(classification.label, level.level);
  const reason =
    classification.insufficient === 'not-english'
      ? 'The posting is not in English, so it was not classified and has no reference band.'
      : 'Not enough text to classify the posting, so no reference band.';
  return { kind: 'none', level: level.level, reason };
}

function runnerUpReading(classification: Classification, level: LevelInference): RunnerUpReading | null {
  const { status, label, closeCall } = classification;
  if (status !== 'ok' || label !== 'other' || closeCall === null || closeCall === 'other') return null;
  return { label: closeCall, compBand: compBand(closeCall, level.level), prep: prepFor({ ...classification, label: closeCall }) };
}

/**
 * The same range stated twice is one range. Structured data (explicit ISO currency) wins over the
 * page text's copy of it, whose bare "$" may have been read as USD on a non-US board.
 */
function collectSalary(input: PostingInput): SalaryRange[] {
  // The posting's location (else the board's country site) tells a bare "$" in Canada or Australia from US dollars.
  const locationHint = dollarPlace(input.location, input.boardCountry);
  const structured = input.baseSalary === undefined ? [] : parseStructuredSalary(input.baseSalary);
  // A table of pay by level is one pay (merge-level-table.ts), read per text its offsets point into.
  const readText = (text: string) => mergeLevelTable(parseSalaryText(text, locationHint), text, input.title);
  const fromText = [...(input.salaryText ? readText(input.salaryText) : []), ...readText(input.description)];
  const structuredFigures = new Set(structured.map((range) => `${range.min}|${range.max}|${range.period}`));
  const seen = new Set<string>();
  return [...structured, ...fromText.filter((range) => !structuredFigures.has(`${range.min}|${range.max}|${range.period}`))].filter(
    (range) => {
      const key = `${range.min}|${range.max}|${range.currency}|${range.period}|${range.location ?? ''}|${range.level ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    },
  );
}
