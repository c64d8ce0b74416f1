import { join } from 'node:path';
import { PAGES_DIR } from '../../tools/paths';

/** A saved job-board page in test/fixtures/pages (SOURCES.md there says where each came from). */
export interface FixturePage {
  /** Path under test/fixtures/pages. */
  file: string;
  /** The page's real URL: what `location.href` was when it was saved. */
  url: string;
  /** XHTML captures must be parsed as XML: an HTML parser moves `ul` out of `p > span` (SOURCES.md). */
  contentType: 'text/html' | 'application/xhtml+xml';
  /** Whole document, or a fragment cut from one (LinkedIn guest API, logged-in elements). */
  kind: 'document' | 'fragment';
  /** Other URLs the e2e server also serves this page at (e.g. the www. URL a user opens). */
  aliases?: string[];
  /**
   * Where the e2e server and the demo open it, when another fragment saved from the same page has
   * its URL (the server refuses two pages at one address).
   */
  servedAt?: string;
}

const page = (
  file: string,
  url: string,
  kind: FixturePage['kind'] = 'document',
  aliases?: string[],
  servedAt?: string,
): FixturePage => ({
  file,
  url,
  kind,
  ...(aliases && { aliases }),
  ...(servedAt && { servedAt }),
  contentType: file.endsWith('.xhtml') ? 'application/xhtml+xml' : 'text/html',
});

/** Every saved page, with the URL it was saved from. A convention test checks this list is complete. */
export const FIXTURE_PAGES: readonly FixturePage[] = [
  page(
    'linkedin/guest-jobs-view-heidi-4411867124.html',
    'https://au.linkedin.com/jobs/view/senior-software-engineer-developer-experience-at-heidi-4411867124',
    'document',
    ['https://www.linkedin.com/jobs/view/4411867124/'],
  ),
  page(
    'linkedin/guest-api-jobposting-fragment-notion.html',
    'https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4406118990',
    'fragment',
  ),
  page(
    'linkedin/guest-api-search-cards-fragment.html',
    'https://www.linkedin.com/jobs-guest/jobs/api/seeMoreJobPostings/search?keywords=software%20engineer&start=0',
    'fragment',
  ),
  page(
    'linkedin/loggedin-classic-search-job-card-fragment.html',
    'https://www.linkedin.com/jobs/search/?currentJobId=4460606885',
    'fragment',
    undefined,
    // The top-card fragment below was saved from the same page; a real search parameter tells them apart.
    'https://www.linkedin.com/jobs/search/?currentJobId=4460606885&origin=JOB_SEARCH_PAGE_JOB_FILTER',
  ),
  page(
    'linkedin/loggedin-classic-detail-top-card-fragment.html',
    'https://www.linkedin.com/jobs/search/?currentJobId=4460606885',
    'fragment',
  ),
  page(
    'linkedin/classic-collections-recommended-two-pane.xhtml',
    'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=1000000001',
  ),
  page('linkedin/sdui-search-results-two-pane.xhtml', 'https://www.linkedin.com/jobs/search-results/?currentJobId=1000000001'),
  page('linkedin/sdui-job-view-standalone.xhtml', 'https://www.linkedin.com/jobs/view/1000000001/'),
  page('indeed/viewjob-au-papercut-senior-devops.html', 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2'),
  // Search results saved with no `vjk` in the URL: the pane shows the first card, named only inside the pane.
  page('indeed/eg-frontend-egypt-serp-no-vjk-company-style-serp-page-2026.html', 'https://www.indeed.com/jobs?q=Frontend&l=Egypt'),
  page('indeed/in-java-bengaluru-serp-no-vjk-company-style-selenium-2024.html', 'https://in.indeed.com/jobs?q=Java&l=Bengaluru'),
  page('indeed/us-data-analyst-portland-serp-no-vjk-playwright-2026-02.html', 'https://www.indeed.com/jobs?q=Data+Analyst&l=Portland%2C+OR'),
  // A card other than the first clicked open: its vjk is in the page's own save-job login link.
  page(
    'indeed/in-python-developer-bengaluru-serp-clicked-card-prettified-2024-07.html',
    'https://in.indeed.com/jobs?q=python+developer&l=bengaluru%2C+karnataka&vjk=594c046e153207b8',
  ),
  page('seek/job-au-senior-platform-engineer.html', 'https://au.seek.com/job/93856863'),
  page('greenhouse/job-boards-gitlab-8620720002-rendered.html', 'https://job-boards.greenhouse.io/gitlab/jobs/8620720002'),
  page(
    'lever/highspot-apply-page-rendered.html',
    'https://jobs.lever.co/highspot/f222ad5c-b7dd-43c4-9008-ee1a53174afa/apply',
  ),
  page(
    'ashby/ramp-ai-partnerships-manager-rendered.html',
    'https://jobs.ashbyhq.com/ramp/cc0af88a-2a19-493d-93cf-c5090f986f1f/application',
  ),
  page(
    'workday/nvidia-jr2019510-rendered.html',
    'https://nvidia.wd5.myworkdayjobs.com/en-US/NVIDIAExternalCareerSite/job/Senior-Test-Engineer---Autonomous-Driving_JR2019510-1',
  ),
];

/**
 * A company careers page built from a labelled corpus posting (SOURCES.md): no saved board page is
 * a data or hybrid posting, nor one whose level has a reference band. It carries the posting's text
 * verbatim and a schema.org JobPosting, and is served under a careers hostname on no board, so
 * RoleLens reads it when asked ("Read this page" in the popup). tools/careers-page.ts writes it
 * from the corpus; test/careers-pages.dom.test.ts checks that it still matches.
 */
export interface CareersPage extends FixturePage {
  /** The corpus posting's `id` in test/fixtures/corpus/dev.jsonl. */
  corpusId: string;
  /** The company as the posting's text names it (the corpus has the board's slug). */
  company: string;
  /**
   * The pay the board showed beside the posting (the corpus's `salary_text`), when the description
   * itself states none: shown in the page's header and given as the JobPosting's `baseSalary`.
   */
  payField?: { text: string; currency: 'USD'; min: number; max: number; unitText: 'YEAR' };
}

const careersPage = (file: string, url: string, corpusId: string, company: string, payField?: CareersPage['payField']): CareersPage => ({
  file,
  url,
  kind: 'document',
  contentType: 'text/html',
  corpusId,
  company,
  ...(payField && { payField }),
});

/**
 * The careers pages, one per kind a saved board page lacks. Hosts are under `.example` (RFC 2606):
 * the pages are RoleLens's, not the companies' own sites. They are not FIXTURE_PAGES: on no board,
 * they get no panel by themselves, which every FIXTURE_PAGES page must.
 */
export const CAREERS_PAGES: readonly CareersPage[] = [
  careersPage(
    'careers/imprint-senior-data-engineer-b-0083.html',
    'https://careers.imprint.example/jobs/0dad33aa-fcab-40be-8c4f-b31aea8c6ba2',
    'b-0083',
    'Imprint',
    { text: '$170K – $220K • Offers Equity', currency: 'USD', min: 170_000, max: 220_000, unitText: 'YEAR' },
  ),
  careersPage(
    'careers/kikoff-senior-software-engineer-backend-b-0212.html',
    'https://careers.kikoff.example/jobs/413903fe-b1c9-4450-b6d0-3ff6511fd424',
    'b-0212',
    'Kikoff',
    { text: '$200K – $260K • Offers Equity', currency: 'USD', min: 200_000, max: 260_000, unitText: 'YEAR' },
  ),
  // Its pay is in the description ("The starting base salary range for this role in Redwood City: …").
  careersPage(
    'careers/ambient-ai-staff-software-engineer-data-platform-b-0064.html',
    'https://careers.ambient-ai.example/jobs/9ed99ef5-62e5-4abc-9fb2-d9203d769f35',
    'b-0064',
    'Ambient.ai',
  ),
];

export function fixturePath(fixture: FixturePage): string {
  return join(PAGES_DIR, fixture.file);
}

/** A saved page served at another site's URL (a company careers site off the boards), without its aliases. */
export function servedElsewhere(file: string, url: string): FixturePage {
  const saved = FIXTURE_PAGES.find((fixture) => fixture.file === file);
  if (!saved) throw new Error(`no saved page ${file}`);
  return { file: saved.file, url: saved.url, kind: saved.kind, contentType: saved.contentType, servedAt: url };
}
