import type { PostingAnalysis, PostingInput } from '../analysis/analyze-posting';
import type { OverlayState } from '../overlay/overlay-state';
import type { Settings } from '../settings/settings-schema';
import type { CardRead, PostingRead, ReadResult } from '../sites/types';

/** The open posting to show: the background analyses `input`, the panel then shows it. */
export type PostingToShow = { kind: 'posting'; board: string; layout: string; input: PostingInput; note?: string };

/** What the panel is to show for one read of the page. */
export type PanelPlan = PostingToShow | { kind: 'unrecognised'; board: string | null; reason: string };

/** What to show for one read of the page. Pure: the content script only carries it out. */
export interface OverlayPlan {
  /** null: no panel (not a job page, a list with no open posting, or RoleLens is off for this board). */
  panel: PanelPlan | null;
  /** Where the panel goes (after this element); null: first in <body>. */
  anchor: Element | null;
  /** The detail pane is mid-switch (its job id is not the URL's yet): keep what is shown. */
  stale: boolean;
  /** Search-result cards to label (the open posting's own card is not one). */
  cards: CardRead[];
}

/** A page read from its heading and text may hold more than the posting: say so. */
export const PAGE_TEXT_NOTE = 'This page has no job data (schema.org JobPosting): RoleLens read its main heading and text.';

const NOTHING: OverlayPlan = { panel: null, anchor: null, stale: false, cards: [] };

export function planOverlay(result: ReadResult, settings: Settings): OverlayPlan {
  const board = result.adapter;
  if (!settings.enabled || (board && (settings.disabledBoards as readonly string[]).includes(board))) return NOTHING;
  if (result.kind === 'not-a-job-page') return NOTHING;

  if (result.kind === 'unrecognised') {
    if (result.fallback) {
      const note = `Read from the page's structured data: ${result.reason}`;
      return { ...NOTHING, panel: { kind: 'posting', board: 'json-ld', layout: 'structured-data', input: postingInput(result.fallback), note } };
    }
    // Only on a board we support does "couldn't read" help; elsewhere we stay silent.
    return board ? { ...NOTHING, panel: { kind: 'unrecognised', board, reason: result.reason } } : NOTHING;
  }

  const cards = settings.showOnCards ? result.cards.filter((card) => card.jobId !== result.posting?.jobId) : [];
  if (!result.posting) return { panel: null, anchor: null, stale: Boolean(result.postingReason), cards };
  const posting = result.posting;
  const note =
    posting.description === '' && posting.descriptionReason
      ? posting.descriptionReason
      : result.adapter === 'page-text'
        ? PAGE_TEXT_NOTE
        : undefined;
  return {
    panel: { kind: 'posting', board: result.adapter, layout: result.layout, input: postingInput(posting), ...(note ? { note } : {}) },
    anchor: posting.anchor,
    stale: false,
    cards,
  };
}

/** What is sent to the background: the posting as plain data (its anchor is a node of the page). */
export function postingInput(posting: PostingRead): PostingInput {
  const { anchor: _anchor, descriptionTruncated: _truncated, ...input } = posting;
  return input;
}

/** The panel's state once the background has analysed the posting (`analysis` is needed for a posting). */
export function overlayStateOf(panel: PanelPlan, analysis: PostingAnalysis | null): OverlayState {
  if (panel.kind === 'unrecognised') return panel;
  if (!analysis) return { kind: 'error', message: 'The posting could not be analysed.' };
  return { kind: 'posting', board: panel.board, layout: panel.layout, analysis, ...(panel.note ? { note: panel.note } : {}) };
}

/** The same posting read again (the page mutates constantly): its analysis can be reused. */
export function isSamePosting(input: PostingInput, analysis: PostingAnalysis | null): boolean {
  return (
    analysis !== null &&
    analysis.jobId === (input.jobId ?? null) &&
    analysis.title === input.title &&
    analysis.descriptionLength === input.description.length
  );
}
