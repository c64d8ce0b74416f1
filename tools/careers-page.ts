/**
 * Writes the demo's careers pages (test/support/fixture-pages.ts CAREERS_PAGES) from the labelled
 * corpus: each is an HTML page with one corpus posting's text, verbatim, and a schema.org
 * JobPosting, as a company careers site publishes it.
 *
 *   npx tsx tools/careers-page.ts
 *
 * Only the layout is ours: the description's lines become paragraphs, and its "- " lines (list items
 * in the published HTML, SOURCES.md of the corpus) become list items again. The page says in its
 * footer that RoleLens built it, and from which posting. Deterministic: the same corpus line gives
 * the same bytes (test/careers-pages.dom.test.ts compares).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CAREERS_PAGES, fixturePath, type CareersPage } from '../test/support/fixture-pages';
import { CORPUS_FILE } from './paths';
import type { Candidate } from './corpus/types';

/** A corpus line (test/fixtures/corpus/README.md): a cleaned posting (tools/corpus) with its id and label. */
export type CorpusLine = Candidate & { id: string; label: string };

export function readCorpusPosting(id: string, corpusFile = CORPUS_FILE): CorpusLine {
  for (const line of readFileSync(corpusFile, 'utf8').split('\n')) {
    if (!line.includes(`"${id}"`)) continue;
    const posting = JSON.parse(line) as CorpusLine;
    if (posting.id === id) return posting;
  }
  throw new Error(`No posting ${id} in ${corpusFile}`);
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The description as HTML: a paragraph per line, a list per run of "- " lines. */
export function descriptionHtml(description: string): string {
  const blocks: string[] = [];
  let items: string[] = [];
  const closeList = () => {
    if (items.length > 0) blocks.push(`<ul>\n${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('\n')}\n</ul>`);
    items = [];
  };
  for (const line of description.split('\n')) {
    if (line.startsWith('- ')) {
      items.push(line.slice(2));
      continue;
    }
    closeList();
    if (line.trim()) blocks.push(`<p>${escapeHtml(line)}</p>`);
  }
  closeList();
  return blocks.join('\n');
}

function jobPosting(page: CareersPage, posting: CorpusLine, description: string): Record<string, unknown> {
  const jobId = new URL(page.url).pathname.split('/').pop() ?? posting.id;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: posting.title,
    description,
    identifier: { '@type': 'PropertyValue', name: page.company, value: jobId },
    ...(posting.posted ? { datePosted: posting.posted } : {}),
    hiringOrganization: { '@type': 'Organization', name: page.company },
    ...(posting.location ? { jobLocation: { '@type': 'Place', address: posting.location.trim() } } : {}),
    ...(page.payField
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: page.payField.currency,
            value: { '@type': 'QuantitativeValue', minValue: page.payField.min, maxValue: page.payField.max, unitText: page.payField.unitText },
          },
        }
      : {}),
  };
}

/** A page colour scheme of its own, light or dark as the browser asks: RoleLens's panel follows the page. */
const STYLE = `:root { color-scheme: light dark; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; background: #ffffff; color: #1f2328; }
.site { padding: 14px 24px; border-bottom: 1px solid #d8dee4; font-weight: 600; }
.site a { color: inherit; text-decoration: none; }
main { max-width: 760px; margin: 0 auto; padding: 8px 24px 48px; }
.posting-header { padding: 16px 0; }
.posting-header .company { margin: 0; color: #57606a; }
.posting-header h1 { margin: 4px 0 8px; font-size: 28px; line-height: 1.25; }
.posting-header .meta { margin: 0 0 14px; color: #57606a; }
.apply { display: inline-block; padding: 8px 20px; border-radius: 6px; background: #1f5fd6; color: #ffffff; text-decoration: none; font-weight: 600; }
.description { margin-top: 16px; }
footer { max-width: 760px; margin: 0 auto; padding: 16px 24px 32px; border-top: 1px solid #d8dee4; color: #57606a; font-size: 13px; }
@media (prefers-color-scheme: dark) {
  body { background: #16181c; color: #e6e8eb; }
  .site, footer { border-color: #30363d; }
  .posting-header .company, .posting-header .meta, footer { color: #9da5ae; }
  .apply { background: #3b7be8; }
}`;

/** The page for one careers page and its corpus posting. */
export function careersPageHtml(page: CareersPage, posting: CorpusLine): string {
  const description = descriptionHtml(posting.description);
  // "</script>" inside the JSON would end the block: "<" is escaped as JSON allows.
  const json = JSON.stringify(jobPosting(page, posting, description), null, 2).replace(/</g, '\\u003c');
  const meta = [posting.location?.trim(), page.payField?.text].filter(Boolean).map((part) => escapeHtml(part!)).join(' · ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(posting.title)} – ${escapeHtml(page.company)} careers</title>
<style>
${STYLE}
</style>
<script type="application/ld+json">
${json}
</script>
</head>
<body>
<header class="site"><a href="/">${escapeHtml(page.company)} careers</a></header>
<main>
<div class="posting-header">
<p class="company">${escapeHtml(page.company)}</p>
<h1>${escapeHtml(posting.title)}</h1>
<p class="meta">${meta}</p>
<a class="apply" href="#apply">Apply for this job</a>
</div>
<div class="description">
${description}
</div>
</main>
<footer>Not ${escapeHtml(page.company)}'s site: a page RoleLens's demo built from corpus posting ${escapeHtml(posting.id)}, published at ${escapeHtml(posting.source.row)}. The posting's text is the corpus's, word for word.</footer>
</body>
</html>
`;
}

function main(): void {
  for (const page of CAREERS_PAGES) {
    const path = fixturePath(page);
    writeFileSync(path, careersPageHtml(page, readCorpusPosting(page.corpusId)));
    console.log(`${page.corpusId} → ${join('test/fixtures/pages', page.file)}`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
