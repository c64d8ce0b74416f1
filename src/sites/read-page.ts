import { boardCountryOfUrl } from './board-country';
import { jsonLdAdapter, readJsonLdPage } from './json-ld';
import { readPageText } from './page-text';
import { pickAdapter } from './pick-adapter';
import { MAX_FIELD_CHARS, MAX_TITLE_CHARS } from './limits';
import { shorten } from './shorten';
import { stripInvisibleCharacters } from './strip-invisible-characters';
import type { CardRead, PostingRead, ReadResult, SiteAdapter } from './types';

/**
 * Read what a page holds: pick the board adapter by URL and let it detect the layout; for pages no
 * adapter matches, try the generic JSON-LD reader, then the page's heading and main text
 * (page-text.ts). Never throws: an adapter's throw becomes `unrecognised` with the reason. This runs
 * on every DOM-change burst, so the board readers only look at the elements they need; only a page
 * the user asked us to read has its main text walked (0.7-5.6 ms on the saved pages, npm run bench).
 */
export function readPage(doc: Document, url: string, options: { textIfUnreadable?: boolean } = {}): ReadResult {
  const result = cleanTextOf(readWithAdapter(doc, url, options.textIfUnreadable === true));
  const country = boardCountryOfUrl(url);
  if (country) {
    const posting = result.kind === 'page' ? result.posting : result.kind === 'unrecognised' ? result.fallback : null;
    if (posting) posting.boardCountry = country;
  }
  return result;
}

/**
 * `textIfUnreadable`: the user asked for the page's text where the board's adapter finds no
 * posting (the board shipped a layout it does not know): such a page is then read as one off the
 * boards. Pages the adapter reads are read as always.
 */
function readWithAdapter(doc: Document, url: string, textIfUnreadable: boolean): ReadResult {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'unrecognised', adapter: null, reason: `Not a valid URL: ${url.slice(0, 200)}`, fallback: safeJsonLd(doc) };
  }
  const adapter = pickAdapter(parsed);
  if (!adapter) return readOffTheBoards(doc, parsed, null);
  const result = readWithBoardAdapter(adapter, doc, parsed);
  const unreadable = result.kind === 'unrecognised' && !result.fallback;
  return unreadable && textIfUnreadable ? readOffTheBoards(doc, parsed, adapter.id) : result;
}

function readWithBoardAdapter(adapter: SiteAdapter, doc: Document, parsed: URL): ReadResult {
  try {
    return adapter.read(doc, parsed);
  } catch (error) {
    const reason = `${adapter.id} reader failed: ${error instanceof Error ? error.message : String(error)}`;
    return { kind: 'unrecognised', adapter: adapter.id, reason, fallback: safeJsonLd(doc) };
  }
}

/**
 * A page read as if no board adapter knew it: its JSON-LD, else its heading and main text.
 * `board`: the board whose adapter found nothing, so that "nothing found" still names it; its
 * JSON-LD was tried then (the unrecognised result's fallback), so it is not parsed again.
 */
function readOffTheBoards(doc: Document, parsed: URL, board: ReadResult['adapter']): ReadResult {
  if (!board) {
    try {
      const generic = jsonLdAdapter.read(doc, parsed);
      if (generic.kind === 'page') return generic;
    } catch {
      // Fall through: the generic reader is best-effort.
    }
  }
  try {
    const posting = readPageText(doc);
    if (posting) return { kind: 'page', adapter: 'page-text', layout: 'page-text', posting, cards: [] };
  } catch {
    // Fall through to "unrecognised".
  }
  const reason = board
    ? 'the page has no JobPosting JSON-LD, and no heading to read as the title'
    : `No adapter for ${parsed.hostname}, no JobPosting JSON-LD and no heading`;
  return { kind: 'unrecognised', adapter: board, reason, fallback: null };
}

function safeJsonLd(doc: Document) {
  try {
    return readJsonLdPage(doc);
  } catch {
    return null;
  }
}

/**
 * Every text field a reader returns, in one place: characters that change what is read but not what
 * is seen are removed (strip-invisible-characters.ts), and titles, companies and places longer than
 * any real one are cut (shorten.ts).
 */
function cleanTextOf(result: ReadResult): ReadResult {
  const posting = result.kind === 'page' ? result.posting : result.kind === 'unrecognised' ? result.fallback : null;
  if (posting) cleanPosting(posting);
  if (result.kind === 'page') for (const card of result.cards) cleanCard(card);
  return result;
}

function cleanPosting(posting: PostingRead): void {
  posting.title = shorten(stripInvisibleCharacters(posting.title), MAX_TITLE_CHARS);
  posting.company = orNullText(posting.company);
  posting.location = orNullText(posting.location);
  posting.description = stripInvisibleCharacters(posting.description);
  if (posting.salaryText !== undefined) posting.salaryText = stripInvisibleCharacters(posting.salaryText);
  if (posting.descriptionReason !== undefined) posting.descriptionReason = stripInvisibleCharacters(posting.descriptionReason);
}

function cleanCard(card: CardRead): void {
  card.title = shorten(stripInvisibleCharacters(card.title), MAX_TITLE_CHARS);
  card.company = orNullText(card.company);
  card.location = orNullText(card.location);
}

function orNullText(text: string | null): string | null {
  return text === null ? null : shorten(stripInvisibleCharacters(text), MAX_FIELD_CHARS) || null;
}
