import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForPanel } from '../support/overlay-probe';
import { DATA_POSTING, withHiddenCharacters } from '../support/postings';
import { inShadowRoot } from '../support/closed-shadow';
import { chromiumWithFixtures } from '../support/chromium-with-fixtures';

const JOB_PAGE = 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002';

/** The saved GitLab page showing another posting: its h1 and description replaced before RoleLens reads them. */
async function openWithPosting(page: Page, posting: { title: string; description: string }): Promise<void> {
  await page.addInitScript(
    ({ title, description }) => {
      document.addEventListener('DOMContentLoaded', () => {
        const heading = document.querySelector('.job__title h1');
        if (heading) heading.textContent = title;
        const body = document.querySelector('.job__description');
        if (!body) return;
        body.textContent = '';
        for (const line of description.split('\n')) {
          const paragraph = document.createElement('p');
          paragraph.textContent = line;
          body.append(paragraph);
        }
      });
    },
    posting,
  );
  await page.goto(JOB_PAGE);
}

/**
 * Where the headline's own " · L5" shows, left to right: the x of its "·", "L" and "5" as laid out,
 * and of the title's first letter. An override that ran on from the title lays them out reversed.
 */
const headlineOrder = (page: Page) =>
  inShadowRoot<{ title: number | null; separator: number; l: number; five: number }>(
    page,
    'rolelens-panel',
    `function () {
      const summary = this.querySelector('.rl-summary');
      if (!summary) return null;
      const walker = document.createTreeWalker(summary, NodeFilter.SHOW_TEXT);
      const x = (node, at) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return Math.round(range.getBoundingClientRect().left);
      };
      let title = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        title ??= node.data.startsWith('Senior') ? x(node, 0) : null;
        const at = node.data.indexOf(' · L5');
        if (at >= 0) return { title, separator: x(node, at + 1), l: x(node, at + 3), five: x(node, at + 4) };
      }
      return null;
    }`,
  );

/** The title first, then our separator, "L" and "5", left to right. */
const inOrder = (order: Awaited<ReturnType<typeof headlineOrder>>) =>
  order !== null && order.title !== null && order.title < order.separator && order.separator < order.l && order.l < order.five;

/** Text a page hides or stretches to turn RoleLens against its user, in the built extension. */
describe('RoleLens in Chromium: text that fools the reader', () => {
  const chromium = chromiumWithFixtures();

  test.each([
    ['soft hyphens', '\u00AD'],
    ['zero-width spaces', '\u200B'],
    ['zero-width joiners', '\u200D'],
  ])('%s inside the title and the telling words do not change the label', async (_name, hidden) => {
    const page = await chromium.browser.context.newPage();
    await openWithPosting(page, {
      title: withHiddenCharacters(DATA_POSTING.title, hidden),
      description: withHiddenCharacters(DATA_POSTING.description, hidden),
    });
    // The page shows the same words; RoleLens reads them as it reads them without the hidden characters.
    const panel = await waitForPanel(page, /^Senior Data Engineer → /);
    expect(panel.summary).toMatch(/^Senior Data Engineer → data 9\d%/);
    await page.close();
  });

  // An unterminated right-to-left override in a title ran on into our words: "… 5L · exe.txt".
  test("a right-to-left override in the title: the headline's own separator and level still read in order", async () => {
    const page = await chromium.browser.context.newPage();
    await openWithPosting(page, { title: 'Senior Data Engineer \u202Eexe.txt', description: DATA_POSTING.description });
    await waitForPanel(page, /→ data/);
    expect(await headlineOrder(page)).toSatisfy(inOrder);
    // Even an override that got past reading stays inside the title's isolate.
    await inShadowRoot(page, 'rolelens-panel', `function () { const title = this.querySelector('.rl-summary bdi'); if (title) title.textContent = 'Senior Data Engineer \\u202Eexe.txt'; }`);
    expect(await inShadowRoot<string>(page, 'rolelens-panel', `function () { return this.querySelector('.rl-summary bdi')?.textContent ?? ''; }`)).toContain('\u202E');
    expect(await headlineOrder(page)).toSatisfy(inOrder);
    await page.close();
  });

  // A 100,000-character title made the panel 15,561 px tall.
  test('a 100,000-character title: a panel of ordinary height, with the level after the title still shown', async () => {
    const measure = async (title: string) => {
      const page = await chromium.browser.context.newPage();
      await openWithPosting(page, { title, description: DATA_POSTING.description });
      await waitForPanel(page, /^Senior Data Engineer.* → data/);
      const sizes = await inShadowRoot<{ panel: number; header: number; levelShown: boolean }>(
        page,
        'rolelens-panel',
        `function () {
          const panel = this.querySelector('.rl-panel')?.getBoundingClientRect();
          const header = this.querySelector('.rl-header')?.getBoundingClientRect();
          const ours = [...(this.querySelector('.rl-summary')?.childNodes ?? [])].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes('L5'));
          const range = document.createRange();
          if (ours) range.selectNodeContents(ours);
          const level = ours ? range.getBoundingClientRect() : null;
          return panel && header && level
            ? { panel: Math.round(panel.height), header: Math.round(header.height), levelShown: level.height > 0 && level.bottom <= header.bottom }
            : null;
        }`,
      );
      await page.close();
      return sizes;
    };
    const ordinary = await measure('Senior Data Engineer');
    const long = await measure(`Senior Data Engineer ${'lorem ipsum dolor '.repeat(6_000)}`);
    expect(ordinary).not.toBeNull();
    expect(long).not.toBeNull();
    // The title takes two lines at most, our level a third: a header of a few lines, a panel as tall as any other.
    expect(long!.header).toBeLessThan(100);
    expect(long!.panel - ordinary!.panel).toBeLessThan(60);
    expect(long!.levelShown).toBe(true);
  });

  // A schema.org baseSalary of 1,000 amounts put 20 made-up "$11K–$49K/yr" lines beside the real pay.
  test('a baseSalary of 1,000 amounts: the real pay first, three pay lines at most', async () => {
    const page = await chromium.browser.context.newPage();
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        const script = document.querySelector('script[type="application/ld+json"]');
        if (!script?.textContent) return;
        const posting = JSON.parse(script.textContent) as { baseSalary: unknown };
        const flood = Array.from({ length: 1_000 }, (_, index) => ({
          '@type': 'MonetaryAmount',
          currency: 'AUD',
          value: { '@type': 'QuantitativeValue', minValue: 11_000 + index * 37, maxValue: 49_000 + index * 11, unitText: 'YEAR' },
        }));
        posting.baseSalary = [posting.baseSalary, ...flood];
        script.textContent = JSON.stringify(posting);
      });
    });
    await page.goto('https://au.indeed.com/viewjob?jk=54f1f8af68d722d2');
    await waitForPanel(page, /^Senior DevOps Engineer → /);
    const lines = (await inShadowRoot<string[]>(page, 'rolelens-panel', `function () { return [...this.querySelectorAll('.rl-salary > li strong')].map((strong) => strong.textContent); }`)) ?? [];
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(lines[0]).toBe('AUD 130K – AUD 160K/yr');
    await page.close();
  });
});
