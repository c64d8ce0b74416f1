/**
 * A phrase that added less than this share of what the strongest phrase of its field did is not a
 * reason worth naming: "Writing" (as in "writing production code", 0.07) listed beside "DevOps"
 * (0.26) reads as a reason when it barely counted. Compared within a field, so that a strong title
 * does not hide the body's phrases.
 */
export const MIN_SHARE_OF_STRONGEST = 1 / 3;

/** The first `max` items (already strongest first) that carry at least MIN_SHARE_OF_STRONGEST of the strongest item of their field. */
export function strongestEvidence<T extends { weight: number; field: 'title' | 'text' }>(ranked: readonly T[], max: number): T[] {
  const strongest = { title: 0, text: 0 };
  for (const item of ranked) strongest[item.field] = Math.max(strongest[item.field], Math.abs(item.weight));
  return ranked.filter((item) => Math.abs(item.weight) >= strongest[item.field] * MIN_SHARE_OF_STRONGEST).slice(0, max);
}
