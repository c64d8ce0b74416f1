import { analyzePosting, type PostingAnalysis } from '../analysis/analyze-posting';
import type { Label } from '../role-model/types';
import type { Settings } from '../settings/settings-schema';
import type { CardRead, ReadResult } from '../sites/types';
import type { OverlayState } from '../overlay/overlay-state';

export interface CardPlan {
  jobId: string;
  label: Label;
  anchor: Element;
}

/** What to show for one read of the page. Pure: the content script only carries it out. */
export interface OverlayPlan {
  /** null: nothing to show (not a job page, or RoleLens is off for this board). */
  state: OverlayState | null;
  /** Where the panel goes (after this element); null: first in <body>. */
  anchor: Element | null;
  /** The detail pane is mid-switch (its job id is not the URL's yet): keep what is shown. */
  stale: boolean;
  cards: CardPlan[];
}

/** A page read from its heading and text may hold more than the posting: say so. */
export const PAGE_TEXT_NOTE = 'This page has no job data (schema.org JobPosting): RoleLens read its main heading and text.';

const NOTHING: OverlayPlan = { state: null, anchor: null, stale: false, cards: [] };

export function planOverlay(
  result: ReadResult,
  settings: Settings,
  options: {
    /** Reuse the last analysis when the posting has not changed (the page mutates constantly). */
    previous?: PostingAnalysis | null;
    cardLabel: (card: CardRead) => Label | null;
  },
): OverlayPlan {
  const board = result.adapter;
  if (!settings.enabled || (board && settings.disabledBoards.includes(board))) return NOTHING;
  if (result.kind === 'not-a-job-page') return NOTHING;

  if (result.kind === 'unrecognised') {
    if (result.fallback) {
      return {
        state: {
          kind: 'posting',
          board: 'json-ld',
          layout: 'structured-data',
          analysis: analyzeOnce(result.fallback, options.previous),
          note: `Read from the page's structured data: ${result.reason}`,
        },
        anchor: null,
        stale: false,
        cards: [],
      };
    }
    // Only on a board we support does "couldn't read" help; elsewhere we stay silent.
    return board ? { ...NOTHING, state: { kind: 'unrecognised', board, reason: result.reason } } : NOTHING;
  }

  const cards: CardPlan[] = [];
  if (settings.showOnCards) {
    for (const card of result.cards) {
      if (card.jobId === result.posting?.jobId) continue;
      const label = options.cardLabel(card);
      if (label) cards.push({ jobId: card.jobId, label, anchor: card.anchor });
    }
  }
  if (!result.posting) {
    return { state: null, anchor: null, stale: Boolean(result.postingReason), cards };
  }
  const posting = result.posting;
  return {
    state: {
      kind: 'posting',
      board: result.adapter,
      layout: result.layout,
      analysis: analyzeOnce(posting, options.previous),
      ...(posting.description === '' && posting.descriptionReason
        ? { note: posting.descriptionReason }
        : result.adapter === 'page-text'
          ? { note: PAGE_TEXT_NOTE }
          : {}),
    },
    anchor: posting.anchor,
    stale: false,
    cards,
  };
}

function analyzeOnce(
  posting: Parameters<typeof analyzePosting>[0],
  previous: PostingAnalysis | null | undefined,
): PostingAnalysis {
  if (
    previous &&
    previous.jobId === (posting.jobId ?? null) &&
    previous.title === posting.title &&
    previous.descriptionLength === posting.description.length
  ) {
    return previous;
  }
  return analyzePosting(posting);
}
