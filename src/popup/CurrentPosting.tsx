import { Fragment } from 'preact';
import { PostingDetails } from '../overlay/PostingDetails';
import { RoleBadge } from '../overlay/RoleBadge';
import { detailsOf, summarize, type OverlayState } from '../overlay/overlay-state';
import type { Settings } from '../settings/settings-schema';
import { BOARDS, type BoardId } from '../sites/boards';

/** "LinkedIn, Indeed, … and SEEK". */
export const SUPPORTED_BOARDS = `${BOARDS.slice(0, -1).map((board) => board.name).join(', ')} and ${BOARDS.at(-1)!.name}`;

/** Why a board's tab shows nothing: RoleLens, or RoleLens on this board, is switched off below. */
function switchedOff(settings: Settings, board: BoardId | null): string | null {
  if (!settings.enabled) return 'RoleLens is switched off. Tick “Show RoleLens on job pages” below to turn it on.';
  const name = BOARDS.find(({ id }) => id === board)?.name;
  if (board && name && settings.disabledBoards.includes(board)) return `RoleLens is off for ${name}. Tick ${name} under Boards below to turn it on.`;
  return null;
}

/** Reading a tab that has no content script, on the user's request (Popup runs it). */
export interface ReadRequest {
  status: 'idle' | 'reading' | 'nothing' | 'blocked';
  onRead: () => void;
}

const READ_STATUS: Record<ReadRequest['status'], string | null> = {
  idle: null,
  reading: 'Reading this page…',
  nothing: 'No job posting found on this page.',
  blocked: 'The browser does not let extensions read this page.',
};

/** The current tab's posting, as the in-page panel shows it. */
export function CurrentPosting({
  state,
  board = null,
  settings,
  request,
}: {
  state: OverlayState | null | undefined;
  board?: BoardId | null;
  settings: Settings;
  /** Offered when the tab has no content script: a page off the boards, or one opened before the install. */
  request?: ReadRequest | undefined;
}) {
  if (state === undefined) return <p class="rl-muted">Reading this tab…</p>;
  const off = state === null ? switchedOff(settings, board) : null;
  if (off) {
    return (
      <section class="current" data-state="off">
        <p>{off}</p>
      </section>
    );
  }
  if (state === null) {
    return (
      <section class="current" data-state="none">
        <p>No job posting read in this tab.</p>
        <p class="rl-muted rl-small">
          RoleLens works on job pages of {SUPPORTED_BOARDS}. If you just installed it, reload the job page.
        </p>
        {request ? <ReadThisPage request={request} /> : null}
      </section>
    );
  }
  if (state.kind !== 'posting') {
    return (
      <section class="current" data-state={state.kind}>
        <p>{summarize(state)}</p>
        {state.kind === 'unrecognised' ? (
          <p class="rl-muted rl-small">The RoleLens panel on the page can read its heading and text instead.</p>
        ) : null}
      </section>
    );
  }
  const { analysis } = state;
  return (
    <section class="current" data-state="posting">
      <h2>{analysis.title ? <bdi>{analysis.title}</bdi> : 'Untitled posting'}</h2>
      <p class="rl-muted">
        {[analysis.company, analysis.location]
          .filter((part): part is string => Boolean(part))
          .map((part, index) => (
            <Fragment key={index}>
              {index > 0 ? ' · ' : null}
              <bdi>{part}</bdi>
            </Fragment>
          ))}
      </p>
      <RoleBadge analysis={analysis} />
      {state.note ? <p class="rl-note">{state.note}</p> : null}
      <PostingDetails analysis={detailsOf(state)} shown={settings} />
    </section>
  );
}

/** A careers page off the boards is read only when the user asks, and only this tab. */
function ReadThisPage({ request }: { request: ReadRequest }) {
  const status = READ_STATUS[request.status];
  return (
    <div class="read-request">
      <button type="button" name="read-page" onClick={request.onRead} disabled={request.status === 'reading'}>
        Read this page
      </button>
      <p class="rl-muted rl-small">Other pages (a company’s careers site) are read only when you ask, and only this tab.</p>
      {status ? (
        <p class="rl-note" data-read={request.status}>
          {status}
        </p>
      ) : null}
    </div>
  );
}
