import type { AdapterId, PageRead, ReadResult } from '../src/sites/types';

/** The result as a page, or a thrown error naming what it was instead (keeps expects unconditional). */
export function pageOf(result: ReadResult): PageRead {
  if (result.kind !== 'page') throw new Error(`Expected a page, got ${result.kind}: ${result.reason}`);
  return result;
}

/** The result as `unrecognised`, or a thrown error. */
export function unrecognisedOf(result: ReadResult): Extract<ReadResult, { kind: 'unrecognised' }> {
  if (result.kind !== 'unrecognised') throw new Error(`Expected unrecognised, got ${result.kind}`);
  return result;
}

/** What each saved page must read as. Keyed by FIXTURE_PAGES `file`; the convention test checks completeness. */
export interface PageExpectation {
  adapter: AdapterId;
  layout: string;
  posting: null | {
    jobId: string | null;
    title: string;
    company: string | null;
    location: string | null;
    /** Substrings the description must contain; [] with `descriptionReason` for header-only pages. */
    snippets: string[];
    /** Plausible description length [min, max]. */
    length: [number, number];
    /** Number of "- " list lines, at least. */
    minListItems?: number;
    descriptionReason?: RegExp;
    /**
     * The board's Apply control for this posting, where the saved page has one: the panel must be
     * placed after it in document order, so that it never pushes Apply down the page.
     */
    applyControl?: string;
    salaryText?: string;
    baseSalary?: unknown;
  };
  postingReason?: RegExp;
  cards: number;
  firstCard?: { jobId: string; title: string; company: string | null; location: string | null };
}

// The SDUI and classic-collections captures are sanitized: texts are "T<n> xxx" placeholders (SOURCES.md).
export const EXPECTATIONS: Record<string, PageExpectation> = {
  'linkedin/guest-jobs-view-heidi-4411867124.html': {
    adapter: 'linkedin',
    layout: 'guest-job-page',
    posting: {
      jobId: '4411867124',
      title: 'Senior Software Engineer - Developer Experience',
      applyControl: '.top-card-layout__cta--primary',
      company: 'Heidi',
      location: 'Melbourne, Victoria, Australia',
      snippets: ['Who We Are\n\nHealthcare needs a better rhythm', '- Designing and maintaining build systems'],
      length: [3000, 6000],
      minListItems: 10,
    },
    cards: 0,
  },
  'linkedin/guest-api-jobposting-fragment-notion.html': {
    adapter: 'linkedin',
    layout: 'guest-api-job-posting',
    posting: {
      jobId: '4406118990',
      title: 'Software Engineer, New Grad',
      applyControl: '.top-card-layout__cta--primary',
      company: 'Notion',
      location: 'San Francisco, CA',
      snippets: ['Notion is the collaborative AI workspace', "- You'll work with others to plan, shape, and build"],
      length: [5000, 10000],
      minListItems: 10,
    },
    cards: 0,
  },
  'linkedin/guest-api-search-cards-fragment.html': {
    adapter: 'linkedin',
    layout: 'guest-api-search-cards',
    posting: null,
    cards: 10,
    firstCard: { jobId: '4411180329', title: 'Software Development Engineer II, Delivery Choice', company: 'Amazon', location: 'Minneapolis, MN' },
  },
  'linkedin/loggedin-classic-search-job-card-fragment.html': {
    adapter: 'linkedin',
    layout: 'classic-card-list',
    posting: null,
    cards: 1,
    firstCard: { jobId: '4460606885', title: 'Forward Deployed Engineer', company: 'TechNovaTime', location: 'New York, United States (Hybrid)' },
  },
  'linkedin/loggedin-classic-detail-top-card-fragment.html': {
    adapter: 'linkedin',
    layout: 'classic-detail',
    posting: {
      jobId: '4460606885',
      title: 'Forward Deployed Engineer',
      applyControl: '#jobs-apply-button-id',
      company: 'TechNovaTime',
      location: 'New York, United States',
      snippets: [],
      length: [0, 0],
      descriptionReason: /not rendered yet/,
    },
    cards: 0,
  },
  'linkedin/classic-collections-recommended-two-pane.xhtml': {
    adapter: 'linkedin',
    layout: 'classic-two-pane',
    posting: {
      jobId: '1000000001',
      title: 'T11 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      applyControl: '#jobs-apply-button-id',
      company: 'T13 xxxxxxxxxxxxxxxx',
      location: 'T29 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      snippets: ['T44 xxx', 'T45 xxx'],
      length: [2000, 6000],
      minListItems: 5,
    },
    cards: 3,
    firstCard: {
      jobId: '1000000002',
      title: 'T6 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      company: 'T8 xxxxxxxxxxxxxxxxxxxxxxxxxxx',
      location: 'T9 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    },
  },
  'linkedin/sdui-search-results-two-pane.xhtml': {
    adapter: 'linkedin',
    layout: 'sdui-two-pane',
    posting: {
      jobId: '1000000001',
      title: 'T9 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      applyControl: 'a[href^="https://www.linkedin.com/safety/go/"]',
      company: 'T10 xxx',
      location: 'T47 xxxxxxxxxxxxxxxx',
      snippets: ['T61 xxx', '- T67 xxx'],
      length: [5000, 12000],
      minListItems: 10,
    },
    cards: 3,
    firstCard: {
      jobId: '1000000001',
      title: 'T9 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      company: 'T10 xxx',
      location: 'T11 xxxxxxxxxxxxxxxxxxxxxxxxxx',
    },
  },
  'linkedin/sdui-job-view-standalone.xhtml': {
    adapter: 'linkedin',
    layout: 'sdui-job-view',
    posting: {
      jobId: '1000000001',
      title: 'T2 xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      applyControl: 'a[href^="https://www.linkedin.com/safety/go/"]',
      company: 'T1 xxxx',
      location: 'T3 xxxxxxxxxxxxxxxxx',
      snippets: ['T18 xxx', '- T24 xxx'],
      length: [5000, 12000],
      minListItems: 10,
    },
    cards: 0,
  },
  'indeed/viewjob-au-papercut-senior-devops.html': {
    adapter: 'indeed',
    layout: 'viewjob',
    posting: {
      jobId: '54f1f8af68d722d2',
      title: 'Senior DevOps Engineer',
      applyControl: '#indeedApplyButton',
      company: 'PaperCut Software',
      location: 'Camberwell, VIC 3124, AU',
      snippets: ['Company Description\n\nAt PaperCut, we believe two things'],
      length: [3000, 6000],
      salaryText: '$130,000 - $160,000 a year',
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'AUD',
        value: { '@type': 'QuantitativeValue', maxValue: 160000, minValue: 130000, unitText: 'YEAR' },
      },
    },
    cards: 0,
  },
  // Search results with no vjk: the pane's job is the first card, named only by the pane's own links.
  'indeed/eg-frontend-egypt-serp-no-vjk-company-style-serp-page-2026.html': {
    adapter: 'indeed',
    layout: 'serp',
    posting: {
      jobId: 'b974b400e0228d67',
      title: 'PHP Developer – PHP, JavaScript, JSON',
      applyControl: '#jobsearch-ViewJobButtons-container',
      // The company node holds emotion's <style data-emotion="serp-page …">: its CSS is no company name.
      company: 'AceOne Technologies',
      location: 'Jonesboro, AR 72401',
      snippets: ['Join the fastest-growing technology services company in Jonesboro, AR.', '– Experience with MySQL database'],
      length: [1400, 1800],
    },
    cards: 16,
    firstCard: { jobId: 'b974b400e0228d67', title: 'PHP Developer – PHP, JavaScript, JSON', company: 'AceOne Technologies', location: 'Jonesboro, AR 72401 (Central Jonesboro area)' },
  },
  'indeed/in-java-bengaluru-serp-no-vjk-company-style-selenium-2024.html': {
    adapter: 'indeed',
    layout: 'serp',
    posting: {
      jobId: '477b3c9bda2d054f',
      title: 'Core Java',
      applyControl: '#jobsearch-ViewJobButtons-container',
      // The company node holds emotion's <style data-emotion="css 1ioi40n">.
      company: 'QuEST Global',
      location: 'Bengaluru, Karnataka',
      snippets: ['Role & Responsibilities\n\n- Would be responsible for coding, testing', '- Preferably knowledge on Telecom Domain.'],
      length: [1400, 1700],
      minListItems: 10,
    },
    cards: 15,
    firstCard: { jobId: '477b3c9bda2d054f', title: 'Core Java', company: 'QuEST Global', location: 'Bengaluru, Karnataka' },
  },
  'indeed/us-data-analyst-portland-serp-no-vjk-playwright-2026-02.html': {
    adapter: 'indeed',
    layout: 'serp',
    posting: {
      jobId: '29dd4196cccd7eaf',
      title: 'Research Data Analyst 1',
      applyControl: '#jobsearch-ViewJobButtons-container',
      company: 'Oregon Health & Science University',
      location: '3181 SW Sam Jackson Park Rd, Portland, OR 97239',
      snippets: ['Function/Duties of Position:\nThis position is for a research data analyst 1', "- Masters' degree in relevant field OR"],
      length: [1900, 2400],
      minListItems: 10,
      salaryText: '$27.85 - $41.77 an hour',
    },
    cards: 16,
    firstCard: { jobId: '29dd4196cccd7eaf', title: 'Research Data Analyst 1', company: 'Oregon Health & Science University', location: 'Portland, OR 97239 (Homestead area)' },
  },
  // A card other than the first is open (vjk in the URL); the uploader re-indented the whitespace.
  'indeed/in-python-developer-bengaluru-serp-clicked-card-prettified-2024-07.html': {
    adapter: 'indeed',
    layout: 'serp',
    posting: {
      jobId: '594c046e153207b8',
      title: 'Python Developer',
      applyControl: '#jobsearch-ViewJobButtons-container',
      company: 'Mobile Programming LLC',
      location: 'Bengaluru, Karnataka',
      snippets: ['Job Title: Python Developer\n\nLocation: Gurugram, Haryana', '- Design and implement RESTful APIs using Django, FastAPI, or Flask.', 'Pay: ₹388,847.25 - ₹1,633,192.81 per year'],
      length: [1500, 2000],
      minListItems: 15,
      salaryText: '₹3,88,847.25 - ₹16,33,192.81 a year',
    },
    cards: 15,
    firstCard: { jobId: '0b44ca42d3eab3f7', title: 'Python Application Developer|Bangalore', company: 'PwC', location: 'Bengaluru, Karnataka' },
  },
  'seek/job-au-senior-platform-engineer.html': {
    adapter: 'seek',
    layout: 'job-page',
    posting: {
      jobId: '93856863',
      title: 'Senior Platform Engineer | Remote | Australia',
      applyControl: '[data-automation="job-detail-apply"]',
      company: 'iterate',
      location: 'Melbourne VIC (Remote)',
      snippets: ['seed-stage Australian healthtech company', '- Designing and building the "harness"'],
      length: [1500, 4000],
      minListItems: 5,
    },
    cards: 0,
  },
  'greenhouse/job-boards-gitlab-8620720002-rendered.html': {
    adapter: 'greenhouse',
    layout: 'job-board',
    posting: {
      jobId: '8620720002',
      title: 'Backend Engineer (Ruby), AI Engineering: Agent Observability',
      applyControl: 'button[aria-label="Apply"]',
      company: 'GitLab',
      location: 'Remote, Canada',
      snippets: ['GitLab is the intelligent orchestration platform for DevSecOps', '- Develop, ship, and maintain features'],
      length: [4000, 10000],
      minListItems: 10,
    },
    cards: 0,
  },
  'lever/highspot-apply-page-rendered.html': {
    adapter: 'lever',
    layout: 'apply-page',
    posting: {
      jobId: 'f222ad5c-b7dd-43c4-9008-ee1a53174afa',
      title: 'Principal Software Engineer, Applied AI',
      company: 'Highspot',
      location: 'Seattle',
      snippets: [],
      length: [0, 0],
      descriptionReason: /Lever apply page: the description is on the job page/,
    },
    cards: 0,
  },
  'ashby/ramp-ai-partnerships-manager-rendered.html': {
    adapter: 'ashby',
    layout: 'application-tab',
    posting: {
      jobId: 'cc0af88a-2a19-493d-93cf-c5090f986f1f',
      title: 'AI Partnerships Manager',
      company: 'Ramp',
      location: 'San Francisco, CA',
      snippets: [],
      length: [0, 0],
      descriptionReason: /Application tab/,
      salaryText: 'SF: Target Base Salary $220K – $330K • Offers Equity',
    },
    cards: 0,
  },
  'workday/nvidia-jr2019510-rendered.html': {
    adapter: 'workday',
    layout: 'job-page',
    posting: {
      jobId: 'JR2019510',
      title: 'Senior Test Engineer - Autonomous Driving',
      applyControl: '[data-uxi-element-id="Apply_adventureButton"]',
      company: 'NVIDIA',
      location: 'Germany, Munich',
      snippets: ['NVIDIA is tapping into the unlimited potential of AI'],
      length: [2500, 6000],
    },
    cards: 0,
  },
};
