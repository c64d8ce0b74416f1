import { strongestEvidence } from '../role-model/strongest-evidence';
import type { Evidence, Label } from '../role-model/types';
import { LABEL_NAMES } from './format';

const SHOWN_FOR = 6;
const SHOWN_AGAINST = 3;

/**
 * The phrases that decided the label, strongest first, each with the dimension it speaks to; then
 * the strongest phrases that pulled the other way, so a close call reads as one. Phrases that
 * barely counted beside the strongest of their list are left out (`strongestEvidence`).
 */
export function EvidenceList({ evidence, label }: { evidence: readonly Evidence[]; label: Label }) {
  const ranked = dedupe(evidence).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  const forLabel = strongestEvidence(ranked.filter((item) => item.leans === label && item.weight > 0), SHOWN_FOR);
  const against = strongestEvidence(ranked.filter((item) => item.leans !== label && item.leans !== 'shared' && item.weight > 0), SHOWN_AGAINST);
  if (forLabel.length === 0 && against.length === 0) return <p class="rl-muted">No deciding phrases found.</p>;
  return (
    <div class="rl-evidence">
      {forLabel.length > 0 ? <Phrases items={forLabel} /> : <p class="rl-muted">No single phrase stands out.</p>}
      {against.length > 0 ? (
        <>
          <p class="rl-muted rl-small">Pulling the other way:</p>
          <Phrases items={against} />
        </>
      ) : null}
    </div>
  );
}

function Phrases({ items }: { items: readonly Evidence[] }) {
  return (
    <ul>
      {items.map((item) => (
        <li key={`${item.field}:${item.start}`} class={`rl-lean--${item.leans}`}>
          {/* Where it was said, on hover: "design" alone reads as the discipline, "…owning solutions design…" does not. */}
          <q title={item.context ? `In the posting: ${item.context}` : undefined} class={item.context ? 'rl-has-context' : undefined}>
            {item.phrase}
          </q>
          <span class="rl-muted">
            {' '}
            {item.dimension.replace(/-/g, ' ')} → {item.leans === 'shared' ? 'shared by both' : LABEL_NAMES[item.leans]}
            {item.field === 'title' ? ' (title)' : ''}
            {item.companyText ? ' (company text)' : item.postingFormat ? ' (posting format)' : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The same phrase repeated in a posting is one reason, shown once. */
function dedupe(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const item of evidence) {
    const key = `${item.phrase.toLowerCase()}|${item.leans}`;
    const kept = seen.get(key);
    if (!kept || Math.abs(item.weight) > Math.abs(kept.weight)) seen.set(key, item);
  }
  return [...seen.values()];
}
