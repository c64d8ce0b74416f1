// Boston-area postings, about Feb 2023 (anandafrancis/job-posting-analysis, *_jobs.csv).
import { csvObjects } from '../csv';
import { gitFiles, gitText } from '../git';
import type { RawRecord, Source } from '../types';

const REPO = 'anandafrancis/job-posting-analysis';
const MIRROR = 'anandafrancis+job-posting-analysis';
const COMMIT = 'd4b97720b6ab172895f252a8bcf5e1b4833ab988';

function* extract(): Iterable<RawRecord> {
  for (const path of gitFiles(MIRROR, COMMIT, '.').filter((p) => p.endsWith('_jobs.csv'))) {
    for (const r of csvObjects(gitText(MIRROR, COMMIT, path))) {
      yield {
        title: r.get('Position').trim(),
        company: r.get('Company').trim(),
        location: null,
        format: 'text',
        descriptionHtmlOrText: r.get('Description'),
        salary_text: null,
        posted: null,
        // No URL or id in the file: the row is its index column.
        source: { repo: REPO, path, commit: COMMIT, row: r.get('') || String(r.rowNumber) },
        kind: 'a',
      };
    }
  }
}

export const bostonJobs: Source = { name: 'boston-jobs', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'none stated', extract };
