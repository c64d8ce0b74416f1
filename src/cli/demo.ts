/**
 * `npm run demo`: the built extension in Debian Chromium on every saved job page, served under the
 * board's real hostname. With a display it opens a window with one tab per page and waits until you
 * close it; without one (CI, these machines) it runs headless, writes a PNG per page to
 * demo-output/ and prints one summary line per page.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FIXTURE_PAGES, type FixturePage } from '../../test/support/fixture-pages';
import { startFixtureServer } from '../../test/support/fixture-server';
import { CHROMIUM_PATH, MISSING_CHROMIUM_HELP, launchChromiumWithExtension } from '../../test/support/launch-chromium';
import { repoRoot } from '../../test/support/shared-dir';

const OVERLAY_HOSTS = 'rolelens-panel, rolelens-card-badge';

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(MISSING_CHROMIUM_HELP);
    process.exit(1);
  }
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && !process.env.CI;
  const outDir = join(repoRoot, 'demo-output');
  mkdirSync(outDir, { recursive: true });

  const server = await startFixtureServer();
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
      console.log(`${fixture.file.padEnd(58)} ${summary}  [${png.slice(repoRoot.length + 1)}]`);
      if (!headed) await page.close();
    }
    if (headed) {
      console.log('Close the Chromium window to end the demo.');
      await new Promise((resolve) => browser.context.on('close', resolve));
    }
  } finally {
    await browser.close().catch(() => undefined);
    await server.close();
  }
}

/** The URL a user would open: the first alias (e.g. www.linkedin.com/jobs/view/<id>/) if any. */
function servedUrl(fixture: FixturePage, fallback: string): string {
  const alias = fixture.aliases?.[0];
  return alias ?? fallback;
}

/** One line from what the overlay shows, read from inside its shadow roots. */
async function waitForOverlay(page: Page): Promise<string> {
  try {
    await page.locator(OVERLAY_HOSTS).first().waitFor({ state: 'attached', timeout: 8_000 });
    // Give the content script's debounced first read time to settle.
    await page.waitForTimeout(300);
  } catch {
    return 'no RoleLens overlay on this page';
  }
  return page.evaluate((selector) => {
    const hosts = [...document.querySelectorAll(selector)];
    const panel = hosts.find((host) => host.localName === 'rolelens-panel');
    const cards = hosts.length - (panel ? 1 : 0);
    const summary = panel?.shadowRoot?.querySelector('[data-summary]')?.getAttribute('data-summary') ?? 'no posting panel';
    return cards > 0 ? `${summary} · ${cards} card ${cards === 1 ? 'badge' : 'badges'}` : summary;
  }, OVERLAY_HOSTS);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
