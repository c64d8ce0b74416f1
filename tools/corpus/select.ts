// Seeded draw per title group: round-robin over sources (so small sources are not drowned by the
// Ashby dump) and at most COMPANY_CAP postings per company per group (so no employer dominates).
// Sub-group quotas are drawn first, then the rest of the group's target from all its candidates.
import { shuffle } from './rng';
import type { Candidate } from './types';
import type { Group } from './title-groups';

export const COMPANY_CAP = 6;

export interface GroupPlan {
  group: Group;
  target: number;
  /** Sub-groups to fill first (up to n each), e.g. ML-platform-like within platform. */
  quotas: { subgroup: string; n: number }[];
}

export const PLANS: GroupPlan[] = [
  { group: 'platform', target: 1200, quotas: [{ subgroup: 'ml-platform', n: 250 }, { subgroup: 'data-services', n: 250 }] },
  { group: 'data-eng', target: 650, quotas: [] },
  { group: 'backend', target: 750, quotas: [{ subgroup: 'fullstack', n: 100 }, { subgroup: 'sre-infra', n: 80 }] },
  { group: 'other', target: 900, quotas: [{ subgroup: 'ml-ds', n: 150 }] },
];

export interface Tagged {
  c: Candidate;
  source: string;
  group: Group;
  subgroup: string;
}

/** How many postings of one company a group may take (the first pool: COMPANY_CAP for every company). */
export type CapOf = (t: Tagged) => number;
const FLAT_CAP: CapOf = () => COMPANY_CAP;

/** Draws up to N from CANDS into TAKEN, round-robin over sources, respecting the company cap. */
function drawRoundRobin(cands: Tagged[], n: number, taken: Set<Tagged>, perCompany: Map<string, number>, capOf: CapOf): number {
  const bySource = new Map<string, Tagged[]>();
  for (const t of cands) if (!taken.has(t)) bySource.set(t.source, [...(bySource.get(t.source) ?? []), t]);
  const queues = [...bySource.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, q]) => q);
  let drawn = 0;
  while (drawn < n && queues.some((q) => q.length)) {
    for (const q of queues) {
      if (drawn >= n) break;
      while (q.length) {
        const t = q.shift();
        if (!t) break;
        const key = t.c.company.toLowerCase().trim();
        if ((perCompany.get(key) ?? 0) >= capOf(t)) continue;
        perCompany.set(key, (perCompany.get(key) ?? 0) + 1);
        taken.add(t);
        drawn++;
        break;
      }
    }
  }
  return drawn;
}

/** The selection for one group (seeded by group name). */
export function selectGroup(all: Tagged[], plan: GroupPlan, seed: string, capOf: CapOf = FLAT_CAP): Tagged[] {
  const cands = shuffle(
    all.filter((t) => t.group === plan.group),
    `${seed}:${plan.group}`,
  );
  const taken = new Set<Tagged>();
  const perCompany = new Map<string, number>();
  for (const q of plan.quotas) drawRoundRobin(cands.filter((t) => t.subgroup === q.subgroup), q.n, taken, perCompany, capOf);
  drawRoundRobin(cands, plan.target - taken.size, taken, perCompany, capOf);
  return cands.filter((t) => taken.has(t));
}
