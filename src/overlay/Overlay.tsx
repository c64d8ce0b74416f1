import { useState } from 'preact/hooks';
import type { Settings } from '../settings/settings-schema';
import { detailsOf, headline, summarize, type OverlayState } from './overlay-state';
import { PostingDetails } from './PostingDetails';
import { RoleBadge } from './RoleBadge';

/**
 * The in-page panel next to the open posting. Page text is rendered as text, never as HTML.
 * `onToggle` hears the user open or close it, so the next posting opens the same way.
 */
export function Overlay({ state, settings, onToggle }: { state: OverlayState; settings: Settings; onToggle?: (open: boolean) => void }) {
  const [open, setOpen] = useState(!settings.startCollapsed);
  const toggle = () => {
    setOpen(!open);
    onToggle?.(!open);
  };
  return (
    <aside class="rl-panel" data-state={state.kind} aria-label="RoleLens">
      <header class="rl-header">
        <span class="rl-brand">RoleLens</span>
        {state.kind === 'posting' ? <RoleBadge analysis={state.analysis} /> : null}
        {/* data-summary: the whole reading in one line, for the demo and the tests; the text is for people. */}
        <span class="rl-summary" data-summary={summarize(state)}>
          {headline(state)}
        </span>
        {state.kind === 'posting' ? (
          <button type="button" class="rl-toggle" aria-expanded={open} onClick={toggle}>
            {open ? 'Hide' : 'Details'}
          </button>
        ) : null}
      </header>
      {state.kind === 'posting' && state.note ? <p class="rl-note">{state.note}</p> : null}
      {state.kind === 'unrecognised' ? (
        <p class="rl-note">
          The page layout may have changed. RoleLens still tried the page's structured data; nothing usable was found.
        </p>
      ) : null}
      {state.kind === 'error' ? <p class="rl-note">Reload the page to restart RoleLens.</p> : null}
      {state.kind === 'posting' && open ? <PostingDetails analysis={detailsOf(state)} shown={settings} /> : null}
    </aside>
  );
}
