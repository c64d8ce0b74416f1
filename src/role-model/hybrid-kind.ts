import type { SignalMatch } from './extract-signals';
import type { HybridKind } from './types';

/**
 * Which kind of hybrid (LABELING.md): ML infrastructure words → `ml-platform`; data delivered as a
 * product through services or APIs → `data-services`; otherwise internal data infrastructure →
 * `data-platform`. Title words count more than body words (the title names the team).
 */
const TITLE_VOTE = 4;
// A tie or no vote falls to data-platform, the commonest kind, then ml-platform.
const ORDER: readonly HybridKind[] = ['data-platform', 'ml-platform', 'data-services'];

export function hybridKindOf(matches: readonly SignalMatch[]): HybridKind {
  const votes: Record<HybridKind, number> = { 'data-platform': 0, 'ml-platform': 0, 'data-services': 0 };
  for (const match of matches) {
    const kind = match.signal.hybridKind;
    if (!kind) continue;
    votes[kind] += match.field === 'title' ? TITLE_VOTE : 1;
  }
  // A title naming both sides ("Backend & Data", "Full Stack Data Engineer"): a data team building services.
  const titleIds = new Set(matches.filter((m) => m.field === 'title').map((m) => m.signal.id));
  const titleSaysData = titleIds.has('t-data-word') || titleIds.has('t-data-engineer');
  const titleSaysServer = titleIds.has('t-backend') || titleIds.has('t-fullstack');
  if (titleSaysData && titleSaysServer) votes['data-services'] += TITLE_VOTE;
  // An ML job title ("Machine Learning Engineer") on a hybrid posting: LABELING.md makes ML engineers
  // hybrid only as ML platform (serving other teams, hired for infrastructure or service skills).
  if (titleIds.has('t-ml')) votes['ml-platform'] += TITLE_VOTE;
  let best: HybridKind = ORDER[0]!;
  for (const kind of ORDER) if (votes[kind] > votes[best]) best = kind;
  return best;
}
