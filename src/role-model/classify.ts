import { extractSignals, type ExtractedSignals, type SignalMatch } from './extract-signals';
import { FEATURE_NAMES, TITLE_DERIVED_FEATURES, featureVector } from './feature-vector';
import { closeCallOf } from './close-call';
import { decideLabel, highestLabel } from './decide-label';
import { hybridKindOf } from './hybrid-kind';
import { labelFromTitle } from './label-from-title';
import { languagesNamed } from './programming-languages';
import { align, type Aligned } from './aligned-model';
import { TRAINED_MODEL } from './model-weights.generated';
import { LABELS, softmax } from './softmax-model';
import { phraseContext } from './phrase-context';
import { rankEvidence, samePhraseKey } from './rank-evidence';
import type { TrainedModel } from './trained-model';
import type { Classification, Contradiction, Emphasis, Evidence, InsufficientReason, Label, PostingText } from './types';

/** Fewer body words than this is too little text to judge (a teaser, a scrape that missed the body). */
export const MIN_BODY_WORDS = 40;
/** Below this share of English function words the body is not (mainly) English: the lexicon cannot read it. */
const MIN_ENGLISH_SHARE = 0.08;
const MAX_EVIDENCE = 30;
/** Distinct phrases cited per signal ("Airflow", "airflow DAGs"…): the rest add no explanation. */
const MAX_OCCURRENCES_PER_SIGNAL = 3;

const ZERO_SCORES: Record<Label, number> = { data: 0, backend: 0, hybrid: 0, other: 0 };

function toScores(probabilities: readonly number[]): Record<Label, number> {
  return Object.fromEntries(LABELS.map((label, k) => [label, Math.round(probabilities[k]! * 1000) / 1000])) as Record<Label, number>;
}

function logitsFor(model: Aligned, x: readonly number[], keep: (feature: string) => boolean): number[] {
  return model.weights.map((row, k) => {
    let sum = model.bias[k]!;
    FEATURE_NAMES.forEach((name, j) => {
      if (keep(name)) sum += row[j]! * x[j]!;
    });
    return sum;
  });
}

function strength(scored: { evidence: Evidence; towardDecided: number }): number {
  return Math.max(Math.abs(scored.evidence.weight), Math.abs(scored.towardDecided));
}

/**
 * Each feature's contribution, shared out over its occurrences by how much each counted (a duty line
 * 1, company boilerplate 0.3: the same weights the feature value was summed with), then summed per
 * distinct phrase, so that a phrase's weight is what it actually added and its cited offset is the
 * occurrence that counted most (the duty line, not the "About us" mention above it).
 */
function evidenceOf(model: Aligned, posting: PostingText, signals: ExtractedSignals, x: readonly number[], decided: Label): Evidence[] {
  const decidedIndex = LABELS.indexOf(decided);
  // Summed from the matches, not read from `counts`, which counts a title signal once however often the title names it.
  const totalWeight = new Map<string, number>();
  for (const match of signals.matches) totalWeight.set(match.feature, (totalWeight.get(match.feature) ?? 0) + match.weight);
  const byPhrase = new Map<string, { match: SignalMatch; share: number }>();
  for (const match of signals.matches) {
    if (!model.index.has(match.feature)) continue;
    const key = `${match.feature}:${match.field}:${samePhraseKey(phraseOf(posting, match))}`;
    const share = match.weight / (totalWeight.get(match.feature) || 1);
    const entry = byPhrase.get(key);
    if (entry === undefined) byPhrase.set(key, { match, share });
    else {
      entry.share += share;
      if (match.weight > entry.match.weight) entry.match = match;
    }
  }
  const scored: { evidence: Evidence; towardDecided: number; feature: string }[] = [];
  for (const { match, share } of byPhrase.values()) {
    const j = model.index.get(match.feature)!;
    const column = model.weights.map((row) => row[j]!);
    const mean = column.reduce((a, b) => a + b, 0) / column.length;
    const value = x[j]! * share;
    const leans = match.signal.leans;
    const towardIndex = leans === 'shared' ? decidedIndex : LABELS.indexOf(leans);
    const weight = (column[towardIndex]! - mean) * value;
    const evidence: Evidence = { phrase: phraseOf(posting, match), start: match.start, end: match.end, field: match.field, dimension: match.signal.dimension, leans, weight: Math.round(weight * 1000) / 1000 };
    if (match.section === 'boilerplate') evidence.companyText = true;
    if (match.template) evidence.postingFormat = true;
    scored.push({
      evidence,
      towardDecided: (column[decidedIndex]! - mean) * value,
      feature: match.feature,
    });
  }
  // Strongest first, whichever way it pushed: what decided it and what spoke against it; a few phrases per signal.
  scored.sort((a, b) => strength(b) - strength(a) || a.evidence.start - b.evidence.start);
  const perSignal = new Map<string, number>();
  const kept: Evidence[] = [];
  for (const { evidence, feature } of scored) {
    const seen = perSignal.get(feature) ?? 0;
    if (seen >= MAX_OCCURRENCES_PER_SIGNAL) continue;
    perSignal.set(feature, seen + 1);
    if (evidence.field === 'text') evidence.context = phraseContext(posting.text, evidence.start, evidence.end);
    kept.push(evidence);
    if (kept.length === MAX_EVIDENCE) break;
  }
  return kept;
}

function phraseOf(posting: PostingText, match: SignalMatch): string {
  return (match.field === 'title' ? posting.title : posting.text).slice(match.start, match.end);
}

/**
 * The title is a prior the body can overturn; when the title alone (the title model) names a DE/BE
 * role and the body alone (this model without the title features) reads as another DE/BE/hybrid
 * role ("title says backend, body is mostly pipelines"), say so. A body that merely reads as `other`
 * is no contradiction: without its title a generic body leans `other`, and out of fold such a body
 * reading was right about 1 time in 10 (the title 8 in 10), so it would only mislead.
 */
function contradictionOf(model: Aligned, title: string, x: readonly number[], signals: ExtractedSignals, otherMargin: number): Contradiction | null {
  const titleSays = labelFromTitle(title);
  if (titleSays === null || titleSays === 'other') return null;
  const titleFeatures = new Set(signals.matches.filter((m) => m.field === 'title').map((m) => m.feature));
  const bodyOnly = softmax(logitsFor(model, x, (f) => !titleFeatures.has(f) && !TITLE_DERIVED_FEATURES.has(f)));
  const bodySays = decideLabel(bodyOnly, otherMargin);
  if (titleSays === bodySays || bodySays === 'other') return null;
  return {
    titleSays,
    bodySays,
    explanation: `The title reads as ${describe(titleSays)}, but the body reads as ${describe(bodySays)}.`,
  };
}

function emphasisOf(signals: ExtractedSignals): Emphasis[] {
  const bySignal = new Map<SignalMatch['signal'], number>();
  for (const match of signals.matches) {
    if (match.field === 'text') bySignal.set(match.signal, (bySignal.get(match.signal) ?? 0) + 1);
  }
  const byKey = new Map<string, Emphasis>();
  for (const [signal, occurrences] of bySignal) {
    const key = `${signal.leans}:${signal.dimension}`;
    const entry = byKey.get(key) ?? { dimension: signal.dimension, leans: signal.leans, occurrences: 0 };
    entry.occurrences += occurrences;
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) => b.occurrences - a.occurrences);
}

/**
 * The precision guard sent a higher-scoring `data`/`backend` to `other`: say so, or the panel shows a
 * label that scored less than its runner-up with no reason why.
 */
function withheldReason(highest: Label, scores: Readonly<Record<Label, number>>, otherMargin: number, againstIt: readonly string[]): string {
  const [high, low] = [Math.round(scores[highest] * 100), Math.round(scores.other * 100)];
  const by = high === low ? `both about ${high}%` : `${high}% to ${low}%`;
  return (
    `${capitalise(describe('other'))}, though ${describe(highest)} scored higher (${by}): ` +
    `RoleLens calls a posting data or backend only with a lead of ${Math.round(otherMargin * 100)} points.` +
    (againstIt.length > 0 ? ` Against it: ${againstIt.join(', ')}.` : '')
  );
}

function capitalise(text: string): string {
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

function describe(label: Label): string {
  return { data: 'data engineering', backend: 'backend engineering', hybrid: 'a hybrid (data/ML platform or data services) role', other: 'not a DE/BE role' }[label];
}

function insufficient(why: InsufficientReason, reason: string): Classification {
  return { status: 'insufficient', insufficient: why, label: 'other', hybridKind: null, confidence: 0, scores: { ...ZERO_SCORES }, closeCall: null, evidence: [], contradiction: null, reason, emphasis: [], languages: [] };
}

/** Classifies with a given model (the trainer and cross-validation use this; the product uses `classify`). */
export function classifyWith(model: TrainedModel, posting: PostingText): Classification {
  const title = typeof posting?.title === 'string' ? posting.title : '';
  const text = typeof posting?.text === 'string' ? posting.text : '';
  const company = typeof posting?.company === 'string' ? posting.company : undefined;
  const signals = extractSignals({ title, company, text });
  if (signals.bodyWords < MIN_BODY_WORDS) {
    return signals.bodyWords === 0
      ? insufficient('no-text', 'The posting has no description text to judge.')
      : insufficient('too-short', `The description has only ${signals.bodyWords} words: too little text to judge (at least ${MIN_BODY_WORDS} needed).`);
  }
  if (signals.englishWords / signals.bodyWords < MIN_ENGLISH_SHARE) {
    return insufficient('not-english', 'The description does not read as English text; RoleLens can only judge English postings.');
  }
  const weights = align(model);
  const x = featureVector(signals);
  const probabilities = softmax(logitsFor(weights, x, () => true));
  const label = decideLabel(probabilities, model.otherMargin);
  const evidence = evidenceOf(weights, { title, text }, signals, x, label);
  const contradiction = contradictionOf(weights, title, x, signals, model.otherMargin);
  const hybridKind = label === 'hybrid' ? hybridKindOf(signals.matches) : null;
  const confidence = Math.round(probabilities[LABELS.indexOf(label)]! * 1000) / 1000;
  const top = rankEvidence(evidence, label).deciding.map((e) => `“${e.phrase}”`);
  const scores = toScores(probabilities);
  const highest = highestLabel(probabilities);
  const reason =
    highest === label
      ? `${capitalise(describe(label))}${top.length > 0 ? `, mainly on ${top.join(', ')}` : ''}.`
      : withheldReason(highest, scores, model.otherMargin, top);
  return { status: 'ok', insufficient: null, label, hybridKind, confidence, scores, closeCall: closeCallOf(label, scores), evidence, contradiction, reason, emphasis: emphasisOf(signals), languages: languagesNamed(signals.matches, { title, text }) };
}

/** Labels a posting (data / backend / hybrid / other) with the phrases that decided it. Never throws on text. */
export function classify(posting: PostingText): Classification {
  return classifyWith(TRAINED_MODEL, posting);
}
