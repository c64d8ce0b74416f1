import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { readPage } from '../src/sites/read-page';
import { pageOf } from './sites.expectations';

/**
 * Layouts we have no saved page for, modelled on JOB-BOARD-DOM.md: detection must work by
 * landmarks, not by the fixtures' ids or texts.
 */
function read(html: string, url: string) {
  return readPage(new JSDOM(html, { url }).window.document, url);
}

/** An Indeed SERP card modelled on Hide-n-Seek's selectors (JOB-BOARD-DOM.md §2). */
const cardHtml = (jk: string, title: string, company: string, location: string) => `
      <li><div class="cardOutline tapItem result"><div class="job_seen_beacon">
        <h2 class="jobTitle"><a class="jcs-JobTitle" data-jk="${jk}" href="/rc/clk?jk=${jk}"><span title="${title}" id="jobTitle-${jk}">${title}</span></a></h2>
        <span data-testid="company-name">${company}</span><div data-testid="text-location">${location}</div>
      </div></div></li>`;

describe('generalisation to unsaved layouts', () => {
  test('Indeed search results with a job open in the right-hand pane', () => {
    const html = `<main><ul class="jobsearch-ResultsList">
        ${cardHtml('aaaaaaaaaaaaaaaa', 'Data Engineer', 'Acme', 'Sydney NSW')}
        ${cardHtml('bbbbbbbbbbbbbbbb', 'Backend Engineer', 'Globex', 'Remote')}
      </ul>
      <div class="jobsearch-RightPane"><div id="jobsearch-ViewjobPaneWrapper">
        <div class="jobsearch-JobInfoHeader-title-container"><h2 data-testid="jobsearch-JobInfoHeader-title"><span>Backend Engineer<span> - job post</span></span></h2></div>
        <div data-testid="inlineHeader-companyName"><a>Globex</a></div>
        <div data-testid="inlineHeader-companyLocation"><div>Remote</div></div>
        <div id="salaryInfoAndJobType"><span>$150,000 - $180,000 a year</span><span> - Full-time</span></div>
        <div id="jobDescriptionText"><p>Build APIs in Go.</p><ul><li>Postgres</li></ul></div>
      </div></div></main>`;
    const result = read(html, 'https://www.indeed.com/jobs?q=engineer&vjk=bbbbbbbbbbbbbbbb');
    expect(result).toMatchObject({
      kind: 'page',
      adapter: 'indeed',
      layout: 'serp',
      posting: {
        jobId: 'bbbbbbbbbbbbbbbb',
        title: 'Backend Engineer',
        company: 'Globex',
        location: 'Remote',
        description: 'Build APIs in Go.\n\n- Postgres',
        salaryText: '$150,000 - $180,000 a year',
      },
    });
    expect(pageOf(result).cards.map((card) => [card.jobId, card.title, card.company, card.location])).toEqual([
      ['aaaaaaaaaaaaaaaa', 'Data Engineer', 'Acme', 'Sydney NSW'],
      ['bbbbbbbbbbbbbbbb', 'Backend Engineer', 'Globex', 'Remote'],
    ]);
  });

  // Indeed's first result page has no vjk: only the pane (or the card marked open) names its job.
  test.each([
    ['the Indeed Apply widget', '<span data-indeed-apply-jk="bbbbbbbbbbbbbbbb"></span>', 'https://www.indeed.com/jobs?q=engineer'],
    ['the apply-start link', '<button href="https://www.indeed.com/applystart?jk=bbbbbbbbbbbbbbbb&amp;from=vj">Apply</button>', 'https://www.indeed.com/jobs?q=engineer'],
    ['the company link', '<a href="/cmp/Globex?campaignid=mobvjcmp&amp;fromjk=bbbbbbbbbbbbbbbb">Globex</a>', 'https://www.indeed.com/jobs?q=engineer'],
    ['the pane, over a vjk naming another job', '<span data-indeed-apply-jk="bbbbbbbbbbbbbbbb"></span>', 'https://www.indeed.com/jobs?q=engineer&vjk=aaaaaaaaaaaaaaaa'],
    ['the card marked open, when the pane names none', '', 'https://www.indeed.com/jobs?q=engineer'],
  ])('Indeed search results: the open job is read from %s', (_source, paneKey, url) => {
    const open = (jk: string, html: string) => (jk === 'bbbbbbbbbbbbbbbb' && !paneKey ? html.replace('class="cardOutline', 'class="vjs-highlight cardOutline') : html);
    const html = `<main><ul>
        ${open('aaaaaaaaaaaaaaaa', cardHtml('aaaaaaaaaaaaaaaa', 'Data Engineer', 'Acme', 'Sydney NSW'))}
        ${open('bbbbbbbbbbbbbbbb', cardHtml('bbbbbbbbbbbbbbbb', 'Backend Engineer', 'Globex', 'Remote'))}
      </ul>
      <div id="jobsearch-ViewjobPaneWrapper">
        <div class="jobsearch-JobInfoHeader-title-container"><h2 data-testid="jobsearch-JobInfoHeader-title">Backend Engineer</h2></div>
        <div data-testid="inlineHeader-companyName">Globex</div>${paneKey}
        <div id="jobDescriptionText"><p>Build APIs in Go.</p></div>
      </div></main>`;
    expect(pageOf(read(html, url)).posting?.jobId).toBe('bbbbbbbbbbbbbbbb');
  });

  test('Greenhouse classic board', () => {
    const html = `<div id="header"><h1 class="app-title" id="app_title">Senior Data Engineer</h1>
      <span class="company-name">at Acme</span><div class="location">Berlin, Germany</div></div>
      <div id="content"><p>We move data.</p><h3>You will</h3><ul><li>Write Spark jobs</li></ul></div>`;
    expect(read(html, 'https://boards.greenhouse.io/acme/jobs/4012345')).toMatchObject({
      kind: 'page',
      adapter: 'greenhouse',
      layout: 'classic-board',
      posting: {
        jobId: '4012345',
        title: 'Senior Data Engineer',
        company: 'Acme',
        location: 'Berlin, Germany',
        description: 'We move data.\n\nYou will\n\n- Write Spark jobs',
      },
    });
  });

  test('Greenhouse board list', () => {
    const html = `<title>Jobs at Acme</title><table><tr class="job-post"><td><a href="https://job-boards.greenhouse.io/acme/jobs/111">
      <p class="body body--medium">Data Engineer</p><p class="body body--metadata">Remote</p></a></td></tr></table>`;
    expect(read(html, 'https://job-boards.greenhouse.io/acme')).toMatchObject({
      kind: 'page',
      layout: 'board-list',
      posting: null,
      cards: [{ jobId: '111', title: 'Data Engineer', location: 'Remote' }],
    });
  });

  test('Lever job page with description sections', () => {
    const html = `<title>Acme - Analytics Engineer</title>
      <div class="main-header-logo"><img alt="Acme logo"></div>
      <div class="content"><div class="section-wrapper accent-section"><div class="posting-headline"><h2>Analytics Engineer</h2>
        <div class="posting-categories"><div class="posting-category location">London</div><div class="posting-category department">Data</div></div></div></div>
      <div class="section-wrapper page-full-width">
        <div class="section page-centered" data-qa="job-description"><p>Own our dbt project.</p></div>
        <div class="section page-centered"><h3>What you'll do</h3><ul class="posting-requirements"><li>Model data</li><li>Ship dashboards</li></ul></div>
        <div class="section page-centered" data-qa="salary-range"><h4>Salary</h4><div>£70,000 - £90,000</div></div>
        <div class="section page-centered last-section-apply" data-qa="btn-apply-bottom"><a class="postings-btn">Apply</a></div>
      </div></div>`;
    const result = read(html, 'https://jobs.lever.co/acme/0b6a5a1e-1111-4222-8333-944444444444');
    expect(result).toMatchObject({
      kind: 'page',
      adapter: 'lever',
      layout: 'job-page',
      posting: {
        jobId: '0b6a5a1e-1111-4222-8333-944444444444',
        title: 'Analytics Engineer',
        company: 'Acme',
        location: 'London',
        salaryText: '£70,000 - £90,000',
      },
    });
    const description = pageOf(result).posting?.description;
    expect(description).toContain('Own our dbt project.');
    expect(description).toContain("What you'll do\n\n- Model data\n- Ship dashboards");
    expect(description).not.toContain('Apply');
  });

  test('Ashby overview tab', () => {
    const html = `<title>Data Engineer @ Acme</title><h1 class="ashby-job-posting-heading">Data Engineer</h1>
      <div class="ashby-job-posting-left-pane"><div><h2>Location</h2><p>Remote (US)</p></div></div>
      <div class="ashby-job-posting-right-pane"><div id="overview" role="tabpanel"><div class="_descriptionText_abc_1"><p>Pipelines.</p></div></div></div>`;
    expect(read(html, 'https://jobs.ashbyhq.com/acme/cc0af88a-2a19-493d-93cf-c5090f986f1f')).toMatchObject({
      kind: 'page',
      layout: 'overview-tab',
      posting: { title: 'Data Engineer', company: 'Acme', location: 'Remote (US)', description: 'Pipelines.' },
    });
  });

  test('LinkedIn logged-out search page: guest cards plus an open detail pane', () => {
    const html = `<ul class="jobs-search__results-list"><li><div class="base-card base-search-card job-search-card" data-entity-urn="urn:li:jobPosting:3900000001">
        <a class="base-card__full-link" href="https://www.linkedin.com/jobs/view/x-3900000001"></a>
        <h3 class="base-search-card__title">ML Engineer</h3><h4 class="base-search-card__subtitle"><a>Initech</a></h4>
        <span class="job-search-card__location">Austin, TX</span></div></li></ul>
      <section class="top-card-layout"><a class="topcard__link" href="https://www.linkedin.com/jobs/view/x-3900000001"><h2 class="top-card-layout__title">ML Engineer</h2></a>
        <div class="topcard__flavor-row"><a class="topcard__org-name-link">Initech</a><span class="topcard__flavor topcard__flavor--bullet">Austin, TX</span></div></section>
      <div class="description__text"><div class="show-more-less-html__markup">Train models.</div></div>`;
    expect(read(html, 'https://www.linkedin.com/jobs/search?keywords=ml&currentJobId=3900000001')).toMatchObject({
      kind: 'page',
      layout: 'guest-two-pane',
      posting: { jobId: '3900000001', title: 'ML Engineer', company: 'Initech', location: 'Austin, TX', description: 'Train models.' },
      cards: [{ jobId: '3900000001', title: 'ML Engineer', company: 'Initech', location: 'Austin, TX' }],
    });
  });

  test('LinkedIn SDUI promoted listing: company first, salary in the top card', () => {
    const html = `<div data-sdui-screen="com.linkedin.sdui.flagshipnav.jobs.JobDetails">
        <p><a href="https://www.linkedin.com/company/acme/">Acme</a></p>
        <p><a href="https://www.linkedin.com/jobs/view/4100000001/">Staff Data Engineer</a></p>
        <p><span>Toronto, ON</span> · <span>2 days ago</span></p>
        <a href="/jobs/search-results/"><span>CA$180K/yr - CA$210K/yr</span></a>
        <div componentkey="JobDetails_AboutTheJob_4100000001"><div data-sdui-component="x.aboutTheJob"><h2>About the job</h2>
          <p><span data-testid="expandable-text-box">Lakehouse.<ul><li>Iceberg</li></ul></span></p></div></div></div>`;
    expect(read(html, 'https://www.linkedin.com/jobs/view/4100000001/')).toMatchObject({
      kind: 'page',
      layout: 'sdui-job-view',
      posting: {
        jobId: '4100000001',
        title: 'Staff Data Engineer',
        company: 'Acme',
        location: 'Toronto, ON',
        salaryText: 'CA$180K/yr - CA$210K/yr',
      },
    });
  });

  test('Workday search page with cards', () => {
    const html = `<section data-automation-id="jobResults"><ul><li><h3><a data-automation-id="jobTitle" href="/en-US/Site/job/Berlin/Data-Engineer_R12345">Data Engineer</a></h3>
      <div data-automation-id="locations"><dl><dt>locations</dt><dd>Berlin</dd></dl></div></li></ul></section>`;
    expect(read(html, 'https://acme.wd1.myworkdayjobs.com/en-US/Site')).toMatchObject({
      kind: 'page',
      layout: 'search',
      cards: [{ jobId: 'R12345', title: 'Data Engineer', company: 'acme', location: 'Berlin' }],
    });
  });

  test('SEEK search with the split view open', () => {
    const html = `<article data-job-id="90000001"><a data-automation="jobTitle" href="/job/90000001">Data Engineer</a>
        <a data-automation="jobCompany">Acme</a><a data-automation="jobLocation">Sydney NSW</a></article>
      <h1 data-automation="job-detail-title">Data Engineer</h1><span data-automation="advertiser-name">Acme</span>
      <span data-automation="job-detail-location">Sydney NSW</span><span data-automation="job-detail-salary">$140k – $160k + super</span>
      <div data-automation="jobAdDetails"><p>Snowflake.</p></div>`;
    expect(read(html, 'https://www.seek.com.au/data-engineer-jobs?jobId=90000001')).toMatchObject({
      kind: 'page',
      layout: 'search-two-pane',
      posting: { jobId: '90000001', title: 'Data Engineer', company: 'Acme', salaryText: '$140k – $160k', description: 'Snowflake.' },
      cards: [{ jobId: '90000001', title: 'Data Engineer', company: 'Acme', location: 'Sydney NSW' }],
    });
  });

  test('a page with only JSON-LD, on an unknown careers site', () => {
    const html = `<h1>Careers</h1><script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer","hiringOrganization":{"name":"Acme"},"jobLocationType":"TELECOMMUTE","description":"&lt;p&gt;Airflow&lt;/p&gt;","baseSalary":{"currency":"USD","value":{"minValue":1,"maxValue":2,"unitText":"YEAR"}}}</script>`;
    expect(read(html, 'https://careers.acme.example/jobs/1')).toMatchObject({
      kind: 'page',
      adapter: 'json-ld',
      posting: { title: 'Data Engineer', company: 'Acme', location: 'Remote', description: 'Airflow', baseSalary: { currency: 'USD' } },
    });
  });

  test('a board page whose DOM is unknown still reports the JSON-LD as fallback', () => {
    const html = `<script type="application/ld+json">{"@type":"JobPosting","title":"Data Engineer"}</script>`;
    expect(read(html, 'https://acme.wd1.myworkdayjobs.com/en-US/Site/job/X_R1')).toMatchObject({
      kind: 'unrecognised',
      adapter: 'workday',
      fallback: { title: 'Data Engineer' },
    });
  });
});
