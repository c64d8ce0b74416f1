import { decodeEntities, htmlToText } from './html-text';
import { MAX_DESCRIPTION_CHARS } from './limits';
import { postingAnchor } from './posting-heading';
import type { AdapterId, PostingRead, ReadResult, SiteAdapter } from './types';
import { stripInvisibleCharacters } from './strip-invisible-characters';

/**
 * The generic schema.org `JobPosting` reader (JOB-BOARD-DOM.md §8). Every adapter calls it to fill
 * what its DOM lacks (and for `baseSalary`), and read-page uses it for pages no adapter matches.
 *
 * A `script[type="application/ld+json"]` may hold an object, an array or an `@graph`; `@type` may
 * be a string or an array, plain or prefixed ("schema:JobPosting", "http://schema.org/JobPosting").
 * SEEK's block is a `WebSite`/`SearchAction` graph: not a posting. Invalid JSON (trailing commas,
 * raw newlines, an HTML comment around it) is repaired where cheap and skipped otherwise.
 */

/** JSON-LD blocks. A live page may add more after load; we read whatever is there now. */
const JSON_LD_SCRIPT = 'script[type="application/ld+json"], script[type="application/ld+json; charset=utf-8"]';

/** Deeper or larger JSON-LD than this is not a job page's; stop walking rather than spin. */
const MAX_DEPTH = 12;
const MAX_NODES = 5_000;

export interface JsonLdPosting {
  jobId: string | null;
  title: string;
  company: string | null;
  location: string | null;
  /**
   * The description as the page's JSON-LD holds it (HTML). Read as text with `jsonLdDescription`,
   * only where the DOM has none: parsing it is the dearest part of reading a board page, and the
   * boards' DOM usually shows the same text.
   */
  descriptionHtml: string;
  baseSalary?: unknown;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse, then once more after the cheap repairs; undefined when both fail. */
export function parseLenientJson(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    const repaired = source
      .replace(/^\s*(?:<!--|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\]\]>)\s*$/, '')
      // Raw control characters are invalid inside strings and plain whitespace outside them.
      // oxlint-disable-next-line no-control-regex -- matching control characters is the point
      .replace(/[\u0000-\u001f]+/g, ' ')
      .replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function typeNames(node: JsonObject): string[] {
  const type = node['@type'];
  const names = Array.isArray(type) ? type : [type];
  return names.filter((name): name is string => typeof name === 'string').map((name) => name.split(/[/:#]/).pop() ?? name);
}

/** Every JobPosting object in the page's JSON-LD, in document order. */
export function findJsonLdPostings(doc: Document): JsonObject[] {
  const found: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll(JSON_LD_SCRIPT))) {
    const data = parseLenientJson(script.textContent ?? '');
    if (data === undefined) continue;
    let visited = 0;
    const stack: Array<{ value: unknown; depth: number }> = [{ value: data, depth: 0 }];
    while (stack.length > 0 && visited < MAX_NODES) {
      const { value, depth } = stack.pop()!;
      visited++;
      if (depth > MAX_DEPTH) continue;
      if (Array.isArray(value)) {
        for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], depth: depth + 1 });
      } else if (isObject(value)) {
        if (typeNames(value).includes('JobPosting')) found.push(value);
        else {
          // A posting is a top-level item or inside @graph / mainEntity / itemListElement.
          for (const key of ['@graph', 'mainEntity', 'itemListElement', 'item']) {
            if (key in value) stack.push({ value: value[key], depth: depth + 1 });
          }
        }
      }
    }
  }
  return found;
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') {
    const decoded = stripInvisibleCharacters(decodeEntities(value)).replace(/\s+/g, ' ').trim();
    return decoded || null;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name ?? value.value ?? value['@value']);
  return null;
}

function addressText(address: Json | undefined): string | null {
  if (typeof address === 'string') return text(address);
  if (!isObject(address)) return null;
  const region = [text(address.addressRegion), text(address.postalCode)].filter(Boolean).join(' ');
  const parts = [text(address.addressLocality), region, text(address.addressCountry)].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : text(address.name);
}

function locationText(posting: JsonObject): string | null {
  const places = Array.isArray(posting.jobLocation) ? posting.jobLocation : [posting.jobLocation];
  const names = places
    .map((place) => (isObject(place) ? (addressText(place.address) ?? text(place.name)) : text(place)))
    .filter((name): name is string => Boolean(name));
  const remote = posting.jobLocationType === 'TELECOMMUTE' ? 'Remote' : null;
  const all = [...new Set(names), ...(remote ? [remote] : [])];
  return all.length > 0 ? all.join('; ') : null;
}

/** One JobPosting object → fields. */
export function jsonLdPostingFields(posting: JsonObject): JsonLdPosting {
  const identifier = posting.identifier;
  return {
    jobId: text(isObject(identifier) ? (identifier.value ?? identifier['@id']) : identifier),
    title: text(posting.title) ?? text(posting.name) ?? '',
    company: text(posting.hiringOrganization),
    location: locationText(posting),
    descriptionHtml: typeof posting.description === 'string' ? posting.description : '',
    ...(posting.baseSalary !== undefined ? { baseSalary: posting.baseSalary } : {}),
  };
}

/** The JSON-LD description as text, parsed inertly (html-text.ts), and whether it was cut. */
export function jsonLdDescription(ld: JsonLdPosting, doc: Document): { description: string; truncated: boolean } {
  const html = ld.descriptionHtml;
  const description = html ? htmlToText(html, doc, { maxChars: MAX_DESCRIPTION_CHARS }) : '';
  return { description, truncated: html.length > MAX_DESCRIPTION_CHARS && description.length >= MAX_DESCRIPTION_CHARS / 2 };
}

/**
 * Spaces, ASCII and Latin-1 punctuation and symbols, general punctuation (dashes, quotes, bullets),
 * CJK and full-width punctuation: what separates a title's words. Listed rather than `[^\p{L}\p{N}]`,
 * whose Unicode tables cost V8 ~1-2 ms to compile on every page's first read.
 */
const TITLE_SEPARATORS = /[\s!-/:-@[-`{-~\u00A1-\u00BF\u00D7\u00F7\u2010-\u205E\u3000-\u303F\uFF01-\uFF0F\uFF1A-\uFF20]+/g;

function normaliseTitle(title: string): string {
  return title.toLowerCase().replace(TITLE_SEPARATORS, ' ').trim();
}

/** Two titles name the same posting: equal, or one contains the other (boards add suffixes). */
export function sameTitle(a: string, b: string): boolean {
  const left = normaliseTitle(a);
  const right = normaliseTitle(b);
  return left !== '' && right !== '' && (left === right || left.includes(right) || right.includes(left));
}

/**
 * The page's JobPosting, if any. With `visibleTitle`, only a posting whose title matches it: on a
 * SPA the JSON-LD can describe the first job loaded, not the one on screen (§8).
 */
export function readJsonLdPosting(doc: Document, visibleTitle?: string): JsonLdPosting | null {
  const postings = findJsonLdPostings(doc);
  if (postings.length === 0) return null;
  if (visibleTitle) {
    for (const posting of postings) {
      const title = text(posting.title) ?? text(posting.name) ?? '';
      if (sameTitle(title, visibleTitle)) return jsonLdPostingFields(posting);
    }
    return null;
  }
  return jsonLdPostingFields(postings[0]!);
}

/**
 * Fill what the DOM read lacks from the page's JSON-LD (same title only), and take `baseSalary`.
 * The DOM stays first for everything it has: it is what the user sees.
 */
export function fillFromJsonLd(posting: PostingRead, doc: Document): PostingRead {
  const ld = readJsonLdPosting(doc, posting.title);
  if (!ld) return posting;
  const filled: PostingRead = {
    ...posting,
    jobId: posting.jobId ?? ld.jobId,
    company: posting.company ?? ld.company,
    location: posting.location ?? ld.location,
  };
  if (!posting.description && ld.descriptionHtml) {
    const { description, truncated } = jsonLdDescription(ld, doc);
    if (description) {
      filled.description = description;
      delete filled.descriptionReason;
      if (truncated) filled.descriptionTruncated = true;
    }
  }
  if (ld.baseSalary !== undefined) filled.baseSalary = ld.baseSalary;
  return filled;
}

/** A page read by JSON-LD alone (anchored to its heading's block); null without a JobPosting. */
export function readJsonLdPage(doc: Document): PostingRead | null {
  const ld = readJsonLdPosting(doc);
  if (!ld || !ld.title) return null;
  const { description, truncated } = jsonLdDescription(ld, doc);
  const posting: PostingRead = {
    jobId: ld.jobId,
    title: ld.title,
    company: ld.company,
    location: ld.location,
    description,
    anchor: postingAnchor(doc, ld.title),
  };
  if (!description) posting.descriptionReason = 'The JSON-LD JobPosting has no description';
  if (truncated) posting.descriptionTruncated = true;
  if (ld.baseSalary !== undefined) posting.baseSalary = ld.baseSalary;
  return posting;
}

/**
 * The generic adapter. pickAdapter never returns it (it would match every URL); read-page calls it
 * for pages no board adapter matches, and every adapter's `unrecognised` carries its read.
 */
export const jsonLdAdapter: SiteAdapter = {
  id: 'json-ld',
  matches: (url) => url.protocol === 'https:' || url.protocol === 'http:',
  read(doc): ReadResult {
    const posting = readJsonLdPage(doc);
    if (!posting) {
      return { kind: 'unrecognised', adapter: 'json-ld', reason: 'No schema.org JobPosting in the page', fallback: null };
    }
    return { kind: 'page', adapter: 'json-ld', layout: 'json-ld', posting, cards: [] };
  },
};

// Test pages: indeed/viewjob-au-papercut-senior-devops.html (JobPosting with baseSalary),
// seek/job-au-senior-platform-engineer.html (WebSite @graph: no posting); synthetic pages in
// test/sites.hostile.dom.test.ts and test/sites.variants.dom.test.ts.

/** A board page its adapter could not read: say why, and still offer what JSON-LD the page has. */
export function unrecognisedBoardPage(doc: Document, adapter: AdapterId, reason: string): ReadResult {
  return { kind: 'unrecognised', adapter, reason, fallback: readJsonLdPage(doc) };
}
