import { defineBoard } from './define-board';
import { isHostOf } from './is-host-of';
import { inlineText } from './element-text';
import { headerBlockOf } from './header-block';
import { fillFromJsonLd, unrecognisedBoardPage } from './json-ld';
import { readDescription, orNull, searchOrJobLayout } from './posting-parts';
import { $optional } from './query';
import { findSalaryText } from './salary-text';
import type { CardRead, PostingRead, ReadResult } from './types';

/**
 * SEEK (AU/NZ). Landmarks are `data-automation` attributes (2026-08). Its JSON-LD is a WebSite
 * graph, not a JobPosting, so the DOM is the only source. The search page opens a job in a split
 * view (`jobId=` in the URL) with the same detail landmarks.
 */


/** Job detail (2026-08). */
const TITLE = '[data-automation="job-detail-title"]';
const COMPANY = ['[data-automation="advertiser-name"]', '[data-automation="job-detail-advertiser"]'] as const;
const LOCATION = '[data-automation="job-detail-location"]';
const SALARY = '[data-automation="job-detail-salary"]';
const DESCRIPTION = '[data-automation="jobAdDetails"]';
/** Search cards: `article[data-job-id]` with `jobTitle`/`jobCompany`/`jobLocation` links (long-standing, unverified). */
const CARD = ['article[data-job-id]', '[data-automation="normalJob"]', '[data-automation="premiumJob"]'] as const;
const CARD_TITLE = '[data-automation="jobTitle"]';
const CARD_COMPANY = '[data-automation="jobCompany"]';
const CARD_LOCATION = '[data-automation="jobLocation"], [data-automation="jobCardLocation"]';

function jobIdOf(url: URL): string | null {
  return /\/job\/(\d+)/.exec(url.pathname)?.[1] ?? url.searchParams.get('jobId');
}

function readPosting(doc: Document, url: URL): PostingRead | null {
  const titleElement = doc.querySelector(TITLE);
  const title = inlineText(titleElement);
  if (!titleElement || !title) return null;
  const salary = doc.querySelector(SALARY);
  const descriptionElement = doc.querySelector(DESCRIPTION);
  const posting: PostingRead = {
    jobId: jobIdOf(url),
    title,
    company: orNull(inlineText($optional(COMPANY, doc))),
    location: orNull(inlineText(doc.querySelector(LOCATION))),
    ...readDescription(descriptionElement ?? undefined, 'SEEK: the job ad details are not rendered yet'),
    anchor: headerBlockOf(titleElement, descriptionElement),
  };
  const salaryText = inlineText(salary);
  if (salaryText) posting.salaryText = findSalaryText(salaryText) ?? salaryText;
  return fillFromJsonLd(posting, doc);
}

function readCards(doc: Document): CardRead[] {
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const selector of CARD) {
    for (const card of Array.from(doc.querySelectorAll(selector))) {
      const link = card.querySelector(CARD_TITLE);
      const jobId = card.getAttribute('data-job-id') ?? /\/job\/(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
      const title = inlineText(link);
      if (!jobId || !title || seen.has(jobId)) continue;
      seen.add(jobId);
      cards.push({
        jobId,
        title,
        company: orNull(inlineText(card.querySelector(CARD_COMPANY))),
        location: orNull(inlineText(card.querySelector(CARD_LOCATION))),
        anchor: card,
      });
    }
  }
  return cards;
}

export const seekAdapter = defineBoard({
  id: 'seek',
  name: 'SEEK',
  isHost: (host) => ['seek.com.au', 'seek.co.nz', 'seek.com'].some((domain) => isHostOf(host, domain)),
  hostPermissions: [
    // au.seek.com / nz.seek.com and the older www.seek.com.au / www.seek.co.nz.
    'https://*.seek.com/*',
    'https://*.seek.com.au/*',
    'https://*.seek.co.nz/*',
  ],
  // Job pages (/job/<id>) and search pages ("/<keywords>-jobs…", "/jobs?…"), where a job opens
  // in a split view with ?jobId= and no page load.
  contentScriptMatches: ['seek.com', 'seek.com.au', 'seek.co.nz'].flatMap((domain) => [`https://*.${domain}/job/*`, `https://*.${domain}/*-jobs*`, `https://*.${domain}/jobs*`]),
  read(doc, url): ReadResult {
    const posting = readPosting(doc, url);
    const cards = readCards(doc);
    if (!posting && cards.length === 0) {
      return unrecognisedBoardPage(doc, 'seek', 'SEEK page with no job-detail-title or job cards');
    }
    const layout = searchOrJobLayout(posting !== null, cards.length);
    return { kind: 'page', adapter: 'seek', layout, posting, cards };
  },
});

// Test pages: seek/job-au-senior-platform-engineer.html.
