import { defineBoard } from './define-board';
import { isHostOf } from './is-host-of';
import { inlineText } from './element-text';
import { headerBlockOf } from './header-block';
import { jsonLdDescription, readJsonLdPosting, unrecognisedBoardPage } from './json-ld';
import { readDescription, orNull } from './posting-parts';
import { $optional } from './query';
import { findSalaryText } from './salary-text';
import type { CardRead, PostingRead, ReadResult } from './types';

/**
 * Indeed (JOB-BOARD-DOM.md §2). viewjob carries a JSON-LD JobPosting with `baseSalary`, read first.
 * The search results page (SERP) shows the open job in a right-hand pane with the same
 * `#jobDescriptionText` and header testids as viewjob, next to cards keyed by `data-jk`; there the
 * JSON-LD (if any) is only trusted when its title matches the pane's.
 */

/** SERP right-hand pane around the open job: the first on every saved SERP (2024–2026), the others unverified. */
const PANE = ['#jobsearch-ViewjobPaneWrapper', '.jobsearch-RightPane', '#vjs-container', '.jobsearch-ViewJobLayout--embedded'] as const;
/** Title: `h1` on viewjob (2026-08), `h2` in the SERP pane, both with this testid. */
const TITLE = ['[data-testid="jobsearch-JobInfoHeader-title"]', '.jobsearch-JobInfoHeader-title'] as const;
const TITLE_CONTAINER = '.jobsearch-JobInfoHeader-title-container';
/** The SERP pane appends a visually hidden " - job post" to the title. */
const TITLE_SUFFIX = /\s*-\s*job post\s*$/i;
const COMPANY = [
  '[data-testid="inlineHeader-companyName"]',
  '[data-company-name="true"]',
  '[data-testid="jobsearch-CompanyInfoContainer"] a',
] as const;
const LOCATION = [
  '[data-testid="inlineHeader-companyLocation"]',
  '[data-testid="jobsearch-JobInfoHeader-companyLocation"]',
  '[data-testid="job-location"]',
] as const;
/** Pay and job type, hashed `css-*` classes inside (2026-08); the details tiles are a fallback. */
const SALARY = ['#salaryInfoAndJobType', '[data-testid="vjJobDetails-test"]', '#salaryGuide'] as const;
const DESCRIPTION = ['#jobDescriptionText', '.jobsearch-JobComponent-description', '.jobsearch-jobDescriptionText'] as const;

/** SERP cards: the title link carries `data-jk` (Hide-n-Seek 2026, JOB-BOARD-DOM.md §2). */
const CARD_KEY = '[data-jk]';
const CARD_ROOT = '.job_seen_beacon, .cardOutline, .result, li';
const CARD_TITLE = ['[data-testid="simpler-jobTitle"]', '.jobTitle span[title]', 'span[id^="jobTitle-"]', '.jobTitle', 'h2'] as const;
const CARD_COMPANY = ['[data-testid="company-name"]', '.companyName'] as const;
const CARD_LOCATION = ['[data-testid="text-location"]', '.companyLocation'] as const;

/** `jk` is 16 hex digits; `vjk` names the job open in the SERP pane. */
const JOB_KEY = /^[0-9a-f]{16}$/i;

/**
 * Where the SERP pane names its own job (saved SERPs 2024–2026): the Indeed Apply widget's
 * `data-indeed-apply-jk`, then links that carry the key: apply-start (`/applystart?jk=`), the
 * widget's job URL (`/viewjob?jk=`), the company link (`/cmp/…?fromjk=`).
 */
const PANE_KEY_WIDGET = '[data-indeed-apply-jk]';
const PANE_KEY_LINKS = '[href*="jk="], [data-indeed-apply-joburl]';
/** The card Indeed marks as open: `vjs-highlight` (2025–2026), or `aria-current` where a layout sets it. */
const SELECTED_CARD_KEY = '.vjs-highlight[data-jk], .vjs-highlight [data-jk], [aria-current="true"][data-jk], [aria-current="true"] [data-jk]';
/** Links looked at in the pane for its key: the ones that carry it are near its top. */
const MAX_PANE_LINKS = 50;

function keyFrom(url: URL): string | null {
  const key = url.searchParams.get('vjk') ?? url.searchParams.get('jk');
  return key && JOB_KEY.test(key) ? key : null;
}

function validKey(key: string | null | undefined): string | null {
  return key && JOB_KEY.test(key) ? key : null;
}

/** The job the pane itself shows; the URL's `vjk` is missing when the pane opened on the first card. */
function paneKey(pane: Element, base: URL): string | null {
  const widget = validKey(pane.querySelector(PANE_KEY_WIDGET)?.getAttribute('data-indeed-apply-jk'));
  if (widget) return widget;
  const links = pane.querySelectorAll(PANE_KEY_LINKS);
  for (let index = 0; index < Math.min(links.length, MAX_PANE_LINKS); index++) {
    const link = links[index]!;
    const href = link.getAttribute('href') ?? link.getAttribute('data-indeed-apply-joburl') ?? '';
    let url: URL;
    try {
      url = new URL(href, base);
    } catch {
      continue;
    }
    const key = validKey(url.searchParams.get('jk')) ?? validKey(url.searchParams.get('fromjk'));
    if (key) return key;
  }
  return null;
}

/**
 * The open job's key on a SERP: the pane's own (what the pane shows is what we read), else the card
 * marked as open, else the URL's. On viewjob the URL's `jk` is the page's.
 */
function jobKeyOf(doc: Document, url: URL, pane: Element | undefined): string | null {
  if (!pane) return keyFrom(url);
  return paneKey(pane, url) ?? validKey(doc.querySelector(SELECTED_CARD_KEY)?.getAttribute('data-jk')) ?? keyFrom(url);
}

function readCards(doc: Document, pane: Element | undefined): CardRead[] {
  const cards: CardRead[] = [];
  const seen = new Set<string>();
  for (const keyed of Array.from(doc.querySelectorAll(CARD_KEY))) {
    if (pane?.contains(keyed)) continue;
    const jobId = keyed.getAttribute('data-jk') ?? '';
    if (!jobId || seen.has(jobId)) continue;
    const card = keyed.closest(CARD_ROOT) ?? keyed;
    const titleElement = $optional(CARD_TITLE, card);
    const title = (titleElement?.getAttribute('title') ?? '').trim() || inlineText(titleElement) || inlineText(keyed);
    if (!title) continue;
    seen.add(jobId);
    cards.push({
      jobId,
      title: title.replace(TITLE_SUFFIX, ''),
      company: orNull(inlineText($optional(CARD_COMPANY, card))),
      location: orNull(inlineText($optional(CARD_LOCATION, card))),
      anchor: card,
    });
  }
  return cards;
}

function readPosting(doc: Document, url: URL, pane: Element | undefined, trustUntitledJsonLd: boolean): PostingRead | null {
  const scope: ParentNode = pane ?? doc;
  const titleElement = $optional(TITLE, scope);
  const domTitle = inlineText(titleElement).replace(TITLE_SUFFIX, '');
  const ld = readJsonLdPosting(doc, domTitle || undefined) ?? (trustUntitledJsonLd && !domTitle ? readJsonLdPosting(doc) : null);
  const title = ld?.title || domTitle;
  if (!title) return null;
  const descriptionElement = $optional(DESCRIPTION, scope);
  const description = readDescription(descriptionElement, 'Indeed: the job description is not rendered yet; RoleLens reads it once it appears');
  if (!description.description && ld?.descriptionHtml) {
    const fromLd = jsonLdDescription(ld, doc).description;
    if (fromLd) {
      description.description = fromLd;
      delete description.descriptionReason;
    }
  }
  const salaryText = findSalaryText(inlineText($optional(SALARY, scope)));
  const posting: PostingRead = {
    jobId: jobKeyOf(doc, url, pane) ?? ld?.jobId ?? null,
    title,
    company: ld?.company ?? orNull(inlineText($optional(COMPANY, scope))),
    location: ld?.location ?? orNull(inlineText($optional(LOCATION, scope))),
    ...description,
    anchor: titleElement
      ? headerBlockOf(titleElement.closest(TITLE_CONTAINER) ?? titleElement, descriptionElement)
      : (descriptionElement ?? doc.body ?? doc.documentElement),
  };
  if (ld?.baseSalary !== undefined) posting.baseSalary = ld.baseSalary;
  if (salaryText) posting.salaryText = salaryText;
  return posting;
}

export const indeedAdapter = defineBoard({
  id: 'indeed',
  name: 'Indeed',
  isHost: (host) => isHostOf(host, 'indeed.com'),
  hostPermissions: [
    // Country sites are subdomains (au.indeed.com, uk.indeed.com, www.indeed.com).
    'https://*.indeed.com/*',
  ],
  contentScriptMatches: ['https://*.indeed.com/viewjob*', 'https://*.indeed.com/jobs*', 'https://*.indeed.com/q-*', 'https://*.indeed.com/m/*'],
  read(doc, url): ReadResult {
    const pane = $optional(PANE, doc);
    const cards = readCards(doc, pane);
    const viewjob = /\/viewjob\b/.test(url.pathname);
    const posting = readPosting(doc, url, pane, viewjob || cards.length === 0);
    if (!posting && cards.length === 0) {
      return unrecognisedBoardPage(doc, 'indeed', 'Indeed page with no job header, description or job cards');
    }
    return { kind: 'page', adapter: 'indeed', layout: cards.length > 0 ? 'serp' : 'viewjob', posting, cards };
  },
});

// Test pages: indeed/viewjob-au-papercut-senior-devops.html; SERPs indeed/*-serp-* (no vjk with a
// <style> in the company node, 2024 and 2026; no vjk, no style; a clicked card other than the
// first); a synthetic SERP with the right pane in test/sites.variants.dom.test.ts.
