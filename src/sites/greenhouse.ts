import { defineBoard } from './define-board';
import { inlineText } from './element-text';
import { fillFromJsonLd, unrecognisedBoardPage } from './json-ld';
import { readDescription, orNull } from './posting-parts';
import { $all, $optional, metaContent } from './query';
import { findSalaryText } from './salary-text';
import type { CardRead, LayoutRead, PostingRead, ReadResult } from './types';

/**
 * Greenhouse job boards (JOB-BOARD-DOM.md §3): the new Remix boards on job-boards.greenhouse.io
 * and the classic boards on boards.greenhouse.io (also what `?gh_jid=` embeds load in an iframe).
 */

/** New boards (2026-07): `.job__title h1`, `.job__location`, `.job__description.body`. */
const NEW_TITLE = ['.job__title h1', '.job__title'] as const;
const NEW_HEADER = '.job__header';
const NEW_LOCATION = '.job__location';
const NEW_DESCRIPTION = ['.job__description', '.job-post-content'] as const;
/** Pay transparency block on new boards (not on our fixture; class names from live boards, unverified). */
const PAY = ['.pay-range', '.pay-transparency', '[class*="pay-range"]'] as const;
const LOGO = '.image-container img[alt], a.logo img[alt]';

/** Classic boards (no saved page; long-standing ids): `#app_title`, `.company-name`, `.location`, `#content`. */
const CLASSIC_TITLE = ['#app_title', 'h1.app-title'] as const;
const CLASSIC_HEADER = '#header';
const CLASSIC_COMPANY = '.company-name';
const CLASSIC_LOCATION = '#header .location, .location';
const CLASSIC_DESCRIPTION = '#content';

/** Board list: new `tr.job-post`, classic `div.opening`, each with a `/jobs/<id>` link. */
const LIST_ITEM = ['tr.job-post', 'div.opening'] as const;
const LIST_TITLE = ['p.body--medium', 'a'] as const;
const LIST_LOCATION = ['p.body--metadata', '.location'] as const;

/** `<title>` of a job page: "Job Application for <Title> at <Company>" (2026-07). */
const DOCUMENT_TITLE = /^Job Application for (.+) at (.+)$/;

function jobIdOf(href: string | null | undefined): string | null {
  if (!href) return null;
  return /\/jobs\/(\d+)/.exec(href)?.[1] ?? /[?&](?:gh_jid|token)=(\d+)/.exec(href)?.[1] ?? null;
}

function companyOf(doc: Document): string | null {
  const fromTitle = DOCUMENT_TITLE.exec(doc.title.trim())?.[2];
  if (fromTitle) return fromTitle.trim();
  const classic = inlineText(doc.querySelector(CLASSIC_COMPANY)).replace(/^at\s+/i, '');
  if (classic) return classic;
  const logo = doc.querySelector(LOGO)?.getAttribute('alt')?.replace(/\s+logo$/i, '').trim();
  return logo || orNull(metaContent(doc, 'og:site_name'));
}

function readPosting(doc: Document, url: URL): { layout: string; posting: PostingRead } | null {
  const newTitle = $optional(NEW_TITLE, doc);
  const classicTitle = newTitle ? undefined : $optional(CLASSIC_TITLE, doc);
  const titleElement = newTitle ?? classicTitle;
  if (!titleElement) return null;
  // `.job__title` holds the location too when there is no h1: take the h1 when present.
  const title = inlineText(titleElement.localName === 'h1' ? titleElement : (titleElement.querySelector('h1') ?? titleElement));
  if (!title) return null;
  const pay = findSalaryText(inlineText($optional(PAY, doc)));
  const posting: PostingRead = newTitle
    ? {
        jobId: jobIdOf(url.href),
        title,
        company: companyOf(doc),
        location: orNull(inlineText(doc.querySelector(NEW_LOCATION))),
        ...readDescription($optional(NEW_DESCRIPTION, doc), 'Greenhouse: no .job__description on this page'),
        anchor: doc.querySelector(NEW_HEADER) ?? newTitle,
      }
    : {
        jobId: jobIdOf(url.href),
        title,
        company: companyOf(doc),
        location: orNull(inlineText(doc.querySelector(CLASSIC_LOCATION))),
        ...readDescription($optional(CLASSIC_DESCRIPTION, doc), 'Greenhouse classic: no #content on this page'),
        anchor: doc.querySelector(CLASSIC_HEADER) ?? titleElement,
      };
  if (pay) posting.salaryText = pay;
  return { layout: newTitle ? 'job-board' : 'classic-board', posting: fillFromJsonLd(posting, doc) };
}

function readList(doc: Document): CardRead[] {
  const cards: CardRead[] = [];
  for (const item of $all(LIST_ITEM, doc)) {
    const link = item.querySelector('a[href*="/jobs/"]') ?? item.querySelector('a[href]');
    const jobId = jobIdOf(link?.getAttribute('href'));
    const title = inlineText($optional(LIST_TITLE, item));
    if (!jobId || !title) continue;
    cards.push({ jobId, title, company: null, location: orNull(inlineText($optional(LIST_LOCATION, item))), anchor: item });
  }
  return cards;
}

export const greenhouseAdapter = defineBoard({
  id: 'greenhouse',
  name: 'Greenhouse',
  // New boards on job-boards.greenhouse.io, classic ones (and `?gh_jid=` embeds) on boards.greenhouse.io.
  isHost: (host) => /^(?:job-boards|boards)(?:\.eu)?\.greenhouse\.io$/i.test(host),
  hostPermissions: ['https://job-boards.greenhouse.io/*', 'https://boards.greenhouse.io/*', 'https://job-boards.eu.greenhouse.io/*', 'https://boards.eu.greenhouse.io/*'],
  contentScriptMatches: ['https://job-boards.greenhouse.io/*', 'https://boards.greenhouse.io/*', 'https://job-boards.eu.greenhouse.io/*', 'https://boards.eu.greenhouse.io/*'],
  read(doc, url): ReadResult {
    const open = readPosting(doc, url);
    const cards = readList(doc);
    if (!open && cards.length === 0) {
      return unrecognisedBoardPage(doc, 'greenhouse', 'Greenhouse page with neither a job header (.job__title, #app_title) nor a job list');
    }
    const company = open?.posting.company ?? companyOf(doc);
    const read: LayoutRead = {
      layout: open?.layout ?? 'board-list',
      posting: open?.posting ?? null,
      cards: cards.map((card) => ({ ...card, company })),
    };
    return { kind: 'page', adapter: 'greenhouse', ...read };
  },
});

// Test pages: greenhouse/job-boards-gitlab-8620720002-rendered.html; a synthetic classic board in
// test/sites.variants.dom.test.ts.
