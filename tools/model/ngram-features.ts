import { SECTION_WEIGHT, sectionCursor, sectionsOf } from '../../src/role-model/sections';
import { tokenize } from '../../src/role-model/tokenize';
import type { PostingText } from '../../src/role-model/types';

/**
 * A learned vocabulary beside the curated phrases, for comparing models (tools/learning-curve.ts):
 * title words and word pairs, body words and word pairs weighted by the section they sit in (the
 * runtime's section reader: boilerplate counts 0.3, duties 1), log-scaled counts, tf-idf with the
 * document frequencies of the training fold only, L2-normalised per posting.
 */
const STOP_WORDS = new Set(
  (
    'a an and are as at be by for from has have in is it its of on or our that the this to we will with you your their they who what which all any ' +
    'can do not if into more most other over such than then there these those through under up us very was were when where while why within without ' +
    'would also about after before between both each few how just like may must need new one only own same so some well being been per via etc'
  ).split(' '),
);
/** Long postings add nothing past this (and a 1 MB description would dominate the fold's vocabulary). */
const MAX_TEXT = 40_000;

export type Grams = ReadonlyMap<string, number>;

/** `t:` title and `b:` body unigrams (no stop words, no bare numbers) and bigrams (not both stop words), log(1 + weighted count). */
export function postingGrams(posting: PostingText): Grams {
  const out = new Map<string, number>();
  const add = (key: string, weight: number): void => void out.set(key, (out.get(key) ?? 0) + weight);
  const title = tokenize(posting.title).words;
  title.forEach((word, i) => {
    if (!STOP_WORDS.has(word)) add(`t:${word}`, 1);
    if (i + 1 < title.length) add(`t:${word} ${title[i + 1]}`, 1);
  });
  const text = posting.text.slice(0, MAX_TEXT);
  const tokens = tokenize(text);
  const sectionAt = sectionCursor(sectionsOf(text, posting.company ?? undefined));
  const words = tokens.words;
  words.forEach((word, i) => {
    const weight = SECTION_WEIGHT[sectionAt(tokens.starts[i]!)];
    if (!STOP_WORDS.has(word) && word.length > 1 && !/^\d+$/.test(word)) add(`b:${word}`, weight);
    const next = words[i + 1];
    if (next !== undefined && !(STOP_WORDS.has(word) && STOP_WORDS.has(next))) add(`b:${word} ${next}`, weight);
  });
  for (const [key, count] of out) out.set(key, Math.log1p(count));
  return out;
}

export type Vocabulary = { grams: readonly string[]; index: ReadonlyMap<string, number>; idf: readonly number[] };

/** The `maxSize` most frequent grams of the training postings seen in at least `minDocs` of them and in fewer than half. */
export function fitVocabulary(training: readonly Grams[], minDocs: number, maxSize: number): Vocabulary {
  const docs = new Map<string, number>();
  for (const grams of training) for (const key of grams.keys()) docs.set(key, (docs.get(key) ?? 0) + 1);
  const grams = [...docs]
    .filter(([, n]) => n >= minDocs && n < training.length / 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, maxSize)
    .map(([key]) => key);
  return { grams, index: new Map(grams.map((key, j) => [key, j])), idf: grams.map((key) => Math.log(training.length / docs.get(key)!)) };
}

/** tf-idf over the vocabulary, L2-normalised, appended to `base` (the curated feature vector). */
export function withGrams(base: readonly number[], grams: Grams, vocabulary: Vocabulary): number[] {
  const out = [...base, ...Array.from({ length: vocabulary.grams.length }, () => 0)];
  const entries: [number, number][] = [];
  let norm = 0;
  for (const [key, count] of grams) {
    const j = vocabulary.index.get(key);
    if (j === undefined) continue;
    const value = count * vocabulary.idf[j]!;
    entries.push([j, value]);
    norm += value * value;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [j, value] of entries) out[base.length + j] = value / norm;
  return out;
}
