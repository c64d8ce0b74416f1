import { isUserAction } from './user-action';

/**
 * Above a search list narrowed by label: what was done, and its undo in one click ("4 hidden ·
 * Show them"); once shown, the way back ("Showing all · Hide them again").
 */
export function ListNote({ hidden, dimmed, revealed, onReveal }: { hidden: number; dimmed: number; revealed: boolean; onReveal: (revealed: boolean) => void }) {
  const done = [hidden > 0 ? `${hidden} hidden` : null, dimmed > 0 ? `${dimmed} dimmed` : null].filter(Boolean).join(', ');
  return (
    <p class="rl-list-note" data-hidden={hidden} data-dimmed={dimmed} data-revealed={revealed ? '' : undefined}>
      <span class="rl-brand">RoleLens</span> {revealed ? `Showing all (${done} by your filter)` : `${done} by your filter`} ·{' '}
      <button type="button" class="rl-link" name={revealed ? 'hide-again' : 'show-them'} onClick={(event) => isUserAction(event) && onReveal(!revealed)}>
        {revealed ? 'Hide them again' : 'Show them'}
      </button>
    </p>
  );
}
