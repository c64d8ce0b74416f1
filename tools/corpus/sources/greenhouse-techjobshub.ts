// Greenhouse board API responses with content (jiayuliang1314/tech-jobs-hub, data_full/*.json).
import { gitFiles, gitTextOrNull } from '../git';
import type { RawRecord, Source } from '../types';
import { orNull } from './util';

const REPO = 'jiayuliang1314/tech-jobs-hub';
const MIRROR = 'jiayuliang1314+tech-jobs-hub';
const COMMIT = 'c04b6aa4a3e4de49f5a18a73f796c919dff4874e';

interface GhJob {
  absolute_url: string;
  title: string;
  company_name?: string;
  location?: { name?: string };
  content?: string;
  first_published?: string;
  updated_at?: string;
}

function* extract(): Iterable<RawRecord> {
  for (const path of gitFiles(MIRROR, COMMIT, 'data_full')) {
    if (!path.endsWith('.json') || path.endsWith('_stats.json')) continue;
    const text = gitTextOrNull(MIRROR, COMMIT, path);
    if (!text) continue;
    const data = JSON.parse(text) as { company?: string; jobs?: GhJob[] };
    for (const j of data.jobs ?? []) {
      if (!j.content) continue;
      yield {
        title: j.title.trim(),
        company: j.company_name ?? data.company ?? path,
        location: orNull(j.location?.name),
        format: 'html',
        // Greenhouse escapes the HTML once more; clean.ts unescapes it first.
        descriptionHtmlOrText: j.content,
        salary_text: null,
        salaryFromDescription: true,
        posted: orNull(j.first_published ?? j.updated_at),
        source: { repo: REPO, path, commit: COMMIT, row: j.absolute_url },
        kind: 'b',
        escapedHtml: true,
      };
    }
  }
}

export const greenhouseTechJobsHub: Source = { name: 'greenhouse-techjobshub', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'none stated', extract };
