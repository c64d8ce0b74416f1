/**
 * The saved pages that hold a list of job cards, and what a card is on each: the element that
 * carries the job id. The page script clones these (fresh ids) to append cards as an infinite
 * scroll would. Board markup, not RoleLens's: the benchmark reads nothing of the extension but its
 * host elements.
 */
export const CARD_SELECTORS: Readonly<Record<string, string>> = {
  // Guest search API fragment: `li > div.base-search-card[data-entity-urn]`, the page LinkedIn's
  // logged-out infinite scroll appends (2026-06).
  'linkedin/guest-api-search-cards-fragment.html': '[data-entity-urn^="urn:li:jobPosting:"]',
  // Logged-in classic list items (one saved card, fragment).
  'linkedin/loggedin-classic-search-job-card-fragment.html': 'li[data-occludable-job-id]',
  // Logged-in classic two-pane list.
  'linkedin/classic-collections-recommended-two-pane.xhtml': 'li[data-occludable-job-id]',
  // SDUI two-pane results; the componentkey repeats on an inner div, hence [role=button].
  'linkedin/sdui-search-results-two-pane.xhtml': '[role="button"][componentkey^="job-card-component-ref-"]',
};

/** Where the memory cycles and the big list run: the card markup LinkedIn's infinite scroll really appends. */
export const LIST_PAGE = 'linkedin/guest-api-search-cards-fragment.html';

/** Cards appended in measure 4, in order (the second lands on top of the first). */
export const APPEND_STEPS = [25, 500] as const;
