// Duplicates, as the corpus defines them: same normalised text, or same first 300 normalised
// characters, or same normalised title + company. The first seen wins (sources are read in a fixed order).
import { norm } from './fingerprint';

export function dedupKeys(p: { title: string; company: string; description: string }): string[] {
  const text = norm(p.description);
  return [`text:${text}`, `head:${text.slice(0, 300)}`, `pair:${norm(p.title)}|${norm(p.company)}`];
}

export class Deduper {
  private seen = new Set<string>();
  /** Marks a posting as present (e.g. the labelled dev postings) without asking. */
  add(p: { title: string; company: string; description: string }): void {
    for (const k of dedupKeys(p)) this.seen.add(k);
  }
  /** True when the posting duplicates one already seen (without recording it). */
  isDuplicateOf(p: { title: string; company: string; description: string }): boolean {
    return dedupKeys(p).some((k) => this.seen.has(k));
  }
  /** True when the posting duplicates one already seen; otherwise records it and returns false. */
  isDuplicate(p: { title: string; company: string; description: string }): boolean {
    const keys = dedupKeys(p);
    if (keys.some((k) => this.seen.has(k))) return true;
    for (const k of keys) this.seen.add(k);
    return false;
  }
}
