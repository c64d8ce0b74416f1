// UK data-job tracker, Jun 2026 (MartaDataUK/job_tracker): LinkedIn postings (JobSpy-style markdown) and
// Adzuna job pages, searched for data engineering roles. Files are read at the last commit holding each.
// - LinkedIn: markdown markup is turned into text ("**" dropped, backslash escapes such as "\-" undone,
//   "* " bullets written "- "); words are untouched.
// - Adzuna: only full job pages ("…/jobs/details/…"); the page's own header (title, "❮ back to last
//   search", company, place, Adzuna's salary estimate, "Apply for this job") and the closing "Apply for
//   this job" are not the employer's text and are cut. API snippets ("…/land/ad/…", cut off with "…")
//   are left out as truncated.
import { csvObjects } from '../csv';
import { gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { orNull } from './util';

const REPO = 'MartaDataUK/job_tracker';
const MIRROR = 'MartaDataUK+job_tracker';
const HEAD = 'b0d106709e79eaa2dd2083f46db0979cd3255e4e';
const INITIAL = '03151fd1cec20bfb64fed8b1c6f0a664277bccbd';
const FILES: { commit: string; path: string }[] = [
  { commit: HEAD, path: 'linkedin_jobs.csv' },
  { commit: INITIAL, path: 'linkedin_jobs.csv' },
  { commit: INITIAL, path: 'linkedin_and_jobserve_jobs.csv' },
  { commit: HEAD, path: 'adzuna_jobs.csv' },
];

/** JobSpy's markdown -> text: bold markers and escapes removed, "* " bullets as "- ". */
export function jobspyMarkdownToText(md: string): string {
  return md
    .replace(/\\([\\`*_{}[\]()#+\-.!&|>~<=])/g, '$1')
    .replace(/\*\*/g, '')
    .replace(/^([ \t]*)\* /gm, '$1- ');
}

/** The employer's text of an Adzuna job page, or null when the page does not have the expected frame. */
export function adzunaBody(page: string): string | null {
  const start = page.search(/^Apply for this job[ \t]*$/m);
  if (start < 0) return null;
  const body = page.slice(start).replace(/^Apply for this job[ \t]*\n/, '').replace(/\n\s*Apply for this job\s*$/, '');
  return body.trim() ? body : null;
}

/** The LinkedIn rows' pay fields as text ("50 - 70 daily"); "nan" is the scraper's empty value. */
const pay = (lo: string, hi: string, period: string) => {
  const range = [lo, hi].filter((v) => v && v !== 'nan');
  if (!range.length) return null;
  return [range[0] === range[1] ? range[0] : range.join(' - '), period].filter(Boolean).join(' ');
};

function* extract(): Iterable<RawRecord> {
  const seen = new Set<string>();
  for (const { commit, path } of FILES) {
    for (const r of csvObjects(gitText(MIRROR, commit, path))) {
      const link = r.get('job_link');
      if (seen.has(link)) continue;
      seen.add(link);
      const adzuna = r.get('platform') === 'Adzuna';
      let text: string | null = r.get('job_description');
      if (adzuna) text = link.includes('/jobs/details/') ? adzunaBody(text) : null;
      else text = jobspyMarkdownToText(text);
      if (text == null) continue;
      yield {
        title: r.get('job_title').trim(),
        company: r.get('employer_name').trim(),
        location: orNull(r.get('location')),
        format: 'text',
        descriptionHtmlOrText: text,
        // Adzuna's figures are its own estimates ("per year - estimated" on the page): not kept.
        salary_text: adzuna ? null : pay(r.get('job_min_salary'), r.get('job_max_salary'), r.get('job_salary_period')),
        posted: orNull(r.get('job_posted_date').slice(0, 10)),
        source: { repo: REPO, path, commit, row: link.split('?')[0] ?? link },
        kind: 'a',
      };
    }
  }
}

export const ukDataJobs: Source = { name: 'uk-data-jobs-2026', repo: REPO, mirror: MIRROR, commit: HEAD, licence: 'MIT', extract };
