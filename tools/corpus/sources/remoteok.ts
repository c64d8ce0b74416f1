// RemoteOK listings, Mar 2026 (JACKAS5/resume-helper, remoteok.json). RemoteOK asks for attribution (Remote OK).
import { gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { orNull } from './util';

const REPO = 'JACKAS5/resume-helper';
const MIRROR = 'JACKAS5+resume-helper';
const COMMIT = 'aa125689074656b19b6b0b9c46d59246288b6bbc';
const PATH = 'remoteok.json';

interface Row {
  url?: string;
  position?: string;
  company?: string;
  location?: string;
  description?: string;
  date?: string;
  salary_min?: string | number;
  salary_max?: string | number;
}

function* extract(): Iterable<RawRecord> {
  const rows = JSON.parse(gitText(MIRROR, COMMIT, PATH)) as Row[];
  for (const r of rows) {
    if (!r.url || !r.position) continue; // the first element is the API's legal notice
    const lo = Number(r.salary_min ?? 0);
    const hi = Number(r.salary_max ?? 0);
    yield {
      title: r.position.trim(),
      company: (r.company ?? '').trim(),
      location: orNull(r.location),
      format: 'html',
      descriptionHtmlOrText: r.description ?? '',
      salary_text: lo > 0 || hi > 0 ? `$${lo} - $${hi} per year` : null,
      posted: r.date ? r.date.slice(0, 10) : null,
      source: { repo: REPO, path: PATH, commit: COMMIT, row: r.url },
      kind: 'a',
      mojibake: true,
    };
  }
}

export const remoteOk: Source = { name: 'remoteok', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'none stated; RemoteOK asks for attribution (Remote OK)', extract };
