// LinkedIn postings, Israel, about Apr 2024 (SlimanJammal/LinkedInJobs): three CSV files of plain text.
import { csvObjects } from '../csv';
import { gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { bareUrl, orNull } from './util';

const REPO = 'SlimanJammal/LinkedInJobs';
const MIRROR = 'SlimanJammal+LinkedInJobs';
const COMMIT = '59013ba4bded16dedcc824218b0c2589e446376c';
const FILES = ['jobs.csv', 'software_engineer_jobs.csv', 'software_engineer_jobs2.csv'];

function* extract(): Iterable<RawRecord> {
  for (const path of FILES) {
    for (const r of csvObjects(gitText(MIRROR, COMMIT, path))) {
      yield {
        title: r.get('job_title').trim(),
        company: r.get('company').trim(),
        location: orNull(r.get('location')),
        format: 'text',
        // "About the job" is the LinkedIn page's own heading, not the employer's text.
        descriptionHtmlOrText: r.get('job_description').replace(/^\s*About the job\s*\n/, ''),
        salary_text: null,
        posted: null, // only relative ("1 week ago")
        source: { repo: REPO, path, commit: COMMIT, row: r.get('linkedin_url') ? bareUrl(r.get('linkedin_url')) : String(r.rowNumber) },
        kind: 'a',
      };
    }
  }
}

export const linkedinIsrael: Source = { name: 'linkedin-israel', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'none stated', extract };
