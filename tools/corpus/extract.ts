// Runs every extractor and cleans each record into a candidate (no filtering here).
import { escapedHtmlToText, fixMojibake, toText } from './clean';
import { payLines } from './salary';
import { prepareSources, SOURCES } from './sources/index';
import type { Candidate, RawRecord, Source } from './types';

export function cleanRecord(r: RawRecord): Candidate {
  let raw = r.descriptionHtmlOrText ?? '';
  if (r.mojibake) raw = fixMojibake(raw);
  const description = r.escapedHtml ? escapedHtmlToText(raw) : toText(r.format, raw);
  const salary = r.salary_text ?? (r.salaryFromDescription ? payLines(description) : null);
  return {
    title: r.title,
    company: r.company,
    location: r.location,
    description,
    salary_text: salary,
    posted: r.posted,
    source: r.source,
    kind: r.kind,
  };
}

/** All candidates of the given sources (default: the first pool's), in source order, tagged with the source name. */
export async function extractAll(sources: Source[] = SOURCES): Promise<{ source: string; candidate: Candidate }[]> {
  await prepareSources();
  const out: { source: string; candidate: Candidate }[] = [];
  for (const s of sources) for (const r of s.extract()) out.push({ source: s.name, candidate: cleanRecord(r) });
  return out;
}
