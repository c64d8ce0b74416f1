import { inlineText } from './element-text';
import { jobIdFromHref, jobIdFromUrl, jobIdFromUrn } from './linkedin-job-id';
import { readDescription, orNull } from './posting-parts';
import { $all, $optional, metaContent } from './query';
import type { CardRead, LayoutRead, PostingRead } from './types';

/**
 * LinkedIn logged-out (guest) DOM: the server-rendered job page, the `jobs-guest` API fragments
 * (job posting, search cards), and the logged-out search page that shows the same cards. The
 * classes are Tailwind-ish but the `top-card-layout` / `topcard__*` / `base-search-card__*` names
 * have been stable since 2022 (JOB-BOARD-DOM.md §1.2–1.3).
 */

/** Top-card title: `h1` on the full page, `h2` inside `a.topcard__link` in the API fragment (2026-08). */
const TITLE = ['.top-card-layout__title', '.topcard__title'] as const;
/** The top card, where the overlay goes (inserted after it, before the description). 2026-08. */
const TOP_CARD = ['section.top-card-layout', '.top-card-layout', '.topcard'] as const;
/** Title link in the API fragment, carries the slug-id URL (2026-06). */
const TITLE_LINK = 'a.topcard__link[href*="/jobs/view/"]';
/** Company (2026-08); the `data-tracking-control-name` variant survives class renames. */
const COMPANY = [
  'a.topcard__org-name-link',
  '[data-tracking-control-name="public_jobs_topcard-org-name"]',
  '.topcard__flavor-row .topcard__flavor:not(.topcard__flavor--bullet)',
] as const;
/** Location: the first bullet of the flavor row; the applicants count is the other bullet (2026-08). */
const LOCATION = [
  '.topcard__flavor-row span.topcard__flavor--bullet:not([class*="num-applicants"])',
  '.topcard__flavor--bullet',
] as const;
/** Description markup; `--clamp-after-5` is CSS only, the full text is in the DOM (2026-08). */
const DESCRIPTION = ['.description__text .show-more-less-html__markup', '.show-more-less-html__markup', '.description__text'] as const;
/** Salary block; seen in JobSpy-era scrapers, not on our 2026 fixtures (unverified). */
const SALARY = ['.salary.compensation__salary', '.compensation__salary'] as const;
/** Full page (not fragment): the guest details page key (2026-08). */
const GUEST_PAGE_KEY = 'meta[name="pageKey"][content^="d_jobs_guest"]';

/**
 * Search cards: `div.base-search-card.job-search-card[data-entity-urn]` in the API fragment and on
 * the logged-out search page (2026-06). The "similar jobs" on a job page are `base-main-card`s and
 * are not matched: a job page has no result list.
 */
const SEARCH_CARD = [
  '.job-search-card[data-entity-urn^="urn:li:jobPosting:"]',
  '.base-search-card[data-entity-urn^="urn:li:jobPosting:"]',
] as const;
const CARD_TITLE = ['.base-search-card__title', 'h3'] as const;
const CARD_COMPANY = ['.base-search-card__subtitle', 'h4'] as const;
const CARD_LOCATION = '.job-search-card__location';
const CARD_LINK = 'a.base-card__full-link, a[href*="/jobs/view/"]';

function readGuestPosting(doc: Document, url: URL): PostingRead | null {
  const title = $optional(TITLE, doc);
  if (!title || !inlineText(title)) return null;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const jobId =
    jobIdFromUrl(url) ??
    jobIdFromHref($optional(TITLE_LINK, doc)?.getAttribute('href')) ??
    jobIdFromHref(canonical) ??
    jobIdFromHref(metaContent(doc, 'og:url')) ??
    jobIdFromHref(metaContent(doc, 'lnkd:url'));
  const salary = $optional(SALARY, doc);
  const posting: PostingRead = {
    jobId,
    title: inlineText(title),
    company: orNull(inlineText($optional(COMPANY, doc))),
    location: orNull(inlineText($optional(LOCATION, doc))),
    ...readDescription($optional(DESCRIPTION, doc), 'LinkedIn guest page: no description block rendered yet'),
    anchor: $optional(TOP_CARD, doc) ?? title,
  };
  if (salary && inlineText(salary)) posting.salaryText = inlineText(salary);
  return posting;
}

function readGuestCards(doc: Document): CardRead[] {
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const card of $all(SEARCH_CARD, doc)) {
    const jobId =
      jobIdFromUrn(card.getAttribute('data-entity-urn')) ?? jobIdFromHref(card.querySelector(CARD_LINK)?.getAttribute('href'));
    const title = inlineText($optional(CARD_TITLE, card));
    if (!jobId || !title || seen.has(jobId)) continue;
    seen.add(jobId);
    cards.push({
      jobId,
      title,
      company: orNull(inlineText($optional(CARD_COMPANY, card))),
      location: orNull(inlineText(card.querySelector(CARD_LOCATION))),
      anchor: card,
    });
  }
  return cards;
}

/** The guest layouts, or null when the page has neither a guest top card nor guest cards. */
export function readLinkedInGuest(doc: Document, url: URL): LayoutRead | null {
  const posting = readGuestPosting(doc, url);
  const cards = readGuestCards(doc);
  if (!posting && cards.length === 0) return null;
  const fullPage = doc.querySelector(GUEST_PAGE_KEY) !== null || doc.querySelector('h1.top-card-layout__title') !== null;
  const apiPath = url.pathname.startsWith('/jobs-guest/');
  let layout: string;
  if (posting && cards.length > 0) layout = 'guest-two-pane';
  else if (posting) layout = fullPage ? 'guest-job-page' : 'guest-api-job-posting';
  else layout = apiPath ? 'guest-api-search-cards' : 'guest-search-cards';
  return { layout, posting, cards };
}

// Test pages: linkedin/guest-jobs-view-heidi-4411867124.html, linkedin/guest-api-jobposting-fragment-notion.html,
// linkedin/guest-api-search-cards-fragment.html.
