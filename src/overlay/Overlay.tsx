import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../settings/settings-schema';
import type { ChoiceChange } from './choice-change';
import { detailsOf, headline, summarize, type OverlayState } from './overlay-state';
import { PostingDetails } from './PostingDetails';
import { RoleBadge } from './RoleBadge';
import { useAfterFirstPaint } from './use-after-first-paint';
import { isUserAction } from './user-action';

/**
 * The in-page panel next to the open posting. Page text is rendered as text, never as HTML.
 * `onToggle` hears the user open or close it, so the next posting opens the same way.
 * `onReadText`, on a board page RoleLens could not read, reads the page's heading and text instead.
 */
export function Overlay({
  state,
  settings,
  onToggle,
  onReadText,
  onChoose,
  open: openFromOutside,
  detailsAfterFirstPaint = false,
}: {
  state: OverlayState;
  settings: Settings;
  onToggle?: (open: boolean) => void;
  onReadText?: () => void;
  /** The user corrected the label or set the level (the content script saves it and reads again). */
  onChoose?: (change: ChoiceChange) => void;
  /** Folded or unfolded from outside the panel (the keyboard shortcut); a new value wins over the panel's own. */
  open?: boolean;
  /** The details are drawn a frame after the header (the in-page panel, on a page already drawn). */
  detailsAfterFirstPaint?: boolean;
}) {
  const [open, setOpen] = useState(openFromOutside ?? !settings.startCollapsed);
  useEffect(() => {
    if (openFromOutside !== undefined) setOpen(openFromOutside);
  }, [openFromOutside]);
  const painted = useAfterFirstPaint(detailsAfterFirstPaint);
  const { title, ours } = headline(state);
  const details = state.kind === 'posting' && open;
  // Only the user's own click counts: the choice is saved.
  const toggle = (event: MouseEvent) => {
    if (!isUserAction(event)) return;
    setOpen(!open);
    onToggle?.(!open);
  };
  return (
    <aside class="rl-panel" data-state={state.kind} aria-label="RoleLens" aria-busy={details && !painted ? 'true' : undefined}>
      <header class="rl-header">
        <span class="rl-brand">RoleLens</span>
        {state.kind === 'posting' ? <RoleBadge analysis={state.analysis} /> : null}
        {/* data-summary: the whole reading in one line, for the demo and the tests; the text is for people. */}
        <span class="rl-summary" data-summary={summarize(state)}>
          {title === null ? null : <bdi class="rl-title">{title}</bdi>}
          {ours}
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
      {state.kind === 'unrecognised' && onReadText ? (
        <p class="rl-read-text">
          <button type="button" class="rl-toggle" name="read-text" onClick={(event) => isUserAction(event) && onReadText()}>
            Read the page's text instead
          </button>{' '}
          <span class="rl-muted rl-small">Its main heading as the title and its text as the posting, which can hold more than the posting.</span>
        </p>
      ) : null}
      {state.kind === 'error' ? <p class="rl-note">Reload the page to restart RoleLens.</p> : null}
      {details && painted ? <PostingDetails analysis={detailsOf(state)} shown={settings} onChoose={onChoose} /> : null}
    </aside>
  );
}
