import { inlineText, isHiddenByAttribute } from './element-text';
import { headingBlockWithin } from './header-block';
import { MAX_TITLE_CHARS } from './limits';
import { isInFurniture, MAIN_CONTENT, MAIN_CONTENT_SELECTOR, contentRegionOf } from './page-landmarks';
import { $optional } from './query';

/**
 * Where the panel goes on a page no board adapter reads (a JSON-LD page, a page read on request):
 * after the block holding the posting's heading, so that the title, and the Apply button beside
 * it, stay where the page put them and the panel sits above the text it read.
 */

/** Shorter than this, a heading inside the title is a word that happens to be in it ("Jobs"). */
const MIN_PART_CHARS = 8;

/** What separates a job's name from the rest of a page title: "Acme - Data Engineer", "Data Engineer | Acme", "Data Engineer (Remote)", "Data Engineer at Acme". */
const OPENS_PART = /(?:^|[|\-–—:·•(,]\s*|\sfor\s)$/;
const CLOSES_PART = /^(?:$|\s*[|\-–—:·•(),]|\s+at\s)/;

const normalised = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether `part` is a whole part of `whole`: "data engineer" of "data engineer | acme", not of
 * "data engineer ii". Stricter than json-ld's sameTitle (any containment), which picks among a
 * page's few JobPostings; a page's headings include other jobs' names.
 */
function isPartOf(part: string, whole: string): boolean {
  if (part.length < MIN_PART_CHARS) return false;
  for (let at = whole.indexOf(part); at >= 0; at = whole.indexOf(part, at + 1)) {
    if (OPENS_PART.test(whole.slice(0, at)) && CLOSES_PART.test(whole.slice(at + part.length))) return true;
  }
  return false;
}

/** A visible heading outside the page furniture: a banner's "Careers at Acme" is not the posting's. */
export function isContentHeading(heading: Element): boolean {
  return !isHiddenByAttribute(heading) && !isInFurniture(heading);
}

/** The visible h1-h3 outside the furniture, in page order. By tag, not by selector: jsdom's selector engine takes ms on large pages. */
function contentHeadings(doc: Document): Element[] {
  const headings = ['h1', 'h2', 'h3'].flatMap((tag) => [...doc.getElementsByTagName(tag)]).filter(isContentHeading);
  return headings.sort((a, b) => (a.compareDocumentPosition(b) & 4 /* b FOLLOWING a */ ? -1 : 1));
}

/**
 * The heading that shows `title`: the first h1-h3 outside the furniture whose text is the title, or
 * a whole part of it (a page title "Data Engineer | Acme Careers"), or holds it as a whole part (a
 * heading "Data Engineer (Remote)" for a JSON-LD title "Data Engineer").
 */
export function headingFor(doc: Document, title: string): Element | null {
  return matchingHeading(contentHeadings(doc), title);
}

function matchingHeading(headings: readonly Element[], title: string): Element | null {
  // A title past a few hundred characters is no job's name; the cap keeps isPartOf's scan short.
  const wanted = normalised(title.slice(0, 4 * MAX_TITLE_CHARS));
  if (!wanted) return null;
  const texts = headings.map((heading) => normalised(inlineText(heading)).slice(0, MAX_TITLE_CHARS + 1));
  const exact = texts.indexOf(wanted);
  if (exact >= 0) return headings[exact]!;
  const part = texts.findIndex((text) => text.length <= MAX_TITLE_CHARS && (isPartOf(text, wanted) || isPartOf(wanted, text)));
  return part >= 0 ? headings[part]! : null;
}

/**
 * The anchor for a posting titled `title`: the block of its heading (found by its text unless
 * given), else of the page's first content h1, or h2 in its main content; a page without one gets
 * its main content (the panel after it) or its body.
 */
export function postingAnchor(doc: Document, title: string, heading?: Element): Element {
  let shown = heading;
  if (!shown) {
    const headings = contentHeadings(doc);
    shown =
      matchingHeading(headings, title) ??
      headings.find((candidate) => candidate.localName === 'h1') ??
      headings.find((candidate) => candidate.localName === 'h2' && candidate.closest(MAIN_CONTENT_SELECTOR));
  }
  if (shown) return headingBlockWithin(shown, contentRegionOf(shown));
  return $optional(MAIN_CONTENT, doc) ?? doc.body?.firstElementChild ?? doc.body ?? doc.documentElement;
}
