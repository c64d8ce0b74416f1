import { defineBoard } from './define-board';
import { isHostOf } from './is-host-of';
import { inlineText } from './element-text';
import { fillFromJsonLd, unrecognisedBoardPage } from './json-ld';
import { readDescription, orNull } from './posting-parts';
import { $optional } from './query';
import type { CardRead, PostingRead, ReadResult } from './types';

/**
 * Ashby job boards, a React SPA (JOB-BOARD-DOM.md §5). Structural classes are `ashby-job-posting-*`;
 * everything else is CSS-module hashed (`_compensationTierSummary_5yu8i_330`), so those are matched
 * by prefix only. Overview and Application are tabs of one page (`/application` in the URL).
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Title (2026-07). */
const TITLE = ['h1.ashby-job-posting-heading', '.ashby-job-posting-heading', '[class*="_titles_"] h1'] as const;
/** Left pane: `h2` label + value sections (Location, Employment Type, …, Compensation) (2026-07). */
const LEFT_PANE = ['.ashby-job-posting-left-pane', '[class*="_left_"]'] as const;
/** Compensation summary, "Target Base Salary $220K – $330K • Offers Equity" (2026-07). */
const COMPENSATION = ['[class*="_compensationTierSummary"]', '[class*="_compensationTierList"] li', '[class*="_compensation"]'] as const;
/** Overview tab description (class prefix from live boards; our saved page is the Application tab). */
const DESCRIPTION = [
  '.ashby-job-posting-right-pane [class*="_descriptionText"]',
  '[class*="_descriptionText"]',
  '#overview[role="tabpanel"]',
] as const;
/** The Application tab is selected: its tab link is `aria-current="page"` (2026-07). */
const APPLICATION_TAB_SELECTED = '[aria-current="page"] .ashby-job-posting-right-pane-application-tab, [aria-current="page"][id="job-application-form"]';
const BACK_LINK = '.ashby-job-board-back-to-all-jobs-button[aria-label]';

/** Board list: links to `/<org>/<uuid>` with an `h3` title (unverified, no saved board page). */
const LIST_LINK = 'a[href]';

/** `<title>` of a job page: "<Title> @ <Company>" (2026-07). */
const DOCUMENT_TITLE = /^(.+) @ (.+)$/;

function leftPaneValue(pane: Element | undefined, label: string): string | null {
  if (!pane) return null;
  for (const heading of Array.from(pane.querySelectorAll('h2'))) {
    if (inlineText(heading).toLowerCase() !== label) continue;
    return orNull(inlineText(heading.nextElementSibling));
  }
  return null;
}

function companyOf(doc: Document): string | null {
  const fromTitle = DOCUMENT_TITLE.exec(doc.title.trim())?.[2];
  if (fromTitle) return fromTitle.trim();
  const back = doc.querySelector(BACK_LINK)?.getAttribute('aria-label');
  return orNull(back ? /^Back to (.+?)[’']s? Job Listings$/i.exec(back)?.[1] : undefined);
}

/** One compensation tier: its place ("SF") and summary ("Target Base Salary $220K – $330K • Offers Equity") (2026-07). */
const TIER = { item: '[class*="_compensationTierListItem"]', title: '[class*="_compensationTitle"]', summary: '[class*="_compensationTierSummary"]' } as const;

/**
 * Pay from the compensation tiers, one line each, "SF: Target Base Salary $220K – $330K • Offers
 * Equity": the place and the "Base Salary" label say where the figure applies and that it is base
 * pay. Without tiers, the compensation text from its first figure.
 */
function salaryOf(doc: Document): string | undefined {
  const tiers = [...doc.querySelectorAll(TIER.item)].flatMap((item) => {
    const summary = inlineText(item.querySelector(TIER.summary));
    const place = inlineText(item.querySelector(TIER.title));
    return summary ? [place ? `${place}: ${summary}` : summary] : [];
  });
  if (tiers.length > 0) return tiers.join('\n');
  const text = inlineText($optional(COMPENSATION, doc));
  const start = text.search(/(?:[A-Z]{1,3})?[$€£¥₹]\s?\d/);
  return start >= 0 ? text.slice(start) : text || undefined;
}

function readPosting(doc: Document, url: URL): { application: boolean; posting: PostingRead } | null {
  const titleElement = $optional(TITLE, doc);
  const title = inlineText(titleElement);
  if (!titleElement || !title) return null;
  const application = /\/application\/?$/.test(url.pathname) || doc.querySelector(APPLICATION_TAB_SELECTED) !== null;
  const pane = $optional(LEFT_PANE, doc);
  const reason = application
    ? 'Ashby Application tab: the description is on the Overview tab'
    : 'Ashby: the job description is not rendered yet; RoleLens reads it once it appears';
  const salary = salaryOf(doc);
  const posting: PostingRead = {
    jobId: UUID.exec(url.pathname)?.[0] ?? null,
    title,
    company: companyOf(doc),
    location: leftPaneValue(pane, 'location'),
    ...readDescription(application ? undefined : $optional(DESCRIPTION, doc), reason),
    anchor: titleElement,
  };
  if (salary) posting.salaryText = salary;
  return { application, posting: fillFromJsonLd(posting, doc) };
}

function readList(doc: Document, url: URL): CardRead[] {
  const org = url.pathname.split('/')[1] ?? '';
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const link of Array.from(doc.querySelectorAll(LIST_LINK))) {
    const href = link.getAttribute('href') ?? '';
    const jobId = UUID.exec(href)?.[0];
    const title = inlineText(link.querySelector('h3'));
    if (!jobId || !title || seen.has(jobId) || !href.includes(`/${org}/`)) continue;
    seen.add(jobId);
    cards.push({ jobId, title, company: companyOf(doc), location: null, anchor: link });
  }
  return cards;
}

export const ashbyAdapter = defineBoard({
  id: 'ashby',
  name: 'Ashby',
  isHost: (host) => isHostOf(host, 'jobs.ashbyhq.com'),
  hostPermissions: ['https://jobs.ashbyhq.com/*'],
  contentScriptMatches: ['https://jobs.ashbyhq.com/*'],
  read(doc, url): ReadResult {
    const open = readPosting(doc, url);
    if (open) {
      return {
        kind: 'page',
        adapter: 'ashby',
        layout: open.application ? 'application-tab' : 'overview-tab',
        posting: open.posting,
        cards: [],
      };
    }
    const cards = readList(doc, url);
    if (cards.length > 0) return { kind: 'page', adapter: 'ashby', layout: 'board-list', posting: null, cards };
    return unrecognisedBoardPage(doc, 'ashby', 'Ashby page with no job heading (.ashby-job-posting-heading): still loading, or not a job page');
  },
});

// Test pages: ashby/ramp-ai-partnerships-manager-rendered.html.
