import type { Label } from '../role-model/types';
import { CHIP_NAMES } from './format';

/**
 * A small chip on a search-result card: the title's lean, marked as a guess from the title alone;
 * or the user's own label for that job, marked as theirs.
 */
export function CardBadge({ label, corrected = false }: { label: Label; corrected?: boolean }) {
  return corrected ? (
    <span class={`rl-chip rl-badge--${label}`} data-user-label="" title="RoleLens: your label for this job">
      {CHIP_NAMES[label]} ✓
    </span>
  ) : (
    <span class={`rl-chip rl-badge--${label}`} title="RoleLens: from the title only; open the posting for the full reading">
      {CHIP_NAMES[label]}?
    </span>
  );
}
