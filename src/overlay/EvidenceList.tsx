import { rankEvidence } from '../role-model/rank-evidence';
import type { Evidence, Label } from '../role-model/types';
import { LABEL_NAMES } from './format';

/**
 * The phrases that decided the label, strongest first, each with the dimension it speaks to; then
 * the strongest phrases that pulled the other way, so a close call reads as one; then, apart, what
 * was found only in company text. Which phrases, in which order: `rankEvidence`.
 */
export function EvidenceList({ evidence, label }: { evidence: readonly Evidence[]; label: Label }) {
  const { toward, against, companyText } = rankEvidence(evidence, label);
  if (toward.length === 0 && against.length === 0 && companyText.length === 0) return <p class="rl-muted">No deciding phrases found.</p>;
  return (
    <div class="rl-evidence">
      {toward.length > 0 ? <Phrases items={toward} list="toward" /> : <p class="rl-muted">No single phrase stands out.</p>}
      {against.length > 0 ? (
        <>
          <p class="rl-muted rl-small">Pulling the other way:</p>
          <Phrases items={against} list="against" />
        </>
      ) : null}
      {companyText.length > 0 ? (
        <>
          <p class="rl-muted rl-small">From company text or the posting's template (counts less):</p>
          <Phrases items={companyText} list="company-text" />
        </>
      ) : null}
    </div>
  );
}

function Phrases({ items, list }: { items: readonly Evidence[]; list: 'toward' | 'against' | 'company-text' }) {
  return (
    <ul data-list={list}>
      {items.map((item) => (
        <li key={`${item.field}:${item.start}`} class={`rl-lean--${item.leans}`} data-weight={item.weight.toFixed(4)}>
          {/* Where it was said, on hover: "design" alone reads as the discipline, "…owning solutions design…" does not. */}
          <q title={item.context ? `In the posting: ${item.context}` : undefined} class={item.context ? 'rl-has-context' : undefined}>
            <bdi>{item.phrase}</bdi>
          </q>
          <span class="rl-muted">
            {' '}
            {item.dimension.replace(/-/g, ' ')} → {item.leans === 'shared' ? 'shared by both' : LABEL_NAMES[item.leans]}
            {item.field === 'title' ? ' (title)' : ''}
            {item.postingFormat ? ' (posting format)' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
