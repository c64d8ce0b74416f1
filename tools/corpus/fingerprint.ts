// The held-out fingerprints, computed exactly as the project's fingerprint.mjs does (the header of
// test/fixtures/corpus/held-out-fingerprints.txt's README: same normalisation, same kinds), so that
// no candidate can be a held-out posting.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../paths';

/** Lowercased, whitespace collapsed, trimmed (fingerprint.mjs `norm`). */
export const norm = (s: unknown): string => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const sha = (s: string) => createHash('sha256').update(s).digest('hex');

export interface Fingerprintable {
  title?: string | null;
  company?: string | null;
  description?: string | null;
  source?: { row?: string | null } | null;
}

/** "<kind> <sha256>" strings: text, head (first 300 normalised chars), pair (title|company), url. */
export function fingerprints(p: Fingerprintable): string[] {
  const text = norm(p.description);
  const out: string[] = [];
  if (text) out.push(`text ${sha(text)}`, `head ${sha(text.slice(0, 300))}`);
  if (p.title || p.company) out.push(`pair ${sha(norm(p.title) + '|' + norm(p.company))}`);
  const row = p.source && p.source.row ? String(p.source.row) : '';
  if (/^https?:/i.test(row)) out.push(`url ${sha(row.toLowerCase().replace(/#.*$/, '').replace(/\/+$/, ''))}`);
  return out;
}

/** The held-out set's fingerprints, kept in the repository as data (test/fixtures/corpus). */
export function loadHeldOut(path = process.env.HELD_OUT ?? join(CORPUS_DIR, 'held-out-fingerprints.txt')): Set<string> {
  return new Set(readFileSync(path, 'utf8').split('\n').filter(Boolean));
}
