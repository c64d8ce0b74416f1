import { inlineText } from './element-text';
import { headerBlockOf } from './header-block';
import { jobIdFromHref, jobIdFromUrl, jobIdSuffix, stalePaneReason } from './linkedin-job-id';
import { readDescription, orNull } from './posting-parts';
import { $optional } from './query';
import { findSalaryText } from './salary-text';
import type { CardRead, LayoutRead, PostingRead } from './types';

/**
 * LinkedIn logged-in SDUI (server-driven UI) layout, live since ~2026-04 on /jobs/search-results/
 * and many /jobs/view/ pages (JOB-BOARD-DOM.md §1.5). Classes are hashed atomics and never used;
 * we read `data-sdui-*`, `componentkey` (which carries the job id), `data-testid`, `role`, and
 * position inside the top card. Captures must be parsed as XHTML: the markup nests `ul` in `p > span`.
 */

/** Detail screen: `…SemanticJobDetails` on search-results, `…JobDetails` on /jobs/view (2026-09). */
const DETAIL_SCREEN = '[data-sdui-screen*="JobDetails"]';
/** Job-keyed detail components: `JobDetails_AboutTheJob_<id>`, `JobMatchRef_<id>` … (2026-09). */
const JOB_KEYED = '[componentkey^="JobDetails_"], [componentkey^="JobMatchRef_"], [componentkey^="JobDetailsPeopleWhoCanHelpSlot_"]';
const ABOUT_THE_JOB = '[componentkey^="JobDetails_AboutTheJob_"]';
/** Where the top card ends: the first keyed or `data-sdui-component` section (2026-09). */
const SECTION = `[data-sdui-component], ${JOB_KEYED}`;
/** The standalone page has no screen attribute inside `main`: root at the lazy column around the keyed parts. */
const COLUMN = ['[data-testid="lazy-column"]', 'main'] as const;
/** Description, newest first: keyed box, then the component-named box (Dimakoua/job-match-resume). */
const DESCRIPTION = [
  '[componentkey^="JobDetails_AboutTheJob_"] [data-testid="expandable-text-box"]',
  '[data-sdui-component$=".aboutTheJob"] [data-testid="expandable-text-box"]',
  '[componentkey^="JobDetails_AboutTheJob_"]',
] as const;
/** Company: a `/company/` link in the top card (the logo block is `a[componentkey^="auto-binding-"]`). */
const COMPANY_LINK = 'a[href*="/company/"]';

/** Any SDUI marker: every SDUI page has `componentkey`s or a `data-sdui-screen` (2026-09). */
const SDUI_LANDMARK = '[componentkey], [data-sdui-screen]';

/** AI-search result cards; the key repeats on an inner div, hence `[role=button]` (2026-09). */
const CARD = '[role="button"][componentkey^="job-card-component-ref-"]';

/** SDUI `document.title`: "<Title> | <Company> | LinkedIn" (jobfit-jev 2026-09). */
const DOCUMENT_TITLE = /^(.+?) \| (.+?) \| LinkedIn$/;

function detailRoot(doc: Document): Element | null {
  const screen = doc.querySelector(DETAIL_SCREEN);
  if (screen) return screen;
  const about = doc.querySelector(JOB_KEYED);
  if (!about) return null;
  for (const selector of COLUMN) {
    const column = about.closest(selector);
    if (column) return column;
  }
  return doc.documentElement;
}

function paneJobId(root: Element): string | null {
  const keyed = root.querySelector(ABOUT_THE_JOB) ?? root.querySelector(JOB_KEYED);
  return jobIdSuffix(keyed?.getAttribute('componentkey'));
}

interface TopCard {
  title: Element | undefined;
  company: string | null;
  location: string | null;
  salaryText: string | undefined;
}

/**
 * Positional read of the top card: the `p`s before the first section. A `p` holding (or held by)
 * a company link is the company (promoted listings put it first); the first other `p` is the title;
 * the first `p` after it with a `·` is the metadata line, whose first part is the location.
 */
function readTopCard(root: Element): TopCard {
  const card: TopCard = { title: undefined, company: null, location: null, salaryText: undefined };
  for (const element of Array.from(root.querySelectorAll('p, a'))) {
    if (element.closest(SECTION)) break;
    const text = inlineText(element);
    if (!text) continue;
    card.salaryText ??= findSalaryText(text);
    if (element.localName === 'a') continue;
    if (element.closest(COMPANY_LINK) || element.querySelector(COMPANY_LINK)) {
      card.company ??= text;
    } else if (!card.title) {
      if (!text.includes('·')) card.title = element;
    } else if (!card.location && Array.from(element.childNodes).some((node) => node.nodeType === 3 && node.textContent?.includes('·'))) {
      card.location = orNull(inlineText(element.firstElementChild)) ?? orNull(text.split('·')[0]);
    }
  }
  return card;
}

function readSduiPosting(doc: Document, url: URL): { posting: PostingRead | null; reason?: string; hasDetail: boolean } {
  const root = detailRoot(doc);
  if (!root) return { posting: null, hasDetail: false };
  const id = paneJobId(root);
  const urlJobId = jobIdFromUrl(url);
  const stale = stalePaneReason(urlJobId, id);
  if (stale) return { posting: null, reason: stale, hasDetail: true };
  const top = readTopCard(root);
  const fromTitle = DOCUMENT_TITLE.exec(doc.title.trim());
  const title = inlineText(top.title) || (fromTitle?.[1] ?? '');
  if (!title) return { posting: null, reason: 'LinkedIn SDUI: the detail pane has no title yet', hasDetail: true };
  const descriptionElement = $optional(DESCRIPTION, root);
  const description = readDescription(descriptionElement, 'LinkedIn SDUI: the "About the job" box is not rendered yet');
  description.description = description.description.replace(/^About the job\n+/, '');
  const titleLink = top.title?.querySelector('a[href*="/jobs/view/"]');
  return {
    posting: {
      jobId: id ?? jobIdFromHref(titleLink?.getAttribute('href')) ?? urlJobId,
      title,
      company: top.company ?? orNull(inlineText(root.querySelector(`${COMPANY_LINK}:not([componentkey])`))) ?? orNull(fromTitle?.[2]),
      location: top.location,
      ...description,
      ...(top.salaryText ? { salaryText: top.salaryText } : {}),
      anchor: top.title ? headerBlockOf(top.title, descriptionElement) : root,
    },
    hasDetail: true,
  };
}

/** Card text is positional `p`s: title (its visible copy is the aria-hidden span), company, location. */
function readSduiCards(doc: Document): CardRead[] {
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const card of Array.from(doc.querySelectorAll(CARD))) {
    const jobId = jobIdSuffix(card.getAttribute('componentkey'));
    if (!jobId || seen.has(jobId)) continue;
    const lines = Array.from(card.querySelectorAll('p')).filter((p) => inlineText(p) !== '');
    const [first, second, third] = lines;
    if (!first) continue;
    const visible = Array.from(first.children).find((child) => child.getAttribute('aria-hidden') === 'true' && inlineText(child));
    const title = inlineText(visible ?? first);
    seen.add(jobId);
    cards.push({ jobId, title, company: orNull(inlineText(second)), location: orNull(inlineText(third)), anchor: card });
  }
  return cards;
}

/** The SDUI layouts, or null when the page has neither an SDUI detail nor SDUI cards. */
export function readLinkedInSdui(doc: Document, url: URL): LayoutRead | null {
  // Cheap presence test first: substring attribute selectors are slow on big non-SDUI pages.
  if (!doc.querySelector(SDUI_LANDMARK)) return null;
  const { posting, reason, hasDetail } = readSduiPosting(doc, url);
  const cards = readSduiCards(doc);
  if (!hasDetail && cards.length === 0) return null;
  const layout = hasDetail && cards.length > 0 ? 'sdui-two-pane' : hasDetail ? 'sdui-job-view' : 'sdui-card-list';
  return { layout, posting, cards, ...(reason ? { postingReason: reason } : {}) };
}

// Test pages: linkedin/sdui-search-results-two-pane.xhtml, linkedin/sdui-job-view-standalone.xhtml.
