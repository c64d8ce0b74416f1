import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../support/launch-chromium';


describe('the built extension in Debian Chromium', () => {
  let server: FixtureServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    browser = await launchChromiumWithExtension({ hostResolverRules: server.hostResolverRules });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('mounts its shadow-root overlay on the saved LinkedIn guest job page served as www.linkedin.com', async () => {
    const page = await browser.context.newPage();
    // Served at www.linkedin.com/jobs/view/<id>/, the URL shape a user opens.
    await page.goto('http://www.linkedin.com/jobs/view/4411867124/');
    const host = page.locator('rolelens-panel');
    await expect.poll(() => host.count(), { timeout: 15_000 }).toBe(1);
    expect(await host.isVisible()).toBe(true);
    expect(await host.evaluate((element) => element.shadowRoot !== null)).toBe(true);
    await expect.poll(() => host.getByText('RoleLens').count()).toBeGreaterThan(0);
    await page.close();
  });

  test('the popup page opens and renders', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(() => page.locator('h1').innerText()).toContain('RoleLens');
    await page.close();
  });
});
