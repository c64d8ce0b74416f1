// LinkedIn "data engineer" postings, Dec 2025 (geda-valentim/data-engineer-jobs), one snappy parquet file.
import { parquetReadObjects } from 'hyparquet';
import { gitShow } from '../git';
import type { RawRecord, Source } from '../types';
import { bareUrl, orNull } from './util';

const REPO = 'geda-valentim/data-engineer-jobs';
const MIRROR = 'geda-valentim+data-engineer-jobs';
const COMMIT = 'c07e6958d61565b8eea44ffceca9c29520797f71';
const PATH = 'data/server/silver/part-00000-45dbac3b-2866-4de9-939e-3320f05b0c83.c000.snappy.parquet';

type Row = Record<string, unknown>;

/** "$106300.0 - $233800.0 per yr", as the corpus wrote this source's pay fields. */
function pay(r: Row): string | null {
  if (r.salary_min == null && r.salary_max == null) return null;
  const cur = String(r.salary_currency ?? '');
  const n = (v: unknown) => (v == null ? '' : `${cur}${Number(v).toFixed(1)}`);
  const range = [n(r.salary_min), n(r.salary_max)].filter(Boolean).join(' - ');
  return r.salary_period ? `${range} per ${r.salary_period}` : range;
}

export async function loadRows(): Promise<Row[]> {
  const buf = gitShow(MIRROR, COMMIT, PATH);
  const file = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
  return (await parquetReadObjects({ file })) as Row[];
}

let rows: Row[] = [];
/** hyparquet is async; build-pool awaits this before extracting. */
export async function prepare(): Promise<void> {
  rows = await loadRows();
}

function* extract(): Iterable<RawRecord> {
  for (const r of rows) {
    const url = String(r.url ?? '');
    yield {
      title: String(r.job_title ?? '').trim(),
      company: String(r.company_name ?? '').trim(),
      location: orNull(r.job_location),
      format: 'html',
      descriptionHtmlOrText: String(r.job_description_html ?? ''),
      salary_text: pay(r),
      posted: r.job_posted_date_only ? String(r.job_posted_date_only).slice(0, 10) : null,
      source: { repo: REPO, path: PATH, commit: COMMIT, row: url ? bareUrl(url) : String(r.job_posting_id) },
      kind: 'a',
    };
  }
}

export const linkedinDataEngineer: Source = { name: 'linkedin-data-engineer', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'none stated', extract };
