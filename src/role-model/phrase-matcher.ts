import { tokenize, type Tokens } from './tokenize';

/**
 * A token trie over many phrases: at each token position it follows the longest phrase that starts
 * there, so the cost is (number of tokens) × (longest phrase length), whatever the number of phrases.
 * Longest match wins and matches do not overlap (`JavaScript` is `java script`, never `java`).
 *
 * A phrase never spans a sentence, line or list-item break, and spans a comma only when its pattern
 * has one ("extract, transform, load") or the comma is a serial comma before "and"/"or" ("design,
 * and build" is "design and build"): "HTML, SQL, Server Side" names no SQL Server. A pattern
 * written with a leading `=` matches only with that exact case (`=REST` is the API style, not "the
 * rest of"; `=Go` the language).
 */
type TrieNode = { next: Map<string, TrieNode>; value: number; exact: string | null; commas: boolean };

export type PhraseMatch = { value: number; firstToken: number; lastToken: number };

/** Characters that end a sentence, line or list item; a phrase does not reach across them. */
function isBreakChar(code: number): boolean {
  // . ; : ! ? \n \r | • ( ) [ ]
  return code === 46 || code === 59 || code === 58 || code === 33 || code === 63 || code === 10 || code === 13 || code === 124 || code === 0x2022 || code === 40 || code === 41 || code === 91 || code === 93;
}

/** True when the gap between two tokens ends a sentence, line or list item. */
export function hasBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isBreakChar(text.charCodeAt(k))) return true;
  return false;
}

const COMMA = 44;
/** A comma before these is a serial comma: it lists, it does not separate ("design, and build"). */
const SERIAL_CONJUNCTIONS = new Set(['and', 'or']);

/** What lies between two tokens: nothing a phrase minds, a comma, or a break. */
function gapBetween(text: string, from: number, to: number): 'open' | 'comma' | 'break' {
  let gap: 'open' | 'comma' = 'open';
  for (let k = from; k < to; k++) {
    const code = text.charCodeAt(k);
    if (isBreakChar(code)) return 'break';
    if (code === COMMA) gap = 'comma';
  }
  return gap;
}

export class PhraseMatcher {
  readonly #root: TrieNode = { next: new Map(), value: -1, exact: null, commas: false };

  /**
   * Registers `phrase` under `value`; the first registration of a phrase wins. A camel-case pattern
   * (`BigQuery`) is registered both as tokenised (`big query`, which also matches scraped
   * run-together text) and lower-cased (`bigquery`).
   */
  add(phrase: string, value: number): void {
    const exact = phrase.startsWith('=') ? phrase.slice(1) : null;
    const commas = phrase.includes(',');
    if (exact !== null) {
      this.#insert(tokenize(exact).words, value, exact, commas);
      return;
    }
    this.#insert(tokenize(phrase).words, value, null, commas);
    const lower = tokenize(phrase.toLowerCase()).words;
    if (lower.join(' ') !== tokenize(phrase).words.join(' ')) this.#insert(lower, value, null, commas);
  }

  #insert(words: readonly string[], value: number, exact: string | null, commas: boolean): void {
    if (words.length === 0) throw new Error(`Empty phrase for value ${value}`);
    let node = this.#root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), value: -1, exact: null, commas: false };
        node.next.set(word, child);
      }
      node = child;
    }
    if (node.value === -1) {
      node.value = value;
      node.exact = exact;
      node.commas = commas;
    } else if (node.value === value && commas) {
      // The same phrase written with its commas ("extract, transform, load") also lets them through.
      node.commas = true;
    }
  }

  match(text: string, tokens: Tokens): PhraseMatch[] {
    const { words, starts, ends } = tokens;
    const found: PhraseMatch[] = [];
    let i = 0;
    while (i < words.length) {
      let node: TrieNode | undefined = this.#root;
      let best = -1;
      let bestEnd = i;
      let crossedComma = false;
      for (let j = i; j < words.length; j++) {
        if (j > i) {
          const gap = gapBetween(text, ends[j - 1]!, starts[j]!);
          if (gap === 'break') break;
          if (gap === 'comma' && !SERIAL_CONJUNCTIONS.has(words[j]!)) crossedComma = true;
        }
        node = node.next.get(words[j]!);
        if (!node) break;
        if (node.value !== -1 && (!crossedComma || node.commas) && (node.exact === null || text.slice(starts[i], ends[j]) === node.exact)) {
          best = node.value;
          bestEnd = j;
        }
      }
      if (best === -1) {
        i++;
        continue;
      }
      found.push({ value: best, firstToken: i, lastToken: bestEnd });
      i = bestEnd + 1;
    }
    return found;
  }
}
