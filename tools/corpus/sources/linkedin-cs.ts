// LinkedIn, Sep 2025, US, many internships and entry-level (DinoZeyu/linkedin-cs-job-scraper).
import { csvObjects } from '../csv';
import { gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { bareUrl, normDate, orNull } from './util';

const REPO = 'DinoZeyu/linkedin-cs-job-scraper';
const MIRROR = 'DinoZeyu+linkedin-cs-job-scraper';
const COMMIT = '4998563851549ec990622af97babc969a4cfeccf';
const PATH = 'linkedin_jobs.csv';

function* extract(): Iterable<RawRecord> {
  for (const r of csvObjects(gitText(MIRROR, COMMIT, PATH))) {
    yield {
      title: r.get('Title').trim(),
      company: r.get('Company').trim(),
      location: orNull(r.get('Location')),
      format: 'text',
      descriptionHtmlOrText: r.get('Description'),
      salary_text: orNull(r.get('Salary')),
      posted: normDate(r.get('Posted_date')),
      source: { repo: REPO, path: PATH, commit: COMMIT, row: r.get('Link') ? bareUrl(r.get('Link')) : String(r.rowNumber) },
      kind: 'a',
    };
  }
}

export const linkedinCs: Source = { name: 'linkedin-cs', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'none stated', extract };
