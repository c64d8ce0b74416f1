/**
 * The job boards RoleLens reads, as manifest match patterns. One list feeds both the manifest's
 * `host_permissions` (wxt.config.ts) and the content script's `matches`, so they cannot drift.
 *
 * `*://` rather than `https://`: the boards are all https, and `*` also admits the plain-http pages
 * that the end-to-end tests serve under the boards' real hostnames.
 */

/** Hosts we ask permission for: the supported boards only. */
export const BOARD_HOST_PERMISSIONS = [
  // LinkedIn: www and country subdomains (au.linkedin.com serves the guest job pages).
  '*://*.linkedin.com/*',
  // Indeed: country sites are subdomains (au.indeed.com, uk.indeed.com, www.indeed.com).
  '*://*.indeed.com/*',
  '*://job-boards.greenhouse.io/*',
  '*://boards.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.ashbyhq.com/*',
  '*://*.myworkdayjobs.com/*',
  // SEEK: au.seek.com / nz.seek.com and the older www.seek.com.au / www.seek.co.nz.
  '*://*.seek.com/*',
  '*://*.seek.com.au/*',
  '*://*.seek.co.nz/*',
] as const;

/** Pages the content script runs on: the boards' job pages. */
export const CONTENT_SCRIPT_MATCHES = [
  // LinkedIn moves from the feed to /jobs/ without a page load (JOB-BOARD-DOM.md §1.7), so a
  // script matched to /jobs/* only would never start there. We match the whole site and the
  // script stays idle off job pages (src/sites decides); the permission asked is the same.
  '*://*.linkedin.com/*',
  '*://*.indeed.com/viewjob*',
  '*://*.indeed.com/jobs*',
  '*://*.indeed.com/q-*',
  '*://*.indeed.com/m/*',
  '*://job-boards.greenhouse.io/*',
  '*://boards.greenhouse.io/*',
  '*://jobs.lever.co/*',
  '*://jobs.ashbyhq.com/*',
  '*://*.myworkdayjobs.com/*',
  // SEEK job pages (/job/<id>) and search pages ("/<keywords>-jobs…", "/jobs?…"), where a job opens
  // in a split view with ?jobId= and no page load.
  '*://*.seek.com/job/*',
  '*://*.seek.com/*-jobs*',
  '*://*.seek.com/jobs*',
  '*://*.seek.com.au/job/*',
  '*://*.seek.com.au/*-jobs*',
  '*://*.seek.com.au/jobs*',
  '*://*.seek.co.nz/job/*',
  '*://*.seek.co.nz/*-jobs*',
  '*://*.seek.co.nz/jobs*',
] as const;
