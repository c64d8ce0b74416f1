import { defineBoard } from './define-board';
import { isHostOf } from './is-host-of';
import { fillFromJsonLd, unrecognisedBoardPage } from './json-ld';
import { readLinkedInClassic } from './linkedin-classic';
import { readLinkedInGuest } from './linkedin-guest';
import { readLinkedInSdui } from './linkedin-sdui';
import type { LayoutRead, ReadResult } from './types';

/**
 * LinkedIn: one path per layout, chosen by the landmarks on the page, not by URL (several layouts
 * are live on the same URL for different accounts, JOB-BOARD-DOM.md §0). The adapter matches every
 * linkedin.com URL because the site moves from the feed to /jobs/ without a page load (§1.7); off
 * the job paths it answers `not-a-job-page`, and the content script stays idle.
 */

/** Paths that show jobs: /jobs/… (search, search-results, collections, view) and the guest API. */
const JOB_PATHS = /^\/(?:jobs|jobs-guest)(?:\/|$)/;

/** Newest layout first; each returns null when its landmarks are absent. */
const LAYOUT_READERS = [readLinkedInSdui, readLinkedInClassic, readLinkedInGuest] as const;

export const linkedInAdapter = defineBoard({
  id: 'linkedin',
  name: 'LinkedIn',
  isHost: (host) => isHostOf(host, 'linkedin.com'),
  hostPermissions: [
    // www and country subdomains (au.linkedin.com serves the guest job pages).
    'https://*.linkedin.com/*',
  ],
  contentScriptMatches: [
    // LinkedIn moves from the feed to /jobs/ without a page load (JOB-BOARD-DOM.md §1.7), so a
    // script matched to /jobs/* only would never start there. We match the whole site and the
    // script stays idle off job pages; the permission asked is the same.
    'https://*.linkedin.com/*',
  ],
  read(doc, url): ReadResult {
    if (!JOB_PATHS.test(url.pathname)) {
      return { kind: 'not-a-job-page', adapter: 'linkedin', reason: `Not a job page (${url.pathname})` };
    }
    let read: LayoutRead | null = null;
    for (const reader of LAYOUT_READERS) {
      read = reader(doc, url);
      if (read) break;
    }
    if (!read) {
      return unrecognisedBoardPage(doc, 'linkedin', 'LinkedIn job page with no known layout (SDUI, classic or guest): not rendered yet, or a new layout');
    }
    return { kind: 'page', adapter: 'linkedin', ...read, posting: read.posting && fillFromJsonLd(read.posting, doc) };
  },
});

// Test pages: every linkedin/* file (see linkedin-guest.ts, linkedin-classic.ts, linkedin-sdui.ts).
