// techjobsforgood.com and Indeed postings, Jul-Sep 2020, US (K-Reavis/EthicalTechJobListings).
// The scraper had already lost the line breaks; the text is kept as it is, except that JSON escapes the
// scraper left in some rows as literal text ("CR\\u2019s", "\\"fast\\"") are decoded back to the characters.
import { csvObjects } from '../csv';
import { gitText } from '../git';
import type { RawRecord, Source } from '../types';
import { normDate, orNull } from './util';

const REPO = 'K-Reavis/EthicalTechJobListings';
const MIRROR = 'K-Reavis+EthicalTechJobListings';
const COMMIT = 'abf6073ecb9a06bf91ae39015ea4c6fdaedd5bea';
const FILES = ['ectj_postings.csv', 'postings.csv'];

const unescapeJsonLiterals = (s: string) =>
  s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

function* extract(): Iterable<RawRecord> {
  for (const path of FILES) {
    for (const r of csvObjects(gitText(MIRROR, COMMIT, path))) {
      yield {
        title: r.get('Title').trim(),
        company: r.get('Company').trim(),
        location: orNull(r.get('Location')),
        format: 'text',
        descriptionHtmlOrText: unescapeJsonLiterals(r.get('Text')),
        salary_text: null,
        posted: normDate(r.get('Date_Queried')), // the date the board was queried
        source: { repo: REPO, path, commit: COMMIT, row: r.get('URL') || String(r.rowNumber) },
        kind: 'a',
      };
    }
  }
}

export const ethicalTech: Source = { name: 'ethical-tech', repo: REPO, mirror: MIRROR, commit: COMMIT, licence: 'none stated', extract };
