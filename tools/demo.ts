/**
 * `npm run demo`: the built extension in Debian Chromium on the saved job pages, served under the
 * boards' real hostnames, and on three company careers pages built from labelled corpus postings
 * (a data, a backend and a hybrid posting with a reference band for their level, SOURCES.md),
 * which RoleLens reads when asked: "Read this page" in the popup.
 *
 * With a display it opens a window with one tab per page and waits until you close it; without one
 * (CI, these machines) it runs headless, prints one line per page (label, band, pay, card chips),
 * writes a PNG per page to demo-output/ and the README's screenshots to docs/screenshots/.
 *
 * Saved pages that show nothing of the product stay out (NOT_IN_DEMO): they are kept for the
 * structure tests.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CAREERS_PAGES, FIXTURE_PAGES, type FixturePage } from '../test/support/fixture-pages';
import { startFixtureServer, type FixtureServer } from '../test/support/fixture-server';
import { inEachShadowRoot } from '../test/support/closed-shadow';
import { readPanel, readPanelFigures } from '../test/support/overlay-probe';
import {
  CHROMIUM_PATH,
  MISSING_CHROMIUM_HELP,
  extensionGrantedHost,
  launchChromiumWithExtension,
  type ExtensionBrowser,
} from '../test/support/launch-chromium';
import { readCorpusPosting } from './careers-page';
import { REPO_ROOT } from './paths';

const OVERLAY_HOSTS = 'rolelens-panel, rolelens-card-badge';
const OUT_DIR = join(REPO_ROOT, 'demo-output');
const SCREENSHOTS_DIR = join(REPO_ROOT, 'docs', 'screenshots');
const VIEWPORT = { width: 1280, height: 800 };
/** The browsers' largest popup is 800×600; ours is 380 px wide (popup.css). */
const POPUP_VIEWPORT = { width: 380, height: 600 };

/** Saved pages left out of the demo, and why. */
const NOT_IN_DEMO: Readonly<Record<string, string>> = {
  'linkedin/classic-collections-recommended-two-pane.xhtml': 'sanitized capture: every text is a placeholder',
  'linkedin/sdui-search-results-two-pane.xhtml': 'sanitized capture: every text is a placeholder',
  'linkedin/sdui-job-view-standalone.xhtml': 'sanitized capture: every text is a placeholder',
  'linkedin/loggedin-classic-detail-top-card-fragment.html': 'a top card cut from its page: no description',
  'lever/highspot-apply-page-rendered.html': 'the Apply tab: no description',
  'ashby/ramp-ai-partnerships-manager-rendered.html': 'the Application tab: no description',
};

const BOARD_PAGES = FIXTURE_PAGES.filter((page) => !(page.file in NOT_IN_DEMO));

/**
 * The list page of the chips screenshot. A chip goes right after its card's root element; on these
 * unstyled saved pages that reads as the next card's on most lists, but here it sits inside its card.
 */
const CHIPS_PAGE = 'indeed/us-data-analyst-portland-serp-no-vjk-playwright-2026-02.html';

/** Which careers page each README screenshot shows (by corpus label). */
const SHOTS = { panelLight: 'data', panelDark: 'hybrid', popup: 'backend' } as const;

type Label = 'data' | 'backend' | 'hybrid' | 'other';

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(MISSING_CHROMIUM_HELP);
    process.exit(1);
  }
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  mkdirSync(OUT_DIR, { recursive: true });
  const server = await startFixtureServer([...BOARD_PAGES, ...CAREERS_PAGES]);
  const left = Object.entries(NOT_IN_DEMO).map(([file]) => file.replace(/\.x?html$/, ''));
  console.log(
    `RoleLens demo: ${BOARD_PAGES.length} saved board pages and ${CAREERS_PAGES.length} careers pages, Chromium ${headed ? 'with a window' : 'headless'}.`,
  );
  console.log(`Left out (kept for the structure tests): ${left.join(', ')}.`);
  try {
    if (headed) await runHeaded(server);
    else await runHeadless(server);
  } finally {
    await server.close();
  }
}

/** One tab per page; the careers pages wait for the user's "Read this page". */
async function runHeaded(server: FixtureServer): Promise<void> {
  const browser = await launchChromiumWithExtension({ hostResolverRules: server.hostResolverRules, headed: true });
  try {
    for (const fixture of BOARD_PAGES) {
      const page = await browser.context.newPage();
      await page.goto(servedUrl(fixture, server), { waitUntil: 'load' });
      console.log(line(fixture.file, await describeOverlay(page)));
    }
    for (const careers of CAREERS_PAGES) {
      const page = await browser.context.newPage();
      await page.goto(server.urlOf(careers), { waitUntil: 'load' });
    }
    console.log(`Careers pages (${CAREERS_PAGES.map((page) => new URL(page.url).hostname).join(', ')}): on each, click the RoleLens toolbar button, then "Read this page".`);
    console.log('Close the Chromium window to end the demo.');
    await new Promise((resolve) => browser.context.on('close', resolve));
  } finally {
    await browser.close().catch(() => undefined);
  }
}

async function runHeadless(server: FixtureServer): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const shown: Label[] = [];
  const screenshots: string[] = [];
  let listPages = 0;

  const browser = await launchChromiumWithExtension({ hostResolverRules: server.hostResolverRules });
  try {
    for (const fixture of BOARD_PAGES) {
      const page = await browser.context.newPage();
      await page.setViewportSize(VIEWPORT);
      await page.goto(servedUrl(fixture, server), { waitUntil: 'load' });
      const overlay = await describeOverlay(page, { allChips: true });
      if (overlay.label) shown.push(overlay.label);
      if (overlay.chips > 0) listPages++;
      await scrollToOverlay(page);
      const png = join(OUT_DIR, `${fixture.file.replace(/[/.]/g, '_')}.png`);
      await page.screenshot({ path: png });
      console.log(line(fixture.file, overlay, png));
      if (fixture.file === CHIPS_PAGE) screenshots.push(await chipsScreenshot(page));
      await page.close();
    }
  } finally {
    await browser.close().catch(() => undefined);
  }

  // Nobody can click the toolbar button that grants activeTab when headless: as in the e2e test, a
  // copy of the build with the careers hosts granted stands in for it (extensionGrantedHost).
  const extension = extensionGrantedHost(CAREERS_PAGES.map((page) => new URL(page.url).hostname));
  const granted = await launchChromiumWithExtension({ hostResolverRules: server.hostResolverRules, extensionDir: extension.dir });
  try {
    for (const careers of CAREERS_PAGES) {
      const label = readCorpusPosting(careers.corpusId).label as Label;
      const dark = label === SHOTS.panelDark;
      const page = await granted.context.newPage();
      await page.setViewportSize(VIEWPORT);
      // The careers pages follow the browser's colour scheme, and RoleLens's panel follows the page.
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.goto(server.urlOf(careers), { waitUntil: 'load' });
      const popup = await readOnRequest(granted, page);
      const overlay = await describeOverlay(page);
      if (overlay.label) shown.push(overlay.label);
      const host = `${new URL(careers.url).hostname} (corpus ${careers.corpusId}, Read this page)`;
      const png = join(OUT_DIR, `careers_${careers.corpusId}.png`);
      await panelScreenshot(page, png);
      console.log(line(host, overlay, png));
      if (label === SHOTS.panelLight) screenshots.push(await panelScreenshot(page, join(SCREENSHOTS_DIR, 'panel-light.png')));
      if (label === SHOTS.panelDark) screenshots.push(await panelScreenshot(page, join(SCREENSHOTS_DIR, 'panel-dark.png')));
      if (label === SHOTS.popup) screenshots.push(await popupScreenshot(popup, join(SCREENSHOTS_DIR, 'popup.png')));
      await popup.close();
      await page.close();
    }
  } finally {
    await granted.close().catch(() => undefined);
    extension.remove();
  }

  console.log(`Screenshots: ${screenshots.map((path) => relative(REPO_ROOT, path)).join(', ')}`);
  const kinds: Label[] = ['data', 'backend', 'hybrid', 'other'];
  const tally = kinds.map((kind) => `${kind} ${shown.filter((each) => each === kind).length}`).join(', ');
  console.log(`Labels shown: ${tally}; card chips on ${listPages} list pages.`);
  const missing = kinds.filter((kind) => !shown.includes(kind));
  if (missing.length > 0 || listPages === 0) {
    throw new Error(`The demo no longer shows ${[...missing, ...(listPages === 0 ? ['a list page with chips'] : [])].join(', ')}.`);
  }
}

/** The popup, opened on `page` (the active tab when it asks), after its "Read this page". */
async function readOnRequest(browser: ExtensionBrowser, page: Page): Promise<Page> {
  const popup = await openPopup(browser.context, browser.extensionId);
  await page.bringToFront();
  await popup.reload();
  await popup.locator('[data-state=none] button[name=read-page]').click({ timeout: 8_000 });
  await popup.locator('[data-state=posting]').waitFor({ timeout: 8_000 });
  return popup;
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const popup = await context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  return popup;
}

/** What the overlay shows: the panel's one-line summary, its band and pay, the card chips. */
interface OverlaySeen {
  summary: string;
  label: Label | null;
  band: string;
  pay: string;
  chips: number;
}

/** `allChips`: scroll through the list first, since a card gets its chip only as it nears the viewport. */
async function describeOverlay(page: Page, options: { allChips?: boolean } = {}): Promise<OverlaySeen> {
  try {
    await page.locator(OVERLAY_HOSTS).first().waitFor({ state: 'attached', timeout: 8_000 });
    // Give the content script's debounced first read time to settle.
    await page.waitForTimeout(300);
  } catch {
    return { summary: 'no RoleLens overlay on this page', label: null, band: '', pay: '', chips: 0 };
  }
  if (options.allChips) await scrollThrough(page);
  const chips = await page.locator('rolelens-card-badge').count();
  const summary = (await readPanel(page))?.summary || 'no posting panel';
  const label = (/ → (?:yours: )?(data|backend|hybrid|other)\b/.exec(summary)?.[1] as Label | undefined) ?? null;
  const figures = await readPanelFigures(page);
  if (!figures || !label) return { summary, label, band: '', pay: '', chips };
  const bandOf = (bands: string[], noBand: string) => (bands.length > 0 ? bands.map(shortBand).join('; ') : `none (${noBand.replace(/\.$/, '')})`);
  const runnerUp = figures.runnerUp ? `; if it is ${figures.runnerUp.label}: ${bandOf(figures.runnerUp.bands, figures.runnerUp.noBand)}` : '';
  const band = `${bandOf(figures.bands, figures.noBand)}${runnerUp}`;
  const pay = figures.pay.length > 0 ? figures.pay.join('; ') : 'none stated';
  return { summary, label, band, pay, chips };
}

/** "Data engineer L5, US big tech: US$280K – US$450K a year" → "data L5 US$280K – US$450K". */
function shortBand(text: string): string {
  const match = /^(\w+) engineer (L\d), US big tech: (.+?) a year$/.exec(text);
  return match ? `${match[1]!.toLowerCase()} ${match[2]} ${match[3]}` : text;
}

function line(name: string, seen: OverlaySeen, png?: string): string {
  const parts = [seen.summary];
  if (seen.band) parts.push(`band ${seen.band}`);
  if (seen.pay) parts.push(`pay ${seen.pay}`);
  if (seen.chips > 0) parts.push(`${seen.chips} card ${seen.chips === 1 ? 'chip' : 'chips'}`);
  return `${name.padEnd(58)} ${parts.join(' | ')}${png ? `  [${relative(REPO_ROOT, png)}]` : ''}`;
}

/** The panel sits after the posting's header, which on these unstyled saved pages can be below the fold. */
async function scrollToOverlay(page: Page): Promise<void> {
  await page
    .locator(OVERLAY_HOSTS)
    .first()
    .scrollIntoViewIfNeeded({ timeout: 2_000 })
    .catch(() => undefined);
}

/** The posting's header and the panel under it, cropped to the page's column. */
async function panelScreenshot(page: Page, path: string): Promise<string> {
  await page.evaluate(() => document.querySelector('.posting-header')?.scrollIntoView({ block: 'start' }));
  const column = await page.locator('main').boundingBox();
  const clip = column ? { x: Math.max(0, column.x), y: 0, width: Math.min(column.width, VIEWPORT.width), height: VIEWPORT.height } : undefined;
  await page.screenshot({ path, ...(clip ? { clip } : {}) });
  return path;
}

/** Cards around the first one that leans backend (else the first chip), in the middle of the view. */
async function chipsScreenshot(page: Page): Promise<string> {
  const path = join(SCREENSHOTS_DIR, 'chips.png');
  const names = await inEachShadowRoot<string>(page, 'rolelens-card-badge', "function () { return this.querySelector('.rl-chip')?.textContent ?? ''; }");
  const index = Math.max(0, names.findIndex((name) => name.trim().startsWith('Backend')));
  await page
    .locator('rolelens-card-badge')
    .nth(index)
    .evaluate((chip) => chip.scrollIntoView({ block: 'center' }))
    .catch(() => undefined);
  await page.waitForTimeout(300);
  await page.screenshot({ path });
  return path;
}

/** Down the page a screen at a time, then back to the top. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += VIEWPORT.height) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  await page.waitForTimeout(300);
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** The whole popup, at its own size (at most 600 px tall). */
async function popupScreenshot(popup: Page, path: string): Promise<string> {
  const box = await popup.locator('main.popup').boundingBox();
  const height = Math.min(POPUP_VIEWPORT.height, Math.ceil(box?.height ?? POPUP_VIEWPORT.height));
  await popup.screenshot({ path, clip: { x: 0, y: 0, width: POPUP_VIEWPORT.width, height } });
  return path;
}

/** The URL a user would open: the first alias (e.g. www.linkedin.com/jobs/view/<id>/) if any. */
function servedUrl(fixture: FixturePage, server: FixtureServer): string {
  return fixture.aliases?.[0] ?? server.urlOf(fixture);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
