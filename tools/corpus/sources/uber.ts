// Uber careers-site API response (stapply-ai/ats-scrapers, uber/uber.json); descriptions are markdown.
import { gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { orNull } from './util';

const REPO = 'stapply-ai/ats-scrapers';
const MIRROR = 'stapply-ai+ats-scrapers';
const COMMIT = '6f7515a11612756be466cf9f24ea68e6eb1995d9';
const PATH = 'uber/uber.json';

interface UberJob {
  url: string;
  title: string;
  location?: string;
  description?: string;
  creation_date?: string;
}

function* extract(): Iterable<RawRecord> {
  const data = JSON.parse(gitText(MIRROR, COMMIT, PATH)) as { jobs: UberJob[] };
  for (const j of data.jobs) {
    yield {
      title: j.title.trim(),
      company: 'Uber',
      location: orNull(j.location),
      format: 'markdown',
      descriptionHtmlOrText: j.description ?? '',
      salary_text: null,
      salaryFromDescription: true,
      posted: orNull(j.creation_date),
      source: { repo: REPO, path: PATH, commit: COMMIT, row: j.url },
      kind: 'b',
    };
  }
}

export const uber: Source = { name: 'uber', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'MIT', extract };
