// Glassdoor "data engineer" search results, weekly scrapes of 2023, US (Hamagistral/DataEngineers-Glassdoor,
// data/raw/glassdoor-data-engineer-<week>-2023.csv). Plain text as Glassdoor shows it ("· " bullets kept).
import { csvObjects } from '../csv';
import { gitFiles, gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { orNull } from './util';

const REPO = 'Hamagistral/DataEngineers-Glassdoor';
const MIRROR = 'Hamagistral+DataEngineers-Glassdoor';
const COMMIT = '34a6c5f8db1ca174b852448e1c6dc3fab3e8b707';

/** The results card appends the employer's star rating to its name ("Apple\n4.2"): that line is not the name. */
/** The scraper wrote "#N/A" for a missing field. */
const field = (s: string) => (s.trim() === '#N/A' ? null : orNull(s));

const companyName = (s: string) => s.replace(/\n\s*\d(?:\.\d)?\s*$/, '').trim();

function* extract(): Iterable<RawRecord> {
  for (const path of gitFiles(MIRROR, COMMIT, 'data/raw').filter((p) => p.endsWith('.csv'))) {
    for (const r of csvObjects(gitText(MIRROR, COMMIT, path))) {
      yield {
        title: r.get('job_title').trim(),
        company: companyName(r.get('company')),
        location: field(r.get('location')),
        format: 'text',
        descriptionHtmlOrText: r.get('job_description'),
        // Glassdoor's own estimate shown with the listing ("$70,000 /yr (est.)"), unless the employer gave pay.
        salary_text: field(r.get('salary_estimate')),
        posted: null, // the file names give only the scrape week (2023)
        // No URL or id in the files: the row is the data row number.
        source: { repo: REPO, path, commit: COMMIT, row: String(r.rowNumber) },
        kind: 'a',
      };
    }
  }
}

export const glassdoorDe: Source = { name: 'glassdoor-de-2023', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'MIT', extract };
