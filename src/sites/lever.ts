import { defineBoard } from './define-board';
import { inlineText } from './element-text';
import { fillFromJsonLd, unrecognisedBoardPage } from './json-ld';
import { readDescription, orNull } from './posting-parts';
import { $optional, metaContent } from './query';
import { findSalaryText } from './salary-text';
import type { CardRead, PostingRead, ReadResult } from './types';

/**
 * Lever (JOB-BOARD-DOM.md §4): server-rendered job pages on jobs.lever.co/<company>/<uuid>, the
 * `/apply` page (header and form, no description), and the company's list of postings.
 */

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** Title: `.posting-headline h2` on the job page, `.posting-header h2` on /apply (2026-07). */
const TITLE = ['.posting-headline h2', '.posting-header h2', '.posting-headline h1', '.posting-header h1'] as const;
const HEADER = ['.posting-headline', '.posting-header'] as const;
/** Location category; on /apply every category is `sort-by-time`, so fall back to the first (2026-07). */
const LOCATION = ['.posting-categories .location', '.posting-categories .posting-category'] as const;
/**
 * Description: `[data-qa="job-description"]` then the lists in sibling `.section.page-centered`
 * blocks (unverified here: our saved page is /apply). Header, form and apply buttons are excluded.
 */
const SECTIONS = '.section-wrapper .section.page-centered';
const NOT_DESCRIPTION = '.posting-header, .posting-headline, .application-form, form, [data-qa="btn-apply-bottom"], .last-section-apply';
const SALARY = ['[data-qa="salary-range"]', '.posting-salary', '.salary-range'] as const;
const APPLICATION_FORM = '#application-form, form.application-form, .application-form';
const LOGO = '.main-header-logo img[alt]';

/** Company list page: one `.posting` per job with `a.posting-title` and `h5` (long-standing). */
const LIST_ITEM = '.posting';
const LIST_TITLE = ['[data-qa="posting-name"]', 'h5', 'a.posting-title'] as const;
const LIST_LOCATION = ['.posting-categories .location', '.sort-by-location'] as const;

function companyOf(doc: Document, url: URL, title: string): string | null {
  const logo = doc.querySelector(LOGO)?.getAttribute('alt')?.replace(/\s+logo$/i, '').trim();
  if (logo) return logo;
  // `<title>` is "<Company> - <Title>" (2026-07).
  const documentTitle = doc.title.trim();
  if (title && documentTitle.endsWith(` - ${title}`)) return documentTitle.slice(0, -(title.length + 3)).trim() || null;
  return orNull(metaContent(doc, 'og:site_name')) ?? orNull(url.pathname.split('/')[1]);
}

function descriptionSections(doc: Document): Element[] {
  const lead = doc.querySelector('[data-qa="job-description"]');
  const sections = Array.from(doc.querySelectorAll(SECTIONS)).filter(
    (section) => !section.matches(NOT_DESCRIPTION) && !section.querySelector(NOT_DESCRIPTION) && !section.closest('form'),
  );
  if (lead && !sections.some((section) => section === lead || section.contains(lead))) sections.unshift(lead);
  return sections;
}

function readPosting(doc: Document, url: URL): { apply: boolean; posting: PostingRead } | null {
  const titleElement = $optional(TITLE, doc);
  const title = inlineText(titleElement);
  if (!titleElement || !title) return null;
  const apply = /\/apply\/?$/.test(url.pathname) || doc.querySelector(APPLICATION_FORM) !== null;
  const sections = descriptionSections(doc);
  const reason = apply ? 'Lever apply page: the description is on the job page' : 'Lever: no description sections on this page';
  const salary = findSalaryText(inlineText($optional(SALARY, doc)));
  const posting: PostingRead = {
    jobId: UUID.exec(url.pathname)?.[0] ?? null,
    title,
    company: companyOf(doc, url, title),
    location: orNull(inlineText($optional(LOCATION, doc)).replace(/\s*\/$/, '')),
    ...readDescription(sections, reason),
    anchor: $optional(HEADER, doc) ?? titleElement,
  };
  if (salary) posting.salaryText = salary;
  return { apply, posting: fillFromJsonLd(posting, doc) };
}

function readList(doc: Document, url: URL): CardRead[] {
  const cards: CardRead[] = [];
  for (const item of Array.from(doc.querySelectorAll(LIST_ITEM))) {
    const link = item.querySelector('a.posting-title, a[href*="lever.co/"]');
    const jobId = UUID.exec(link?.getAttribute('href') ?? '')?.[0] ?? item.getAttribute('data-qa-posting-id');
    const title = inlineText($optional(LIST_TITLE, item));
    if (!jobId || !title) continue;
    cards.push({
      jobId,
      title,
      company: orNull(url.pathname.split('/')[1]),
      location: orNull(inlineText($optional(LIST_LOCATION, item))),
      anchor: item,
    });
  }
  return cards;
}

export const leverAdapter = defineBoard({
  id: 'lever',
  name: 'Lever',
  isHost: (host) => /^jobs(?:\.eu)?\.lever\.co$/i.test(host),
  hostPermissions: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  contentScriptMatches: ['https://jobs.lever.co/*', 'https://jobs.eu.lever.co/*'],
  read(doc, url): ReadResult {
    const open = readPosting(doc, url);
    const cards = open ? [] : readList(doc, url);
    if (open) return { kind: 'page', adapter: 'lever', layout: open.apply ? 'apply-page' : 'job-page', posting: open.posting, cards };
    if (cards.length > 0) return { kind: 'page', adapter: 'lever', layout: 'board-list', posting: null, cards };
    return unrecognisedBoardPage(doc, 'lever', 'Lever page with neither a posting header (.posting-headline, .posting-header) nor a list of postings');
  },
});

// Test pages: lever/highspot-apply-page-rendered.html; a synthetic job page in test/sites.variants.dom.test.ts.
