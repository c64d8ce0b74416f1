// Hacker News "Ask HN: Who is hiring?" top-level comments, Jan-May 2026 (gantryops/hn-jobs-data,
// runs/<date>/raw.json, the items the pipeline fetched from the monthly threads). Each comment is written by
// the employer; by the thread's convention its first line is "Company | Role | Location | ...".
// Kept: comments whose first line has at least two "|" segments and a segment naming a role (the title);
// the company is the first segment. The pipeline's "direct" items (Y Combinator job pages with the site's
// navigation text) are left out. A comment seen in several runs is taken from the latest run.
import { gitFiles, gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { unescapeEntities } from '../clean';

const REPO = 'gantryops/hn-jobs-data';
const MIRROR = 'gantryops+hn-jobs-data';
const COMMIT = 'de8c3aee06b22528e020a7155b4339af5f99b0ae';

interface Item {
  id: number;
  source: string;
  time?: number;
  text?: string | null;
}

const ROLE =
  /\b(engineers?|engineering|developers?|scientists?|designers?|managers?|analysts?|architects?|researchers?|leads?|head of|directors?|vp|recruiters?|specialists?|swe|sre|devops|mts|member of technical staff|cto|founding|interns?|internship|consultants?|administrators?|writers?|marketers?|associates?|executives?|representatives?|product owner|programmers?|technicians?|officers?|coordinators?|operators?)\b/i;
const WHERE = /\b(remote|onsite|on-site|on site|hybrid|in[- ]office|relocation)\b/i;
const PLACE = /^[A-Z][\w .'-]*,\s*[A-Z][\w .'-]*/;

/** The first line of the comment (HN separates paragraphs with <p>), tags removed, entities unescaped. */
function headerSegments(html: string): string[] {
  const first = html.split(/<p>|\n/)[0] ?? '';
  const text = unescapeEntities(first.replace(/<[^>]+>/g, ''));
  return text.split(/\s*[|｜]\s*/).map((s) => s.trim()).filter(Boolean);
}

function* extract(): Iterable<RawRecord> {
  const latest = new Map<number, { path: string; item: Item }>();
  for (const path of gitFiles(MIRROR, COMMIT, 'runs').filter((p) => p.endsWith('/raw.json'))) {
    const data = JSON.parse(gitText(MIRROR, COMMIT, path)) as { jobs?: Item[] };
    for (const item of data.jobs ?? []) if (item.source === 'who_is_hiring' && item.text) latest.set(item.id, { path, item });
  }
  for (const { path, item } of [...latest.values()].sort((a, b) => a.item.id - b.item.id)) {
    const html = item.text ?? '';
    const seg = headerSegments(html);
    const company = seg[0] ?? '';
    const titleAt = seg.findIndex((s, i) => i > 0 && ROLE.test(s) && !/^https?:|www\./i.test(s));
    const title = seg[titleAt];
    if (seg.length < 2 || !title || company.length > 80 || title.length > 200) continue;
    const where = seg.filter((s, i) => i > 0 && i !== titleAt && !/https?:|www\.|\.com\b/i.test(s) && (WHERE.test(s) || PLACE.test(s)) && s.length <= 100);
    yield {
      title,
      company,
      location: where.length ? where.join('; ') : null,
      format: 'html',
      descriptionHtmlOrText: html,
      salary_text: null,
      salaryFromDescription: true,
      posted: item.time ? new Date(item.time * 1000).toISOString().slice(0, 10) : null,
      source: { repo: REPO, path, commit: COMMIT, row: `https://news.ycombinator.com/item?id=${item.id}` },
      kind: 'a',
    };
  }
}

export const hnHiring: Source = { name: 'hn-whoishiring-2026', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'none stated (comments are their authors\')', extract };
