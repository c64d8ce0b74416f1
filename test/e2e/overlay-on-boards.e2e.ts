import { describe, expect, test } from 'vitest';
import { FIXTURE_PAGES } from '../support/fixture-pages';
import { clickInShadowRoot, inShadowRoot, shadowModes } from '../support/closed-shadow';
import { applyShiftByPanel, belowAaContrast, paintedTheme, panelBox, readPanel, textColours, waitForPanel } from '../support/overlay-probe';
import { EXPECTATIONS } from '../sites.expectations';
import { chromiumWithFixtures } from '../support/chromium-with-fixtures';

/**
 * The built extension (.output/chrome-mv3) in Debian Chromium, on the saved pages served under
 * their boards' real hostnames, so the manifest's own match patterns decide where it runs.
 */
describe('RoleLens in Chromium on saved job pages', () => {
  const chromium = chromiumWithFixtures();

  test('on the LinkedIn guest job page at www.linkedin.com/jobs/view/<id>/: a visible panel in a closed shadow root, with label, evidence and level', async () => {
    const page = await chromium.browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto('https://www.linkedin.com/jobs/view/4411867124/');
    const panel = await waitForPanel(page, /Senior Software Engineer - Developer Experience → \w+ \d+%( or \w+ \d+%)? · L5/);
    const host = page.locator('rolelens-panel');
    expect(await host.count()).toBe(1);
    expect(await host.isVisible()).toBe(true);
    // Closed: the page can neither read nor rewrite what RoleLens shows.
    expect(await shadowModes(page, 'rolelens-panel')).toEqual(['closed']);
    expect(await host.evaluate((element) => element.shadowRoot)).toBeNull();
    expect(panel.text).toMatch(/Why/);
    expect(panel.text).toMatch(/Level\s*L5/);
    // A phrase from the description says on hover where it was said: words that are on the page.
    const quoted =
      (await inShadowRoot<string[]>(page, 'rolelens-panel', `function () { return [...this.querySelectorAll('.rl-evidence q[title]')].map((q) => q.getAttribute('title') ?? ''); }`)) ?? [];
    expect(quoted.length).toBeGreaterThan(0);
    const pageText = (await page.evaluate(() => document.body.innerText)).replace(/\s+/g, ' ');
    for (const title of quoted) expect(pageText).toContain(title.replace(/^In the posting: /, '').replace(/^…|…$/g, ''));
    // The panel sits right after the description it read; the board's own nodes are as served.
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.locator('h1').innerText()).toBe('Senior Software Engineer - Developer Experience');
    expect(await host.evaluate((element) => element.previousElementSibling?.className ?? '')).not.toBe('');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test.each(
    FIXTURE_PAGES.filter((fixture) => fixture.kind === 'document').map((fixture) => [fixture.file, fixture] as const),
  )('%s gets its panel', async (_file, fixture) => {
    const page = await chromium.browser.context.newPage();
    await page.goto(chromium.server.urlOf(fixture));
    const panel = await waitForPanel(page, / → /);
    expect(panel.state).toBe('posting');
    await page.close();
  });

  // A panel between the title and Apply moved Apply 241 to 693 px down (Indeed, SEEK, Workday, SDUI).
  test.each(
    FIXTURE_PAGES.flatMap((fixture) => {
      const selector = EXPECTATIONS[fixture.file]?.posting?.applyControl;
      return fixture.kind === 'document' && selector ? [[fixture.file, fixture, selector] as const] : [];
    }),
  )('%s: the panel leaves Apply where it was', async (_file, fixture, selector) => {
    const page = await chromium.browser.context.newPage();
    await page.goto(chromium.server.urlOf(fixture));
    await waitForPanel(page, / → /);
    const shift = await applyShiftByPanel(page, selector);
    expect(shift).toBe(0);
    await page.close();
  });

  // Lever centres its header in a 760 px column; the panel after it spanned the window (38..1242 px).
  test.each(
    FIXTURE_PAGES.filter((fixture) => fixture.kind === 'document').map((fixture) => [fixture.file, fixture] as const),
  )('%s: the panel stays within the column of the block it follows', async (_file, fixture) => {
    const page = await chromium.browser.context.newPage();
    await page.goto(chromium.server.urlOf(fixture));
    await waitForPanel(page, / → /);
    // The panel takes the column's width a frame after it is mounted (fitToPage's ResizeObserver):
    // measured at once, on a loaded machine, it could still span the window.
    const overhang = async (): Promise<number | null> => {
      const box = await panelBox(page);
      return box?.column ? Math.max(box.column.left - box.panel.left, box.panel.right - box.column.right) : null;
    };
    await expect.poll(overhang, { timeout: 5_000 }).toBeLessThanOrEqual(0);
    await page.close();
  });

  // Our panel was white on every page: a glaring box on a board in dark mode. It now takes the
  // page's side, not the operating system's, and its text stays readable either way.
  test.each([
    ['as saved', 'light', 'light', null],
    ['as saved, the browser set to dark', 'light', 'dark', null],
    ['painted dark, as a board in dark mode', 'dark', 'light', 'html, body { background: #000 !important } main, section, div { background-color: #1b1f23 !important; color: #e8e8e8 !important }'],
  ] as const)('the LinkedIn guest page %s: the panel is %s with its text at WCAG AA contrast (4.5:1)', async (_name, theme, scheme, darkCss) => {
    const page = await chromium.browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    if (darkCss) {
      await page.addInitScript((css) => {
        document.addEventListener('DOMContentLoaded', () => {
          const style = document.createElement('style');
          style.textContent = css;
          document.head.append(style);
        });
      }, darkCss);
    }
    await page.goto('https://www.linkedin.com/jobs/view/4411867124/');
    await waitForPanel(page, / → /);
    expect(paintedTheme((await readPanel(page))?.background ?? '')).toBe(theme);
    const rows = await textColours(page, 'rolelens-panel');
    // Label, summary, evidence in each lean, section headings, level, band, pay, buttons.
    expect(rows.length).toBeGreaterThan(20);
    expect(belowAaContrast(rows)).toEqual([]);
    await page.close();
  });

  // The theme was read once, when the panel was mounted: a board switched to dark mode in place
  // kept a white panel until the next posting. A board switches by a class on <html> or by adding
  // a stylesheet; both are followed, and back.
  test('the panel follows the page into dark mode and back, without a new posting', async () => {
    const page = await chromium.browser.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('https://www.linkedin.com/jobs/view/4411867124/');
    await waitForPanel(page, / → /);
    const panelTheme = async (): Promise<string> => paintedTheme((await readPanel(page))?.background ?? '');
    expect(await panelTheme()).toBe('light');
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'html.theme--dark, html.theme--dark body { background: #000 !important } html.theme--dark main, html.theme--dark section, html.theme--dark div { background-color: #1b1f23 !important }';
      document.head.append(style);
    });
    await page.evaluate(() => document.documentElement.classList.add('theme--dark'));
    await expect.poll(panelTheme, { timeout: 5_000 }).toBe('dark');
    expect(belowAaContrast(await textColours(page, 'rolelens-panel'))).toEqual([]);
    await page.evaluate(() => document.documentElement.classList.remove('theme--dark'));
    await expect.poll(panelTheme, { timeout: 5_000 }).toBe('light');
    // A stylesheet swapped in, no attribute changed.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'html, body { background: #000 !important } main, section, div { background-color: #1b1f23 !important }';
      document.head.append(style);
    });
    await expect.poll(panelTheme, { timeout: 5_000 }).toBe('dark');
    expect(await page.locator('rolelens-panel').count()).toBe(1);
    await page.close();
  });

  test('the panel follows the page: a new posting in place is read again', async () => {
    const page = await chromium.browser.context.newPage();
    await page.goto('https://www.linkedin.com/jobs/view/4411867124/');
    await waitForPanel(page, / → /);
    // What LinkedIn does on an in-page job switch: the top card and description change, no reload.
    await page.evaluate(() => {
      document.querySelector('h1')!.textContent = 'Senior Data Engineer';
      document.querySelector('.show-more-less-html__markup')!.textContent =
        'You will build batch and streaming data pipelines with Airflow, dbt and Spark, model our Snowflake ' +
        'warehouse, own ELT and CDC ingestion from OLTP databases, write complex SQL with window functions, ' +
        'and keep data freshness SLAs for analytics and reporting. 5+ years of data engineering experience.';
    });
    const panel = await waitForPanel(page, /^Senior Data Engineer → data \d+%/);
    expect(panel.text).toMatch(/Airflow|dbt|Spark|Snowflake/);
    expect(await page.locator('rolelens-panel').count()).toBe(1);
    await page.close();
  });

  test("a LinkedIn page in a layout RoleLens does not know: it says it couldn't read it, and reads the page's text when asked, then the next job's too", async () => {
    const page = await chromium.browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The saved SDUI page without the attributes its reader keys on: what a new layout looks like to it.
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const names = ['componentkey', 'data-sdui-screen', 'data-sdui-component'];
        for (const element of document.querySelectorAll('[componentkey], [data-sdui-screen], [data-sdui-component]')) {
          for (const name of names) element.removeAttribute(name);
        }
      });
    });
    await page.goto('https://www.linkedin.com/jobs/view/1000000001/');
    await waitForPanel(page, /couldn't read this page/);
    await clickInShadowRoot(page, 'rolelens-panel', 'button[name=read-text]');
    const panel = await waitForPanel(page, /^T2 x+ \| T1 x+ \| LinkedIn → \w+/);
    expect(panel.state).toBe('posting');
    expect(panel.text).toContain('RoleLens read its main heading and text');
    expect(await inShadowRoot(page, 'rolelens-panel', `function () { return this.querySelectorAll('button[name=read-text]').length; }`)).toBe(0);
    // The next job opened in place, in the same unknown layout, is read from its text with no second click.
    await page.evaluate(() => {
      history.pushState({}, '', '/jobs/view/1000000002/');
      document.title = 'Staff Data Engineer | Acme | LinkedIn';
    });
    await waitForPanel(page, /^Staff Data Engineer \| Acme \| LinkedIn → \w+/);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  test('LinkedIn pages that are not job pages get nothing', async () => {
    const page = await chromium.browser.context.newPage();
    // The guest page's HTML served at a non-job path: the script runs (all of linkedin.com matches) but stays idle.
    const response = await page.goto('https://www.linkedin.com/feed/');
    expect(response?.status()).toBe(404);
    await page.waitForTimeout(1500);
    expect(await readPanel(page)).toBeNull();
    await page.close();
  });
});
