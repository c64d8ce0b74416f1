/**
 * The 95% Wilson score interval of a rate measured on `n` postings: where the rate on all such
 * postings plausibly lies. On a few hundred postings it is several points wide (0.86 on 244 postings:
 * 0.81–0.90), which is what a target such as "accuracy ≥ 0.92" has to be read against. Wilson rather
 * than the normal approximation because it stays inside [0, 1] near 0 and 1.
 */
export function wilsonInterval(hits: number, n: number, z = 1.96): { low: number; high: number } | null {
  if (n <= 0) return null;
  const rate = hits / n;
  const z2 = z * z;
  const scale = 1 + z2 / n;
  const centre = (rate + z2 / (2 * n)) / scale;
  const half = (z * Math.sqrt((rate * (1 - rate)) / n + z2 / (4 * n * n))) / scale;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
