import { BODY_SIGNALS } from './body-signals';
import { CONTEXT_SIGNALS, type ExtractedSignals } from './extract-signals';
import { TITLE_SIGNALS } from './title-signals';

/**
 * The model's inputs, all interpretable: per body signal log(1 + occurrences) (repetition saturates,
 * so boilerplate repeated three times does not triple), per title signal 0/1, the hybrid context
 * pairs, and the share of role-leaning body signals that lean to each label ("mostly pipelines").
 */
const SHARE_LABELS = ['data', 'backend', 'hybrid', 'other'] as const;

/**
 * Title × body: what the body stresses means something different under each title ("pipelines" under
 * a backend title, front-end words under a full-stack one). One feature per (title signal, label):
 * the body's share of that label when the title has the signal, else 0.
 */
const TITLE_CONTEXTS = ['t-backend', 't-data-engineer', 't-fullstack', 't-frontend', 't-ml', 't-data-platform', 't-ml-platform', 't-software-engineer', 't-analytics-engineer', 't-data-word'] as const;
const titleShareName = (title: string, label: string): string => `${title}*share-${label}`;
const TITLE_SHARE: readonly (readonly [string, string])[] = TITLE_CONTEXTS.flatMap((title) => SHARE_LABELS.map((label) => [title, label] as const));

export const FEATURE_NAMES: readonly string[] = [
  ...BODY_SIGNALS.map((signal) => signal.id),
  ...TITLE_SIGNALS.map((signal) => signal.id),
  ...Object.keys(CONTEXT_SIGNALS),
  ...SHARE_LABELS.map((label) => `share-${label}`),
  // LABELING.md: hybrid "when pipeline work and service work are both substantial".
  'balance-data-backend',
  // The title as a prior the body can overturn: a data title over a service-heavy body reads as hybrid.
  'data-title-x-backend-body',
  'backend-title-x-data-body',
  ...TITLE_SHARE.map(([title, label]) => titleShareName(title, label)),
];

/** Features computed from the title and the body together: left out when asking what the body alone says. */
export const TITLE_DERIVED_FEATURES: ReadonlySet<string> = new Set(['data-title-x-backend-body', 'backend-title-x-data-body', ...TITLE_SHARE.map(([title, label]) => titleShareName(title, label))]);
const TITLE_SHARE_BY_NAME = new Map(TITLE_SHARE.map(([title, label]) => [titleShareName(title, label), [title, label] as const]));

/** Features that only say what both roles share: training penalises them harder (they weigh little). */
export const SHARED_FEATURES: ReadonlySet<string> = new Set(
  [...BODY_SIGNALS, ...TITLE_SIGNALS].filter((signal) => signal.leans === 'shared').map((signal) => signal.id),
);

const TITLE_IDS = new Set(TITLE_SIGNALS.map((signal) => signal.id));
// Body signals and the hybrid context pairs: what the body leans to.
const LEANING_BY_ID = new Map([...BODY_SIGNALS, ...Object.values(CONTEXT_SIGNALS)].map((signal) => [signal.id, signal.leans]));

export function featureVector(signals: ExtractedSignals): number[] {
  const shares: Record<string, number> = { data: 0, backend: 0, hybrid: 0, other: 0 };
  let leaning = 0;
  for (const [id, count] of signals.counts) {
    const leans = LEANING_BY_ID.get(id);
    if (leans === undefined || leans === 'shared') continue;
    shares[leans] = (shares[leans] ?? 0) + count;
    leaning += count;
  }
  const share = (label: string): number => (leaning === 0 ? 0 : (shares[label] ?? 0) / leaning);
  return FEATURE_NAMES.map((name) => {
    if (name === 'balance-data-backend') return Math.min(share('data'), share('backend'));
    if (name === 'data-title-x-backend-body') return signals.counts.has('t-data-engineer') ? share('backend') : 0;
    if (name === 'backend-title-x-data-body') return signals.counts.has('t-backend') ? share('data') : 0;
    const titleShare = TITLE_SHARE_BY_NAME.get(name);
    if (titleShare !== undefined) return signals.counts.has(titleShare[0]) ? share(titleShare[1]) : 0;
    if (name.startsWith('share-')) return leaning === 0 ? 0 : (shares[name.slice(6)] ?? 0) / leaning;
    const count = signals.counts.get(name) ?? 0;
    if (TITLE_IDS.has(name)) return count > 0 ? 1 : 0;
    return Math.log1p(count);
  });
}
