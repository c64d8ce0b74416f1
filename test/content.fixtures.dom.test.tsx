import { render } from 'preact';
import { expect, test } from 'vitest';
import { analyzePosting } from '../src/analysis/analyze-posting';
import { overlayStateOf, planOverlay, type OverlayPlan } from '../src/content/plan-overlay';
import { Overlay } from '../src/overlay/Overlay';
import { labelFromTitle } from '../src/role-model/label-from-title';
import type { OverlayState } from '../src/overlay/overlay-state';
import { DEFAULT_SETTINGS } from '../src/settings/settings-schema';
import { readPage } from '../src/sites/read-page';
import { FIXTURE_PAGES } from './support/fixture-pages';
import { loadFixture } from './support/load-fixture';

/**
 * The content script's whole path on every saved page, minus the browser: read the page, plan the
 * overlay, render it into a shadow root placed after the anchor, and check the board's own nodes
 * are untouched. (The same path runs in real Chromium in test/e2e.)
 */
type Expected = {
  /** What the panel's one-line summary must contain; null: no panel (a list page). */
  summary: RegExp | null;
  /** Card badges planned, at least (on a search page with a pane, never on the open job's card). */
  minCards?: number;
  pay?: RegExp;
};

const EXPECTED: Record<string, Expected> = {
  'linkedin/guest-jobs-view-heidi-4411867124.html': { summary: /Senior Software Engineer - Developer Experience → \w+ \d+%( or \w+ \d+%)? · L5/ },
  'linkedin/guest-api-jobposting-fragment-notion.html': { summary: /Software Engineer, New Grad → .* · L3/, pay: /\$126K – \$146K\/yr/ },
  'linkedin/guest-api-search-cards-fragment.html': { summary: null, minCards: 3 },
  'linkedin/loggedin-classic-search-job-card-fragment.html': { summary: null },
  'linkedin/loggedin-classic-detail-top-card-fragment.html': { summary: /Forward Deployed Engineer → not enough text to judge/ },
  'linkedin/classic-collections-recommended-two-pane.xhtml': { summary: /^T11 x+ → / },
  'linkedin/sdui-search-results-two-pane.xhtml': { summary: /^T9 x+ → / },
  'linkedin/sdui-job-view-standalone.xhtml': { summary: /^T2 x+ → / },
  'indeed/viewjob-au-papercut-senior-devops.html': { summary: /Senior DevOps Engineer → other \d+% · L5/, pay: /AUD 130K – AUD 160K\/yr/ },
  'indeed/eg-frontend-egypt-serp-no-vjk-company-style-serp-page-2026.html': { summary: /^PHP Developer – PHP, JavaScript, JSON → other \d+%/, minCards: 1 },
  'indeed/in-java-bengaluru-serp-no-vjk-company-style-selenium-2024.html': { summary: /^Core Java → other \d+%/, minCards: 1 },
  'indeed/us-data-analyst-portland-serp-no-vjk-playwright-2026-02.html': { summary: /^Research Data Analyst 1 → other \d+%/, minCards: 1, pay: /\$27\.85 – \$41\.77\/hr/ },
  'indeed/in-python-developer-bengaluru-serp-clicked-card-prettified-2024-07.html': {
    summary: /^Python Developer → backend \d+% · L4 · pay stated/,
    minCards: 1,
    pay: /₹389K – ₹1\.63M\/yr/,
  },
  'seek/job-au-senior-platform-engineer.html': { summary: /Senior Platform Engineer \| Remote \| Australia → / },
  'greenhouse/job-boards-gitlab-8620720002-rendered.html': { summary: /Backend Engineer \(Ruby\).* → backend \d+%/ },
  'lever/highspot-apply-page-rendered.html': { summary: /Principal Software Engineer, Applied AI → not enough text to judge · L7/ },
  'ashby/ramp-ai-partnerships-manager-rendered.html': { summary: /AI Partnerships Manager → not enough text to judge/, pay: /\$220K – \$330K\/yr/ },
  'workday/nvidia-jr2019510-rendered.html': { summary: /Senior Test Engineer - Autonomous Driving → other \d+% · L5/ },
};

/** What the content script shows for a plan: the background's analysis of its posting, in process. */
function stateOf(plan: OverlayPlan): OverlayState | null {
  if (!plan.panel) return null;
  return overlayStateOf(plan.panel, plan.panel.kind === 'posting' ? analyzePosting(plan.panel.input) : null);
}

const withPanel = FIXTURE_PAGES.filter((page) => EXPECTED[page.file]?.summary);
const listsOnly = FIXTURE_PAGES.filter((page) => EXPECTED[page.file]?.summary === null);

test('every saved page has an expectation', () => {
  expect(FIXTURE_PAGES.filter((page) => !EXPECTED[page.file]).map((page) => page.file)).toEqual([]);
});

test.each(withPanel.map((page) => [page.file, page] as const))(
  '%s: read, planned and rendered without touching the board',
  (file, page) => {
    const expected = EXPECTED[file]!;
    const doc = loadFixture(page);
    const read = readPage(doc, page.url);
    const plan = planOverlay(read, DEFAULT_SETTINGS);
    const state = stateOf(plan);
    expect(state?.kind).toBe('posting');
    const anchor = plan.anchor ?? doc.body;
    const before = anchor.outerHTML;
    const host = doc.createElement('rolelens-panel');
    anchor.after(host);
    const shadow = host.attachShadow({ mode: 'open' });
    render(<Overlay state={state!} settings={DEFAULT_SETTINGS} />, shadow);
    expect(shadow.querySelector('[data-summary]')?.getAttribute('data-summary')).toMatch(expected.summary!);
    expect(shadow.querySelector('.rl-salary')?.textContent ?? '').toMatch(expected.pay ?? /^$/);
    expect(anchor.outerHTML).toBe(before);
    // Each phrase listed from the description says, on hover, where it was said: words of the posting around it.
    const description = (read.kind === 'page' ? (read.posting?.description ?? '') : '').replace(/\s+/g, ' ');
    const placed = shadow.querySelectorAll('.rl-evidence q[title]');
    const judged = state!.kind === 'posting' && state!.analysis.status === 'ok';
    expect(placed.length > 0).toBe(judged && shadow.querySelector('.rl-evidence li') !== null);
    for (const phrase of placed) {
      const quoted = phrase.getAttribute('title')!.replace(/^In the posting: /, '');
      expect(quoted).toContain(phrase.textContent);
      expect(description).toContain(quoted.replace(/^…|…$/g, ''));
    }
  },
);

test.each(listsOnly.map((page) => [page.file, page] as const))('%s: a list without an open posting gets card labels only', (file, page) => {
  const plan = planOverlay(readPage(loadFixture(page), page.url), DEFAULT_SETTINGS);
  expect(plan.panel).toBeNull();
  expect(plan.cards.filter((card) => labelFromTitle(card.title) !== null).length).toBeGreaterThanOrEqual(EXPECTED[file]!.minCards ?? 0);
});

// The open job has the panel; its card needs no chip. With no vjk in the URL only the pane names it.
test.each(withPanel.filter((page) => EXPECTED[page.file]!.minCards).map((page) => [page.file, page] as const))(
  '%s: chips on the other cards, none on the card of the job open in the pane',
  (file, page) => {
    const read = readPage(loadFixture(page), page.url);
    const plan = planOverlay(read, DEFAULT_SETTINGS);
    const openJob = read.kind === 'page' ? read.posting?.jobId : undefined;
    expect(openJob).toMatch(/^[0-9a-f]{16}$/);
    expect(plan.cards.map((card) => card.jobId)).not.toContain(openJob);
    expect(plan.cards.length).toBeGreaterThanOrEqual(EXPECTED[file]!.minCards!);
  },
);

test('RoleLens switched off, or off for this board, plans nothing', () => {
  const page = FIXTURE_PAGES.find((fixture) => fixture.file.startsWith('greenhouse/'))!;
  const result = readPage(loadFixture(page), page.url);
  expect(planOverlay(result, { ...DEFAULT_SETTINGS, enabled: false }).panel).toBeNull();
  expect(planOverlay(result, { ...DEFAULT_SETTINGS, disabledBoards: ['greenhouse'] }).panel).toBeNull();
  expect(planOverlay(result, DEFAULT_SETTINGS).panel?.kind).toBe('posting');
});
