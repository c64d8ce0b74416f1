/**
 * `npm run demo`: the built extension in Debian Chromium on every saved job page, served under the
 * board's real hostname. With a display it opens a window with one tab per page and waits until you
 * close it; without one (CI, these machines) it runs headless, writes a PNG per page to
 * demo-output/ and prints one summary line per page.
 *
 * Last, "Read this page" on a careers site off the boards (the saved Greenhouse page served as
 * careers.example.com): with a window you click the toolbar button and then the popup's button
 * yourself; headless, the popup is driven as the e2e test drives it.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_PAGES, servedElsewhere, type FixturePage } from '../test/support/fixture-pages';
import { startFixtureServer } from '../test/support/fixture-server';
import { readPanel } from '../test/support/overlay-probe';
import {
  CHROMIUM_PATH,
  MISSING_CHROMIUM_HELP,
  extensionGrantedHost,
  launchChromiumWithExtension,
} from '../test/support/launch-chromium';
import { REPO_ROOT } from './paths';

const OVERLAY_HOSTS = 'rolelens-panel, rolelens-card-badge';

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(MISSING_CHROMIUM_HELP);
    process.exit(1);
  }
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  const outDir = join(REPO_ROOT, 'demo-output');
  mkdirSync(outDir, { recursive: true });

  const server = await startFixtureServer([...FIXTURE_PAGES, CAREERS_PAGE]);
  const browser = await launchChromiumWithExtension({ hostResolverRules: server.hostResolverRules, headed });
  console.log(`RoleLens demo: ${FIXTURE_PAGES.length} saved pages, Chromium ${headed ? 'with a window' : 'headless'}.`);
  try {
    for (const fixture of FIXTURE_PAGES) {
      const page = await browser.context.newPage();
      const url = servedUrl(fixture, server.urlOf(fixture));
      await page.goto(url, { waitUntil: 'load' });
      const summary = await waitForOverlay(page);
      // The panel sits after the posting's header, which on these unstyled saved pages can be below the fold.
      await page
        .locator(OVERLAY_HOSTS)
        .first()
        .scrollIntoViewIfNeeded({ timeout: 2_000 })
        .catch(() => undefined);
      const png = join(outDir, `${fixture.file.replace(/[/.]/g, '_')}.png`);
      await page.screenshot({ path: png, fullPage: false });
      console.log(`${fixture.file.padEnd(58)} ${summary}  [${png.slice(REPO_ROOT.length + 1)}]`);
      if (!headed) await page.close();
    }
    if (headed) {
      const careers = await browser.context.newPage();
      await careers.goto(server.urlOf(CAREERS_PAGE));
      console.log(`${CAREERS_PAGE.servedAt}: click the RoleLens toolbar button, then "Read this page".`);
      console.log('Close the Chromium window to end the demo.');
      await new Promise((resolve) => browser.context.on('close', resolve));
    }
    if (!headed) await demoReadOnRequest(server, outDir);
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

/** A company careers page with no JobPosting data: RoleLens reads it only when asked. */
const CAREERS_PAGE = servedElsewhere(
  'greenhouse/job-boards-gitlab-8620720002-rendered.html',
  'https://careers.example.com/jobs/backend-engineer-ruby',
);

/**
 * Headless, nobody can click the toolbar button that grants activeTab: like the e2e test, a copy of
 * the build with the careers host granted stands in for it. Screenshots of the popup and the page.
 */
async function demoReadOnRequest(server: { hostResolverRules: string; urlOf(page: FixturePage): string }, outDir: string): Promise<void> {
  const extension = extensionGrantedHost('careers.example.com');
  const browser = await launchChromiumWithExtension({ hostResolverRules: server.hostResolverRules, extensionDir: extension.dir });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.urlOf(CAREERS_PAGE), { waitUntil: 'load' });
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.bringToFront();
    await popup.reload();
    await popup.locator('button[name=read-page]').click({ timeout: 8_000 });
    const summary = await waitForOverlay(page);
    await popup.locator('[data-state=posting]').waitFor({ timeout: 8_000 });
    const pagePng = join(outDir, 'careers-site_read-on-request.png');
    const popupPng = join(outDir, 'careers-site_popup.png');
    await page.screenshot({ path: pagePng });
    await popup.screenshot({ path: popupPng });
    console.log(`${'careers.example.com (Read this page, in the popup)'.padEnd(58)} ${summary}  [${pagePng.slice(REPO_ROOT.length + 1)}, ${popupPng.slice(REPO_ROOT.length + 1)}]`);
  } finally {
    await browser.close().catch(() => undefined);
    extension.remove();
  }
}

/** The URL a user would open: the first alias (e.g. www.linkedin.com/jobs/view/<id>/) if any. */
function servedUrl(fixture: FixturePage, fallback: string): string {
  const alias = fixture.aliases?.[0];
  return alias ?? fallback;
}

/** One line from what the overlay shows, read from inside its (closed) shadow root. */
async function waitForOverlay(page: Page): Promise<string> {
  try {
    await page.locator(OVERLAY_HOSTS).first().waitFor({ state: 'attached', timeout: 8_000 });
    // Give the content script's debounced first read time to settle.
    await page.waitForTimeout(300);
  } catch {
    return 'no RoleLens overlay on this page';
  }
  const cards = await page.locator('rolelens-card-badge').count();
  const summary =
    (await readPanel(page))?.summary || 'no posting panel';
  return cards > 0 ? `${summary} · ${cards} card ${cards === 1 ? 'badge' : 'badges'}` : summary;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
