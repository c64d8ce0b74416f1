import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_PAGES } from '../support/fixture-pages';
import { startFixtureServer, type FixtureServer } from '../support/fixture-server';
import { onServer, waitFor, waitForPanel } from '../support/firefox-probe';
import { launchFirefoxWithExtension, type ExtensionFirefox } from '../support/launch-firefox';
import { contrastRatio, parseRgb } from '../../src/overlay/page-theme';

/** No inline style or script and nothing from elsewhere: as strict as a policy gets while the page still loads its own files. */
const STRICT_CSP = "default-src 'none'; img-src 'self'; style-src 'self'; script-src 'self'";

/** Where the panel headline's own " · L5" shows: the x of its "·", "L" and "5", and of the title's first letter. */
const HEADLINE_ORDER = `function () {
  const summary = this.querySelector('.rl-summary');
  if (!summary) return null;
  const x = (node, at) => {
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    return Math.round(range.getBoundingClientRect().left);
  };
  const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
  let title = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (title === null && node.data.startsWith('Senior')) title = x(node, 0);
    const at = node.data.indexOf(' · L5');
    if (at >= 0) return { title, separator: x(node, at + 1), l: x(node, at + 3), five: x(node, at + 4) };
  }
  return null;
}`;

type HeadlineOrder = { title: number | null; separator: number; l: number; five: number } | null;

/** The title first, then our separator, "L" and "5", left to right. */
const headlineInOrder = (order: HeadlineOrder) =>
  order !== null && order.title !== null && order.title < order.separator && order.separator < order.l && order.l < order.five;

/**
 * The Firefox package (`npm run build:firefox`) in Debian's Firefox ESR, on the saved pages served
 * under their boards' names: what a Firefox user gets, read the way the Chromium tests read it.
 */
describe('RoleLens in Firefox on saved job pages', () => {
  let server: FixtureServer;
  /** The same pages served with a strict Content-Security-Policy, as a board may send one. */
  let strictServer: FixtureServer;
  let firefox: ExtensionFirefox;

  beforeAll(async () => {
    server = await startFixtureServer();
    strictServer = await startFixtureServer(undefined, { headers: { 'content-security-policy': STRICT_CSP } });
    firefox = await launchFirefoxWithExtension({ hosts: server.hosts });
  }, 60_000);
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    await strictServer?.close();
  });

  test('the LinkedIn guest job page: a panel in a closed shadow root, with label, evidence and level, drawn with its styles', async () => {
    const tab = await firefox.open(onServer(server, 'https://www.linkedin.com/jobs/view/4411867124/'));
    const panel = await waitForPanel(tab, /Senior Software Engineer - Developer Experience → \w+ \d+%( or \w+ \d+%)? · L5/);
    expect(panel.mode).toBe('closed');
    expect(await tab.evaluate<boolean>(`document.querySelector('rolelens-panel').shadowRoot === null`)).toBe(true);
    expect(panel.text).toMatch(/Why/);
    expect(panel.text).toMatch(/Level\s*L5/);
    // overlay.css reached the shadow root: the panel is painted, not a transparent box.
    expect(panel.background).toBe('rgb(255, 255, 255)');
    // The board's own title is as served.
    expect(await tab.evaluate<string[]>(`[...document.querySelectorAll('h1')].map((h) => h.textContent.trim())`)).toEqual([
      'Senior Software Engineer - Developer Experience',
    ]);
    await tab.close();
  });

  test.each(FIXTURE_PAGES.filter((fixture) => fixture.kind === 'document').map((fixture) => [fixture.file, fixture] as const))(
    '%s gets its panel',
    async (_file, fixture) => {
      const tab = await firefox.open(onServer(server, server.urlOf(fixture)));
      const panel = await waitForPanel(tab, / → /);
      expect(panel.state).toBe('posting');
      await tab.close();
    },
  );

  // WXT's own content-script context ends itself on a "content script started" event that any page
  // can send; RoleLens keeps a lifetime of its own (src/content/lifetime.ts).
  test('a page that re-sends the "content script started" announcement does not switch RoleLens off', async () => {
    const tab = await firefox.open(onServer(server, 'https://www.linkedin.com/jobs/view/4411867124/'));
    await waitForPanel(tab, / → /);
    await tab.evaluate(`(() => {
      const type = 'rolelens@rolelens.dev:content:wxt:content-script-started';
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'a-page' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'a-page' }, '*');
      document.querySelector('h1').textContent = 'Senior Data Engineer';
      document.querySelector('.show-more-less-html__markup').textContent = 'You will build batch and streaming data pipelines with Airflow, dbt and Spark, model our Snowflake warehouse, own ELT and CDC ingestion from OLTP databases, write complex SQL with window functions, and keep data freshness SLAs for analytics and reporting. 5+ years of data engineering experience with dbt and Airflow in production.';
      return true;
    })()`);
    const panel = await waitForPanel(tab, /^Senior Data Engineer → data/);
    expect(panel.mode).toBe('closed');
    await tab.close();
  });

  // light-dark() is lowered by the build into variables (overlay.css); Firefox must resolve them too.
  test('a board switched to dark mode in place: the panel turns dark, its text still readable', async () => {
    const tab = await firefox.open(onServer(server, 'https://www.linkedin.com/jobs/view/4411867124/'));
    await waitForPanel(tab, / → /);
    await tab.evaluate(`(() => {
      const style = document.createElement('style');
      style.textContent = 'html, body { background: #000 !important } main, section, div { background-color: #1b1f23 !important }';
      document.head.append(style);
      return true;
    })()`);
    const colours = await waitFor<{ background: string; text: string; summary: string } | null>(
      tab,
      () =>
        tab.inShadowRoot(
          'rolelens-panel',
          `function () {
            const panel = this.querySelector('.rl-panel');
            const summary = this.querySelector('[data-summary]');
            return panel && summary ? { background: getComputedStyle(panel).backgroundColor, text: getComputedStyle(panel).color, summary: getComputedStyle(summary).color } : null;
          }`,
        ),
      (value) => value !== null && parseRgb(value.background)!.r < 80,
      'the panel turning dark',
    );
    const background = parseRgb(colours!.background)!;
    expect(contrastRatio(parseRgb(colours!.text)!, background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(parseRgb(colours!.summary)!, background)).toBeGreaterThanOrEqual(4.5);
    await tab.close();
  });

  // Firefox lays bidi text out itself: an override in the title stays in the title's isolate there too.
  test("a right-to-left override in the title: the headline's own separator and level still read in order", async () => {
    const tab = await firefox.open(onServer(server, 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002'));
    await waitForPanel(tab, / → /);
    await tab.evaluate(`(() => {
      document.querySelector('.job__title h1').textContent = 'Senior Data Engineer \\u202Eexe.txt';
      document.querySelector('.job__description').textContent = 'Build batch and streaming data pipelines with Airflow, dbt and Spark into our Snowflake warehouse. Own ELT and CDC ingestion from OLTP databases and data freshness SLAs for analytics. 5+ years of data engineering.';
      return true;
    })()`);
    await waitForPanel(tab, /^Senior Data Engineer exe\.txt → .* · L5/);
    expect(await tab.inShadowRoot<NonNullable<HeadlineOrder>>('rolelens-panel', HEADLINE_ORDER)).toSatisfy(headlineInOrder);
    // Even an override that got past reading.
    expect(
      await tab.inShadowRoot<string>(
        'rolelens-panel',
        `function () {
          const title = this.querySelector('.rl-summary bdi');
          if (title) title.textContent = 'Senior Data Engineer \\u202Eexe.txt';
          return title && title.textContent;
        }`,
      ),
    ).toContain('\u202E');
    expect(await tab.inShadowRoot<NonNullable<HeadlineOrder>>('rolelens-panel', HEADLINE_ORDER)).toSatisfy(headlineInOrder);
    await tab.close();
  });

  // A 100,000-character title made the panel 15,561 px tall; Firefox clamps the title's lines itself.
  test('a 100,000-character title: a header of a few lines, the level after the title still shown', async () => {
    const tab = await firefox.open(onServer(server, 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002'));
    await waitForPanel(tab, / → /);
    await tab.evaluate(`(() => {
      document.querySelector('.job__title h1').textContent = 'Senior Backend Engineer ' + 'lorem ipsum dolor '.repeat(6000);
      return true;
    })()`);
    await waitForPanel(tab, /^Senior Backend Engineer lorem.*… → .* · L5/);
    const sizes = await tab.inShadowRoot<{ header: number; levelShown: boolean }>('rolelens-panel', `function () {
      const root = this;
      const header = root.querySelector('.rl-header').getBoundingClientRect();
      const ours = [...root.querySelector('.rl-summary').childNodes].find((node) => node.nodeType === 3 && /L\\d/.test(node.textContent));
      if (!ours) return null;
      const range = document.createRange();
      range.selectNodeContents(ours);
      const level = range.getBoundingClientRect();
      return { header: Math.round(header.height), levelShown: level.height > 0 && level.bottom <= header.bottom };
    }`);
    expect(sizes).not.toBeNull();
    expect(sizes!.header).toBeLessThan(100);
    expect(sizes!.levelShown).toBe(true);
    await tab.close();
  });

  test('search results: the cards get their chips', async () => {
    const fixture = FIXTURE_PAGES.find((candidate) => candidate.file === 'linkedin/guest-api-search-cards-fragment.html')!;
    const tab = await firefox.open(onServer(server, server.urlOf(fixture)));
    // A chip is drawn when its card comes near the screen: scrolled to the end, every labelled card has one.
    await waitFor<number>(tab, `document.querySelectorAll('rolelens-card-badge').length`, (count) => count > 0, 'card chips');
    await tab.evaluate(`window.scrollTo(0, document.documentElement.scrollHeight) || true`);
    const chips = await waitFor<number>(tab, `document.querySelectorAll('rolelens-card-badge').length`, (count) => count === 3, 'three card chips');
    expect(chips).toBe(3);
    await tab.close();
  });

  // Firefox applies a page's CSP to some content-script insertions, and our styles are an inline
  // <style> in the shadow root: they must still reach it where the page's own inline styles may not.
  test('a board with a strict Content-Security-Policy: the panel and the card chips are still styled', async () => {
    const tab = await firefox.open(onServer(strictServer, 'https://www.linkedin.com/jobs/view/4411867124/'));
    const panel = await waitForPanel(tab, /Senior Software Engineer - Developer Experience → \w+ \d+%( or \w+ \d+%)? · L5/);
    expect(panel.background).toBe('rgb(255, 255, 255)');
    // The policy is in force: an inline style the page itself adds is refused.
    const pageStyle = await tab.evaluate<{ violated: string; applied: boolean }>(`new Promise((resolve) => {
      let violated = '';
      document.addEventListener('securitypolicyviolation', (event) => { violated = event.violatedDirective; }, { once: true });
      const style = document.createElement('style');
      style.textContent = 'body { outline: 7px solid rgb(1, 2, 3) }';
      document.head.append(style);
      setTimeout(() => resolve({ violated, applied: getComputedStyle(document.body).outlineWidth === '7px' }), 200);
    })`);
    expect(pageStyle).toEqual({ violated: expect.stringMatching(/^style-src/), applied: false });
    await tab.close();

    const cards = FIXTURE_PAGES.find((candidate) => candidate.file === 'linkedin/guest-api-search-cards-fragment.html')!;
    const search = await firefox.open(onServer(strictServer, server.urlOf(cards)));
    await search.evaluate(`window.scrollTo(0, document.documentElement.scrollHeight) || true`);
    await waitFor<number>(search, `document.querySelectorAll('rolelens-card-badge').length`, (count) => count === 3, 'three card chips');
    // A chip's own stylesheet applied: it is laid out as a pill, not as bare inline text.
    const chipDisplay = await search.inShadowRoot<string>('rolelens-card-badge', `function () { const chip = this.querySelector('.rl-chip'); return chip ? getComputedStyle(chip).display : 'none'; }`);
    expect(chipDisplay).toBe('inline-flex');
    await search.close();
  });
});
