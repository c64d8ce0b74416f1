// LinkedIn, UK, Mar 2026, mostly non-tech (FaisalFehad/ml-data-scraper, linkedin_jobs.jsonl).
import { gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { concatenatedJson, orNull } from './util';

const REPO = 'FaisalFehad/ml-data-scraper';
const MIRROR = 'FaisalFehad+ml-data-scraper';
const COMMIT = 'c4ab3d3b7615c01ef33dc12de90eb0adacb3b387';
const PATH = 'linkedin_jobs.jsonl';

interface Row {
  url: string;
  title: string;
  company: string;
  location?: string;
  description?: string;
  salary?: string;
  scrapedAt?: string;
}

function* extract(): Iterable<RawRecord> {
  // Some lines hold two objects run together, so the file is read as a stream of JSON values.
  for (const v of concatenatedJson(gitText(MIRROR, COMMIT, PATH))) {
    const r = v as Row;
    yield {
      title: r.title.trim(),
      company: r.company.trim(),
      location: orNull(r.location),
      format: 'text',
      descriptionHtmlOrText: r.description ?? '',
      salary_text: orNull(r.salary),
      // LinkedIn gave only "1 week ago": the scrape date stands in, as in the corpus.
      posted: r.scrapedAt ? r.scrapedAt.slice(0, 10) : null,
      source: { repo: REPO, path: PATH, commit: COMMIT, row: r.url },
      kind: 'a',
    };
  }
}

export const linkedinUk: Source = { name: 'linkedin-uk', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'none stated', extract };
