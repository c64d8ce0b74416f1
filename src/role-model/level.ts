import { sectionCursor, sectionsOf, type SectionKind } from './sections';
import { tokenize } from './tokenize';
import type { Level, LevelInference, PostingText } from './types';

/**
 * The level a posting asks for (LABELING.md): title words decide first, the first word that names a
 * level wins ("Senior / Staff" → L5) except "Senior Staff" → L6; years of experience decide only when
 * the title says nothing, a range taking its lower bound and the largest requirement winning ("3+
 * years of C++, 5+ years overall" → L5).
 */
const TITLE_WORDS: ReadonlyMap<string, Level> = new Map([
  ['principal', 'L7'], ['distinguished', 'L7'], ['fellow', 'L7'],
  ['staff', 'L6'], ['lead', 'L6'], ['leader', 'L6'],
  ['senior', 'L5'], ['sr', 'L5'], ['iii', 'L5'], ['expert', 'L5'],
  ['ii', 'L4'], ['mid', 'L4'], ['middle', 'L4'], ['medior', 'L4'], ['intermediate', 'L4'],
  ['junior', 'L3'], ['jr', 'L3'], ['associate', 'L3'], ['i', 'L3'], ['entry', 'L3'], ['graduate', 'L3'], ['grad', 'L3'], ['intern', 'L3'], ['internship', 'L3'], ['student', 'L3'], ['apprentice', 'L3'], ['co', 'L3'],
]);

/** Words after which a ladder word is part of a job name, not a level ("Engineering Manager II", "Member of Technical Staff"). */
const NOT_LEVEL_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['ii', new Set(['manager'])],
  ['iii', new Set(['manager'])],
  ['i', new Set(['manager'])],
  ['staff', new Set(['technical'])],
  ['associate', new Set(['service', 'support', 'research', 'sales', 'client', 'care'])],
  ['lead', new Set(['team'])],
]);

/** "Software Engineer 2", "SDE 3": a ladder number right after the job noun (not "Web3 Engineer", not "2 positions"). */
const LADDER_NUMBERS: ReadonlyMap<string, Level> = new Map([['1', 'L3'], ['2', 'L4'], ['3', 'L5']]);
const JOB_NOUNS = new Set(['engineer', 'developer', 'sde', 'swe', 'programmer', 'scientist', 'analyst']);

function isLadderNumber(title: string, words: readonly string[], starts: ArrayLike<number>, ends: ArrayLike<number>, i: number): boolean {
  return i > 0 && JOB_NOUNS.has(words[i - 1]!) && /^\s+$/.test(title.slice(ends[i - 1], starts[i]));
}

// "co" only as in "co-op".
function isCoOp(words: readonly string[], i: number): boolean {
  return words[i + 1] === 'op';
}

function fromTitle(title: string): LevelInference | null {
  const { words, starts, ends } = tokenize(title);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let level = TITLE_WORDS.get(word) ?? (isLadderNumber(title, words, starts, ends, i) ? LADDER_NUMBERS.get(word) : undefined);
    if (!level) continue;
    if (word === 'co' && !isCoOp(words, i)) continue;
    if (word === 'i' && i === 0) continue;
    if (NOT_LEVEL_AFTER.get(word)?.has(words[i - 1] ?? '')) continue;
    let end = ends[i]!;
    const nextIsStaff = words[i + 1] === 'staff' && /^[\s.]*$/.test(title.slice(ends[i], starts[i + 1]));
    if ((word === 'senior' || word === 'sr') && nextIsStaff) {
      level = 'L6';
      end = ends[i + 1]!;
    }
    return { level, phrase: title.slice(starts[i], end), start: starts[i]!, end, field: 'title' };
  }
  return null;
}

// "5+ years", "3-5 years", "2–10+ yrs", "five years", "field2+ years" (scraped run-together). Bounded quantifiers only.
const NUMBER = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen)`;
const YEARS = new RegExp(String.raw`(?<![\d.])${NUMBER}(?:\.\d)?\s{0,3}\+?\s{0,3}(?:(?:-|–|—|to)\s{0,3}(?:\d{1,2}|[a-z]{3,7})\s{0,3}\+?\s{0,3})?(?:years?|yrs?)\b`, 'gi');
const NUMBER_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15 };
const SEVERAL_YEARS = /\b(?:several|multiple|many) years\b/i;
const MAX_PLAUSIBLE_YEARS = 25;
const CONTEXT_BEFORE = 30;
const CONTEXT_AFTER = 40;
// Years that are not experience: the company's age, benefits, contract terms.
const NOT_EXPERIENCE_AFTER = /^\W{0,3}(?:of (?:employment|service|age|operation|history|our|innovation|excellence|activity|growth|success)|ago|old|in business|renewal|warranty|and counting|running|in a row|we\b|later|checkable|history)/i;
const NOT_EXPERIENCE_BEFORE = /(?:last|past|over the|for over|after|since|founded|every|per|each|this|first|within|next|up to|the|our|for more than|celebrating|celebrate|spent|spanning|growth in)\W{0,3}$/i;
const EXPERIENCE = /experience|\bexp\b/i;

/** Managers and executives without a level word: LABELING.md gives them the IC level they resemble, which years do not tell. */
const EXECUTIVE_WORDS = new Set(['director', 'vp', 'head', 'chief', 'president']);

function isEngineeringManagerOrExecutive(words: readonly string[]): boolean {
  return words.some((word) => EXECUTIVE_WORDS.has(word)) || (words.includes('manager') && words.includes('engineering'));
}

function levelForYears(years: number): Level {
  if (years < 2) return 'L3';
  if (years < 5) return 'L4';
  if (years < 8) return 'L5';
  return 'L6';
}

/** Where an offset sits: in company boilerplate ("About us: 25 years of industry experience") it speaks of the company, not the hire. */
type SectionAt = (offset: number) => SectionKind;

function fromYears(text: string, sectionAt: SectionAt): LevelInference | null {
  let best: { years: number; result: LevelInference } | null = null;
  YEARS.lastIndex = 0;
  for (let match = YEARS.exec(text); match; match = YEARS.exec(text)) {
    if (sectionAt(match.index) === 'boilerplate') continue;
    const raw = match[1]!.toLowerCase();
    const years = NUMBER_WORDS[raw] ?? Number(raw);
    if (years > MAX_PLAUSIBLE_YEARS) continue;
    const end = match.index + match[0].length;
    const before = text.slice(Math.max(0, match.index - CONTEXT_BEFORE), match.index);
    // The clause after the years: "growth in 5 years.\nYou have 1 year of experience" says nothing of the 5.
    const after = text.slice(end, end + CONTEXT_AFTER).split(/[;!?\n]|\.(?=\s|$)/, 1)[0]!;
    if (!EXPERIENCE.test(after) && (NOT_EXPERIENCE_AFTER.test(after) || NOT_EXPERIENCE_BEFORE.test(before))) continue;
    if (best === null || years > best.years) best = { years, result: { level: levelForYears(years), phrase: match[0], start: match.index, end: match.index + match[0].length, field: 'text' } };
  }
  if (best !== null) return best.result;
  const several = SEVERAL_YEARS.exec(text);
  if (several) return { level: 'L4', phrase: several[0], start: several.index, end: several.index + several[0].length, field: 'text' };
  return null;
}

/**
 * When neither the title nor years say: the body naming the level ("recent graduates", "As a Senior
 * Engineer you will…"); not a span of levels ("entry level to senior positions").
 */
const BODY_LEVEL_PHRASES: readonly (readonly [RegExp, Level | null])[] = [
  [/(?<!\b(?:mid|senior|staff|principal|lead|experienced)\b[^.\n]{0,20})\b(?:recent (?:college |university )?graduates?|new grads?|entry[- ]level|early[- ]career|graduate (?:scheme|program(?:me)?))\b(?![^.\n]{0,20}\b(?:mid|senior|staff|principal|lead|experienced)\b)/gi, 'L3'],
  [/\bas an? (senior|staff|principal|lead)\b/gi, null],
];

function fromBodyWords(text: string, sectionAt: SectionAt): LevelInference | null {
  for (const [pattern, level] of BODY_LEVEL_PHRASES) {
    for (const match of text.matchAll(pattern)) {
      if (sectionAt(match.index) === 'boilerplate') continue;
      const resolved = level ?? TITLE_WORDS.get(match[1]!.toLowerCase());
      if (resolved) return { level: resolved, phrase: match[0], start: match.index, end: match.index + match[0].length, field: 'text' };
    }
  }
  return null;
}

/** The posting's level and the phrase it rests on; `unknown` with a null phrase when nothing says. */
export function inferLevel(posting: PostingText): LevelInference {
  const title = typeof posting?.title === 'string' ? posting.title : '';
  const text = typeof posting?.text === 'string' ? posting.text : '';
  const unknown: LevelInference = { level: 'unknown', phrase: null };
  const byTitle = fromTitle(title);
  if (byTitle) return byTitle;
  if (isEngineeringManagerOrExecutive(tokenize(title).words)) return unknown;
  const company = typeof posting?.company === 'string' ? posting.company : undefined;
  const sectionAt = sectionCursor(sectionsOf(text, company));
  return fromYears(text, sectionAt) ?? fromBodyWords(text, sectionAt) ?? unknown;
}
