// Ashby job-board API responses (stapply-ai/ats-scrapers, ashby/companies/<board>.json).
import { gitFiles, gitTextOrNull } from '../git';
import type { RawRecord, Source } from '../types';
import { orNull } from './util';

const REPO = 'stapply-ai/ats-scrapers';
const MIRROR = 'stapply-ai+ats-scrapers';
const COMMIT = '43ece6fd3ab4398cda575f0483fd49ea5c58eccb';

interface AshbyJob {
  title: string;
  location?: string;
  secondaryLocations?: { location?: string }[];
  publishedAt?: string;
  jobUrl: string;
  descriptionHtml?: string;
  compensation?: { compensationTierSummary?: string | null } | null;
}

function* extract(): Iterable<RawRecord> {
  for (const path of gitFiles(MIRROR, COMMIT, 'ashby/companies')) {
    if (!path.endsWith('.json')) continue;
    const text = gitTextOrNull(MIRROR, COMMIT, path);
    if (!text) continue; // blob absent from the mirror (>= 4 MiB)
    let data: { jobs?: AshbyJob[] };
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    // The API gives no display name: the board slug is the company, as in the corpus.
    const board = path.slice('ashby/companies/'.length, -'.json'.length);
    for (const j of data.jobs ?? []) {
      const locs = [j.location, ...(j.secondaryLocations ?? []).map((s) => s.location)].filter((l): l is string => !!l);
      yield {
        title: j.title.trim(),
        company: board,
        location: orNull(locs.join('; ')),
        format: 'html',
        descriptionHtmlOrText: j.descriptionHtml ?? '',
        salary_text: orNull(j.compensation?.compensationTierSummary),
        salaryFromDescription: true,
        posted: orNull(j.publishedAt),
        source: { repo: REPO, path, commit: COMMIT, row: j.jobUrl },
        kind: 'b',
      };
    }
  }
}

export const ashby: Source = { name: 'ashby', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'MIT (LICENSE added at a later commit, 7099966)', extract };
