import { defineBoard } from './define-board';
import { isHostOf } from './is-host-of';
import { inlineText } from './element-text';
import { headerBlockOf } from './header-block';
import { fillFromJsonLd, unrecognisedBoardPage } from './json-ld';
import { readDescription, orNull, searchOrJobLayout } from './posting-parts';
import { $optional, metaContent } from './query';
import type { CardRead, PostingRead, ReadResult } from './types';

/**
 * Workday career sites on *.myworkdayjobs.com (JOB-BOARD-DOM.md §6). A SPA whose first HTML is a
 * shell; everything hangs off `data-automation-id`, stable for years. The search page lists jobs
 * and, on wide screens, shows the open one beside the list with the same posting ids.
 */

/** Posting (2026-07). */
const TITLE = '[data-automation-id="jobPostingHeader"]';
const LOCATIONS = ['[data-automation-id="locations"] dd', '[data-automation-id="locations"]'] as const;
const REQUISITION_ID = ['[data-automation-id="requisitionId"] dd', '[data-automation-id="requisitionId"]'] as const;
const DESCRIPTION = '[data-automation-id="jobPostingDescription"]';
/** Site header "CAREERS AT NVIDIA" (2026-07); the tenant subdomain otherwise. */
const HEADER_TITLE = '[data-automation-id="headerTitle"]';
/** Job list (search page): title links in result items (long-standing; no saved search page). */
const LIST_TITLE_LINK = 'a[data-automation-id="jobTitle"]';
const LIST_ITEM = 'li';

/** Job path: `/job/<location>/<Title>_<REQ>` or `/job/<Title>_<REQ>`; the req id may carry `-1`. */
const PATH_REQUISITION = /_([A-Za-z]*\d[\w-]*?)(?:-\d+)?\/?$/;

function companyOf(doc: Document, url: URL): string | null {
  const header = inlineText(doc.querySelector(HEADER_TITLE));
  const careersAt = /careers at (.+)$/i.exec(header)?.[1];
  if (careersAt) return careersAt.trim();
  return orNull(metaContent(doc, 'og:site_name')) ?? orNull(url.hostname.split('.')[0]);
}

function readPosting(doc: Document, url: URL): PostingRead | null {
  const titleElement = doc.querySelector(TITLE);
  const title = inlineText(titleElement);
  if (!titleElement || !title) return null;
  const locations = Array.from(doc.querySelectorAll(LOCATIONS[0])).map((dd) => inlineText(dd)).filter(Boolean);
  const location = locations.length > 0 ? locations.join('; ') : inlineText($optional(LOCATIONS, doc)).replace(/^locations/i, '');
  const descriptionElement = doc.querySelector(DESCRIPTION);
  const requisition = inlineText($optional(REQUISITION_ID, doc)).replace(/^job requisition id/i, '').trim();
  const posting: PostingRead = {
    jobId: requisition || (PATH_REQUISITION.exec(url.pathname)?.[1] ?? null),
    title,
    company: companyOf(doc, url),
    location: orNull(location),
    ...readDescription(descriptionElement ?? undefined, 'Workday: the job description is not rendered yet; RoleLens reads it once it appears'),
    anchor: headerBlockOf(titleElement, descriptionElement),
  };
  return fillFromJsonLd(posting, doc);
}

function readList(doc: Document, url: URL): CardRead[] {
  const cards: CardRead[] = [];
  for (const link of Array.from(doc.querySelectorAll(LIST_TITLE_LINK))) {
    const jobId = PATH_REQUISITION.exec(link.getAttribute('href') ?? '')?.[1];
    const title = inlineText(link);
    if (!jobId || !title) continue;
    const item = link.closest(LIST_ITEM) ?? link;
    cards.push({
      jobId,
      title,
      company: companyOf(doc, url),
      location: orNull(inlineText(item.querySelector('[data-automation-id="locations"] dd'))),
      anchor: item,
    });
  }
  return cards;
}

export const workdayAdapter = defineBoard({
  id: 'workday',
  name: 'Workday',
  isHost: (host) => isHostOf(host, 'myworkdayjobs.com'),
  hostPermissions: ['https://*.myworkdayjobs.com/*'],
  contentScriptMatches: ['https://*.myworkdayjobs.com/*'],
  read(doc, url): ReadResult {
    const posting = readPosting(doc, url);
    const cards = readList(doc, url);
    if (!posting && cards.length === 0) {
      return unrecognisedBoardPage(doc, 'workday', 'Workday page with no jobPostingHeader or job list: the app has not rendered yet');
    }
    const layout = searchOrJobLayout(posting !== null, cards.length);
    return { kind: 'page', adapter: 'workday', layout, posting, cards };
  },
});

// Test pages: workday/nvidia-jr2019510-rendered.html.
