import { BODY_SIGNALS, NOT_SIGNALS, type Signal } from './body-signals';
import { hasBreak, PhraseMatcher } from './phrase-matcher';
import { TITLE_SIGNALS } from './title-signals';
import { SECTION_WEIGHT, sectionCursor, sectionsOf, type SectionKind } from './sections';
import { tokenize } from './tokenize';
import type { PostingText } from './types';

/** One occurrence of a lexicon signal (or a context pair) in the title or the body. */
export type SignalMatch = {
  /** Feature name: the signal id, prefixed by field for context pairs. */
  feature: string;
  signal: Signal;
  field: 'title' | 'text';
  start: number;
  end: number;
  /** How much this occurrence counts (`SECTION_WEIGHT` of its section; 1 in the title). */
  weight: number;
  /** The body section it sits in; absent in the title. */
  section?: SectionKind;
  /** The stock wording of an HR job template (`Signal.templatePatterns`): it counts, but is never named as the reason. */
  template?: true;
};

export type ExtractedSignals = {
  matches: SignalMatch[];
  /** Occurrences per feature name, each weighted by the section it sits in (`SECTION_WEIGHT`: a duty 1, company boilerplate 0.3). */
  counts: Map<string, number>;
  /** Word tokens in the body: how much text there was to judge. */
  bodyWords: number;
  /** Body tokens that are common English function words: a posting in another language has few. */
  englishWords: number;
};

// The commonest English function words; every English posting is full of them.
const ENGLISH_FUNCTION_WORDS = new Set(['the', 'and', 'to', 'of', 'a', 'in', 'for', 'with', 'you', 'we', 'our', 'is', 'are', 'on', 'as', 'will', 'be', 'or', 'your', 'an', 'this', 'that', 'at', 'by', 'from', 'have']);

/**
 * Hybrid context (ROLE-MODEL.md: services, platforms and APIs *for* data or ML): a data or ML word
 * within a few tokens of a service or platform word ("APIs for data consumers", "ingestion service",
 * "model serving platform"). Counted as its own feature so that the model can learn what the
 * combination means beyond its parts.
 */
const CONTEXT_WINDOW = 3;
const DATA_WORDS = new Set(['data', 'ingestion', 'pipeline', 'pipelines', 'etl', 'streaming', 'analytics', 'warehouse', 'lakehouse', 'lake', 'spark', 'kafka', 'datasets', 'dataset', 'events', 'event']);
const ML_WORDS = new Set(['ml', 'model', 'models', 'inference', 'training', 'llm', 'llms', 'gpu', 'gpus', 'ai', 'mlops', 'embedding', 'embeddings']);
const SERVICE_WORDS = new Set(['api', 'apis', 'service', 'services', 'serving', 'backend', 'server', 'servers', 'microservices', 'endpoints']);
// "CI/CD pipelines", "build pipelines": software delivery, not data; such a pipeline is no data word.
const DELIVERY_WORDS = new Set(['ci', 'cd', 'build', 'release', 'delivery', 'deployment', 'devops']);
const PLATFORM_WORDS = new Set(['platform', 'platforms', 'infrastructure', 'infra', 'sdk', 'sdks', 'store', 'tooling', 'systems', 'engine', 'engines']);

/** One lookup per token for the context pass and the English count. */
const WORD_KIND: ReadonlyMap<string, 'english' | 'data' | 'ml' | 'service' | 'platform'> = new Map([
  ...[...ENGLISH_FUNCTION_WORDS].map((w) => [w, 'english'] as const),
  ...[...ML_WORDS].map((w) => [w, 'ml'] as const),
  ...[...DATA_WORDS].map((w) => [w, 'data'] as const),
  ...[...SERVICE_WORDS].map((w) => [w, 'service'] as const),
  ...[...PLATFORM_WORDS].map((w) => [w, 'platform'] as const),
]);

type ContextKind = 'data-near-service' | 'data-near-platform' | 'ml-near-service';

export const CONTEXT_SIGNALS: Readonly<Record<ContextKind, Signal>> = {
  'data-near-service': { id: 'data-near-service', dimension: 'system-design', leans: 'hybrid', hybridKind: 'data-services', patterns: [] },
  'data-near-platform': { id: 'data-near-platform', dimension: 'system-design', leans: 'hybrid', hybridKind: 'data-platform', patterns: [] },
  'ml-near-service': { id: 'ml-near-service', dimension: 'system-design', leans: 'hybrid', hybridKind: 'ml-platform', patterns: [] },
};

/** What a matcher value stands for: a signal, and whether the pattern was one of its template patterns. */
type LexiconEntry = { signal: Signal; template: boolean };
type Lexicon = { matcher: PhraseMatcher; entries: readonly LexiconEntry[] };

/** The matcher value of a `NOT_SIGNALS` phrase: matched so that it hides the pattern inside it, then skipped. */
const NOT_A_SIGNAL = -2;

function buildLexicon(signals: readonly Signal[], notSignals: readonly string[] = []): Lexicon {
  const matcher = new PhraseMatcher();
  for (const phrase of notSignals) matcher.add(phrase, NOT_A_SIGNAL);
  const entries: LexiconEntry[] = [];
  for (const signal of signals) {
    for (const template of [false, true]) {
      const patterns = (template ? signal.templatePatterns : signal.patterns) ?? [];
      if (patterns.length === 0) continue;
      for (const pattern of patterns) matcher.add(pattern, entries.length);
      entries.push({ signal, template });
    }
  }
  return { matcher, entries };
}

let lexicons: { body: Lexicon; title: Lexicon } | undefined;

function getLexicons(): { body: Lexicon; title: Lexicon } {
  lexicons ??= { body: buildLexicon(BODY_SIGNALS, NOT_SIGNALS), title: buildLexicon(TITLE_SIGNALS) };
  return lexicons;
}

function bump(counts: Map<string, number>, feature: string, by = 1): void {
  counts.set(feature, (counts.get(feature) ?? 0) + by);
}


function contextPairs(text: string, words: readonly string[], starts: ArrayLike<number>, ends: ArrayLike<number>, sectionAt: (offset: number) => SectionKind, into: ExtractedSignals): void {
  let lastData = -Infinity;
  let lastMl = -Infinity;
  let lastService = -Infinity;
  let previous = -Infinity;
  let lastPlatform = -Infinity;
  const add = (kind: ContextKind, from: number, to: number): void => {
    const section = sectionAt(starts[from]!);
    const weight = SECTION_WEIGHT[section];
    bump(into.counts, kind, weight);
    into.matches.push({ feature: kind, signal: CONTEXT_SIGNALS[kind], field: 'text', start: starts[from]!, end: ends[to]!, weight, section });
  };
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const kind = WORD_KIND.get(word);
    if (kind === undefined) continue;
    if (kind === 'english') {
      into.englishWords++;
      continue;
    }
    if (kind === 'data' && word.startsWith('pipeline') && DELIVERY_WORDS.has(words[i - 1] ?? '')) continue;
    // Context does not reach across a sentence or line break (only near neighbours can pair at all).
    if (i - previous <= CONTEXT_WINDOW && hasBreak(text, ends[previous]!, starts[i]!)) {
      lastData = -Infinity;
      lastMl = -Infinity;
      lastService = -Infinity;
      lastPlatform = -Infinity;
    }
    previous = i;
    if (kind === 'service' || kind === 'platform') {
      const near = kind === 'service' ? 'data-near-service' : 'data-near-platform';
      if (i - lastData <= CONTEXT_WINDOW) add(near, lastData, i);
      else if (i - lastMl <= CONTEXT_WINDOW) add('ml-near-service', lastMl, i);
      if (kind === 'service') lastService = i;
      else lastPlatform = i;
    } else if (kind === 'data') {
      if (i - lastService <= CONTEXT_WINDOW) add('data-near-service', lastService, i);
      else if (i - lastPlatform <= CONTEXT_WINDOW) add('data-near-platform', lastPlatform, i);
      lastData = i;
    } else {
      const service = Math.max(lastService, lastPlatform);
      if (i - service <= CONTEXT_WINDOW) add('ml-near-service', service, i);
      lastMl = i;
    }
  }
}

/** Every lexicon signal in the posting, with offsets, in one pass over title and one over body. */
export function extractSignals(posting: PostingText): ExtractedSignals {
  const { body, title } = getLexicons();
  const result: ExtractedSignals = { matches: [], counts: new Map(), bodyWords: 0, englishWords: 0 };

  const titleTokens = tokenize(posting.title);
  for (const match of title.matcher.match(posting.title, titleTokens)) {
    const { signal } = title.entries[match.value]!;
    if (!result.counts.has(signal.id)) bump(result.counts, signal.id);
    result.matches.push({ feature: signal.id, signal, field: 'title', start: titleTokens.starts[match.firstToken]!, end: titleTokens.ends[match.lastToken]!, weight: 1 });
  }

  const bodyTokens = tokenize(posting.text);
  result.bodyWords = bodyTokens.words.length;
  const sections = sectionsOf(posting.text, posting.company);
  const sectionAt = sectionCursor(sections);
  for (const match of body.matcher.match(posting.text, bodyTokens)) {
    if (match.value === NOT_A_SIGNAL) continue;
    const { signal, template } = body.entries[match.value]!;
    const start = bodyTokens.starts[match.firstToken]!;
    const section = sectionAt(start);
    const weight = SECTION_WEIGHT[section];
    bump(result.counts, signal.id, weight);
    const found: SignalMatch = { feature: signal.id, signal, field: 'text', start, end: bodyTokens.ends[match.lastToken]!, weight, section };
    if (template) found.template = true;
    result.matches.push(found);
  }
  contextPairs(posting.text, bodyTokens.words, bodyTokens.starts, bodyTokens.ends, sectionCursor(sections), result);
  return result;
}

