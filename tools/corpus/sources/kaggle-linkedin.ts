// Samples of the Kaggle "LinkedIn Job Postings 2023-2024" dataset committed as CSV (two repositories).
import { csvObjects } from '../csv';
import { gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { kagglePay, msToDate, orNull } from './util';

function kaggleSource(name: string, repo: string, commit: string, path: string): Source {
  const mirror = repo.replace('/', '+');
  function* extract(): Iterable<RawRecord> {
    for (const r of csvObjects(gitText(mirror, commit, path))) {
      yield {
        title: r.get('title').trim(),
        company: r.get('company_name').trim(),
        location: orNull(r.get('location')),
        format: 'text',
        descriptionHtmlOrText: r.get('description'),
        salary_text: kagglePay(r.get('min_salary'), r.get('max_salary'), r.get('med_salary'), r.get('currency'), r.get('pay_period')),
        posted: msToDate(r.get('original_listed_time') || r.get('listed_time')),
        source: { repo, path, commit, row: r.get('job_id') || String(r.rowNumber) },
        kind: 'a',
      };
    }
  }
  return { name, repo, mirror, commit, licence: 'none stated (the Kaggle original has its own terms)', extract };
}

export const kaggleKoriralex = kaggleSource('kaggle-koriralex', 'koriralex/CAPSTONE-Group2', '03d9340a2324dde79d176f0e861b10f662028705', 'postings.csv');
export const kaggleParishinde = kaggleSource('kaggle-parishinde', 'parishinde/Marketplace-analysis_linktin', 'a5200c9fa7403e685799e9b631d900fced2f6075', 'postings_utf8.csv');
