import type { Label } from '../role-model/types';
import { CHIP_NAMES } from './format';

/** A small chip on a search-result card: the title's lean, marked as a guess from the title alone. */
export function CardBadge({ label }: { label: Label }) {
  return (
    <span class={`rl-chip rl-badge--${label}`} title="RoleLens: from the title only; open the posting for the full reading">
      {CHIP_NAMES[label]}?
    </span>
  );
}
