import type { PrepItem } from '../role-model/prep';

const SHOWN = 6;

/** Interview prep, in the order this posting's evidence stresses. Links open in a new tab. */
export function PrepList({ prep }: { prep: readonly PrepItem[] }) {
  if (prep.length === 0) return <p class="rl-muted">No prep list for this role.</p>;
  return (
    <ol class="rl-prep">
      {prep.slice(0, SHOWN).map((item) => (
        <li key={item.url}>
          <a href={item.url} target="_blank" rel="noopener noreferrer">
            {item.title}
          </a>
          <span class="rl-muted"> · {item.dimension.replace(/-/g, ' ')}</span>
        </li>
      ))}
    </ol>
  );
}
