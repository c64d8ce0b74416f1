import { inlineText, readElementText } from './element-text';
import { MAX_DESCRIPTION_CHARS, MAX_TITLE_CHARS } from './limits';
import { MAIN_CONTENT, PAGE_FURNITURE } from './page-landmarks';
import { isContentHeading, postingAnchor } from './posting-heading';
import { $optional } from './query';
import type { PostingRead } from './types';
import { stripInvisibleCharacters } from './strip-invisible-characters';

/**
 * The last resort, for a page on no board we know that has no schema.org JobPosting either (a
 * company's own careers page the user asked RoleLens to read from the popup): its main heading is
 * the title and the text of its main content the description. The page's navigation, header,
 * footer, asides and forms are left out of the text. Null when the page has no heading or title.
 *
 * Only read-page's "no adapter, no JSON-LD" branch calls it, and the content script reaches that
 * branch only on a page the user asked it to read: one off the boards (its manifest matches are the
 * boards), or a board page whose layout its adapter could not read.
 */

/** A main element with less text than this is a landmark around nothing: read the body instead. */
const MIN_MAIN_CHARS = 200;

export function readPageText(doc: Document): PostingRead | null {
  const { title, heading } = pageTitle(doc);
  if (!title) return null;
  const main = $optional(MAIN_CONTENT, doc);
  let read = main ? readElementText(main, { maxChars: MAX_DESCRIPTION_CHARS, skipNames: PAGE_FURNITURE }) : null;
  if ((!read || read.text.length < MIN_MAIN_CHARS) && doc.body) {
    read = readElementText(doc.body, { maxChars: MAX_DESCRIPTION_CHARS, skipNames: PAGE_FURNITURE });
  }
  const posting: PostingRead = {
    jobId: null,
    title,
    company: metaContent(doc, 'og:site_name'),
    location: null,
    description: read?.text ?? '',
    anchor: postingAnchor(doc, title, heading),
  };
  if (!posting.description) posting.descriptionReason = 'The page has no text beside its heading';
  if (read?.truncated) posting.descriptionTruncated = true;
  return posting;
}

/**
 * The first visible h1 outside the page furniture (a site banner's h1 sits in its header: "CAREERS
 * AT NVIDIA"), else og:title, else the document's <title>; with the h1 it came from, if one.
 */
function pageTitle(doc: Document): { title: string | null; heading?: Element } {
  for (const heading of doc.querySelectorAll('h1')) {
    if (!isContentHeading(heading)) continue;
    const text = inlineText(heading);
    if (text && text.length <= MAX_TITLE_CHARS) return { title: text, heading };
  }
  const fallback = metaContent(doc, 'og:title') ?? inlineText(doc.querySelector('title'));
  return { title: fallback ? fallback.slice(0, MAX_TITLE_CHARS) : null };
}

function metaContent(doc: Document, property: string): string | null {
  const content = doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content');
  const value = content ? stripInvisibleCharacters(content).replace(/\s+/g, ' ').trim() : '';
  return value || null;
}
