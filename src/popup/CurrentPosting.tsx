import { PostingDetails } from '../overlay/PostingDetails';
import { RoleBadge } from '../overlay/RoleBadge';
import { detailsOf, summarize, type OverlayState } from '../overlay/overlay-state';
import type { Settings } from '../settings/settings-schema';

export const SUPPORTED_BOARDS = 'LinkedIn, Indeed, Greenhouse, Lever, Ashby, Workday and SEEK';

/** The current tab's posting, as the in-page panel shows it. */
export function CurrentPosting({ state, settings }: { state: OverlayState | null | undefined; settings: Settings }) {
  if (state === undefined) return <p class="rl-muted">Reading this tab…</p>;
  if (state === null) {
    return (
      <section class="current" data-state="none">
        <p>No job posting read in this tab.</p>
        <p class="rl-muted rl-small">
          RoleLens works on job pages of {SUPPORTED_BOARDS}. If you just installed it, reload the job page.
        </p>
      </section>
    );
  }
  if (state.kind !== 'posting') {
    return (
      <section class="current" data-state={state.kind}>
        <p>{summarize(state)}</p>
      </section>
    );
  }
  const { analysis } = state;
  return (
    <section class="current" data-state="posting">
      <h2>{analysis.title || 'Untitled posting'}</h2>
      <p class="rl-muted">{[analysis.company, analysis.location].filter(Boolean).join(' · ')}</p>
      <RoleBadge analysis={analysis} />
      {state.note ? <p class="rl-note">{state.note}</p> : null}
      <PostingDetails analysis={detailsOf(state)} shown={settings} />
    </section>
  );
}
