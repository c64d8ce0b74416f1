import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { waitForPanel } from '../support/overlay-probe';
import { inShadowRoot } from '../support/closed-shadow';
import { chromiumWithFixtures } from '../support/chromium-with-fixtures';

const JOB_PAGE = 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002';

const BODY =
  'You will design and build REST APIs and microservices in Go and Ruby, own their latency and availability, ' +
  'tune PostgreSQL queries and caching, and take part in the on-call rotation for the services you run.';

/** The saved GitLab page with its description (and place) replaced before RoleLens reads it. */
async function jobPageWithPay(page: Page, payLines: string): Promise<void> {
  await page.addInitScript(
    ({ body, pay }) => {
      document.addEventListener('DOMContentLoaded', () => {
        const description = document.querySelector('.job__description');
        if (description) description.textContent = '';
        for (const text of [body, ...pay.split('\n')]) {
          const paragraph = document.createElement('p');
          paragraph.textContent = text;
          description?.append(paragraph);
        }
        const location = document.querySelector('.job__location');
        if (location) location.textContent = 'San Francisco, CA';
      });
    },
    { body: BODY, pay: payLines },
  );
  await page.goto(JOB_PAGE);
}

const salaryLines = async (page: Page) =>
  (await inShadowRoot<string[]>(
    page,
    'rolelens-panel',
    `function () {
      return [...this.querySelectorAll('.rl-salary > li')].map((item) =>
        (item.querySelector('strong')?.textContent ?? '') + [...item.querySelectorAll(':scope > span')].map((span) => span.textContent).join(''),
      );
    }`,
  )) ?? [];

/** Pay the boards state as a ceiling, a floor, a contractor's fee or a table by level, in the panel. */
describe('RoleLens in Chromium: the posting’s pay', () => {
  const chromium = chromiumWithFixtures();

  test.each([
    ['a ceiling with no currency written', 'Salary: up to 165K', ['up to $165K/yr (yearly assumed, currency not stated)']],
    ['a floor', 'Base salary: $220,000+', ['from $220K/yr (base pay, yearly assumed)']],
    ['a contractor’s fee', 'The anticipated fee for this position is $52 - $60 per hour.', ['$52 – $60/hr ≈ $108K – $125K/yr']],
    [
      'a table of pay by level',
      'Level 1: $100,000 - $120,000\nLevel 2: $120,000 - $140,000\nLevel 3: $140,000 - $165,000\nLevel 4: $165,000 - $190,000',
      ['$100K – $190K/yr · Level 1 – Level 4 (wide range, across the levels listed, yearly assumed)'],
    ],
  ])('%s', async (_name, pay, shown) => {
    const page = await chromium.browser.context.newPage();
    await jobPageWithPay(page, pay);
    await waitForPanel(page, /Backend Engineer \(Ruby\).* → backend/);
    await expect.poll(() => salaryLines(page), { timeout: 5_000 }).toEqual(shown);
    await page.close();
  });
});
