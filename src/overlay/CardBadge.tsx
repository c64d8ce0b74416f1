import type { Label } from '../role-model/types';
import { LABEL_NAMES } from './format';

/** A small chip on a search-result card: the title's lean, marked as a guess from the title alone. */
export function CardBadge({ label }: { label: Label }) {
  return (
    <span class={`rl-chip rl-badge--${label}`} title="RoleLens: from the title only; open the posting for the full reading">
      {label === 'other' ? 'other' : LABEL_NAMES[label]}?
    </span>
  );
}
