import { inlineText } from './element-text';
import { jobIdFromHref, jobIdFromUrl, stalePaneReason } from './linkedin-job-id';
import { readDescription, orNull } from './posting-parts';
import { $all, $optional } from './query';
import { findSalaryText } from './salary-text';
import type { CardRead, LayoutRead, PostingRead } from './types';

/**
 * LinkedIn logged-in classic (Ember) layout: semantic `job-details-jobs-unified-top-card__*` and
 * `job-card-container` classes next to hashed ones (never matched). Served on /jobs/collections/*
 * and some /jobs/search/ pages in 2026 (JOB-BOARD-DOM.md §1.4, jobfit-jev 2026-09-23).
 */

/** Detail top card, two-pane and standalone (2026-09). */
const TOP_CARD = [
  '.job-details-jobs-unified-top-card__container--two-pane',
  '[class*="job-details-jobs-unified-top-card__container"]',
  '.job-details-jobs-unified-top-card__job-title',
] as const;
/** Title: the only `h1` on the page (2026-09). */
const TITLE = ['.job-details-jobs-unified-top-card__job-title h1', '.job-details-jobs-unified-top-card__job-title'] as const;
/** Title link: `/jobs/view/<id>/`, the detail pane's own job id (2026-09). */
const TITLE_LINK = '.job-details-jobs-unified-top-card__job-title a[href*="/jobs/view/"]';
/** Apply button carries the job id (2026-09). */
const APPLY_BUTTON = '#jobs-apply-button-id[data-job-id], .jobs-apply-button[data-job-id]';
const COMPANY = ['.job-details-jobs-unified-top-card__company-name a', '.job-details-jobs-unified-top-card__company-name'] as const;
/** Location: first `.tvm__text` of the `·` line (then time-ago, applicants) (2026-09). */
const META_LINE_PARTS = '.job-details-jobs-unified-top-card__primary-description-container .tvm__text';
/** Workplace/type pills; salary shows here when posted (2026-09). Older: the insight highlight. */
const PILLS = [
  '.job-details-fit-level-preferences button',
  '.job-details-jobs-unified-top-card__job-insight--highlight', // TODO [2026-12-31]: drop, gone in 2026-09 captures
] as const;
/** Description: `#job-details`, not collapsed in 2026; starts with an "About the job" h2 (2026-09). */
const DESCRIPTION = ['#job-details', '.jobs-description-content__text--stretch', '.jobs-box__html-content'] as const;

/**
 * List items: `li[data-occludable-job-id]` (kept as empty shells when scrolled away) around
 * `div.job-card-container[data-job-id]`; the bare container in fragments (2026-09).
 */
const CARD = ['li[data-occludable-job-id]', '.job-card-container[data-job-id]'] as const;
const CARD_CONTAINER = '.job-card-container';
/** Card title link; the visible title is its `strong`, `aria-label` may add " with verification". */
const CARD_TITLE_LINK = ['a.job-card-list__title--link', 'a.job-card-container__link', '.job-card-list__title'] as const;
const CARD_COMPANY = ['.artdeco-entity-lockup__subtitle', '.job-card-container__primary-description', '.job-card-container__company-name'] as const;
const CARD_LOCATION = ['.job-card-container__metadata-wrapper li', '.job-card-container__metadata-item'] as const;

function readTitle(link: Element | undefined): string {
  if (!link) return '';
  const strong = inlineText(link.querySelector('strong'));
  if (strong) return strong;
  const label = link.getAttribute('aria-label')?.replace(/\s+with verification$/i, '').trim();
  return label || inlineText(link);
}

function readClassicCards(doc: Document): CardRead[] {
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const item of $all(CARD, doc)) {
    const container = item.matches(CARD_CONTAINER) ? item : (item.querySelector(CARD_CONTAINER) ?? item);
    const link = $optional(CARD_TITLE_LINK, item);
    const jobId =
      item.getAttribute('data-occludable-job-id') ??
      container.getAttribute('data-job-id') ??
      jobIdFromHref(link?.getAttribute('href'));
    const title = readTitle(link);
    // Occluded shells keep the id but no content: they are read when LinkedIn renders them.
    if (!jobId || !title || seen.has(jobId)) continue;
    seen.add(jobId);
    cards.push({
      jobId,
      title,
      company: orNull(inlineText($optional(CARD_COMPANY, item))),
      location: orNull(inlineText($optional(CARD_LOCATION, item))),
      anchor: container,
    });
  }
  return cards;
}

function readLocation(doc: Document): string | null {
  for (const part of Array.from(doc.querySelectorAll(META_LINE_PARTS))) {
    const text = inlineText(part);
    if (text && text !== '·') return text;
  }
  return null;
}

function readClassicPosting(doc: Document, url: URL): { posting: PostingRead | null; reason?: string } {
  const title = $optional(TITLE, doc);
  if (!title || !inlineText(title)) return { posting: null };
  const paneJobId =
    jobIdFromHref($optional(TITLE_LINK, doc)?.getAttribute('href')) ?? doc.querySelector(APPLY_BUTTON)?.getAttribute('data-job-id') ?? null;
  const urlJobId = jobIdFromUrl(url);
  const stale = stalePaneReason(urlJobId, paneJobId);
  if (stale) return { posting: null, reason: stale };
  const description = readDescription($optional(DESCRIPTION, doc), 'LinkedIn: the job description is not rendered yet; RoleLens reads it once it appears');
  description.description = description.description.replace(/^About the job\n+/, '');
  const salary = $all(PILLS, doc)
    .map((pill) => findSalaryText(inlineText(pill)))
    .find(Boolean);
  return {
    posting: {
      jobId: paneJobId ?? urlJobId,
      title: inlineText(title),
      company: orNull(inlineText($optional(COMPANY, doc))),
      location: readLocation(doc),
      ...description,
      ...(salary ? { salaryText: salary } : {}),
      anchor: $optional(TOP_CARD, doc) ?? title,
    },
  };
}

/** The classic layouts, or null when the page has neither a classic top card nor classic cards. */
export function readLinkedInClassic(doc: Document, url: URL): LayoutRead | null {
  const hasDetail = $optional(TITLE, doc) !== undefined;
  const cards = readClassicCards(doc);
  if (!hasDetail && cards.length === 0) return null;
  const { posting, reason } = readClassicPosting(doc, url);
  const layout = hasDetail && cards.length > 0 ? 'classic-two-pane' : hasDetail ? 'classic-detail' : 'classic-card-list';
  return { layout, posting, cards, ...(reason ? { postingReason: reason } : {}) };
}

// Test pages: linkedin/classic-collections-recommended-two-pane.xhtml, linkedin/loggedin-classic-search-job-card-fragment.html,
// linkedin/loggedin-classic-detail-top-card-fragment.html.
