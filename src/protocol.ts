import type { PostingAnalysis, PostingInput } from './analysis/analyze-posting';
import type { OverlayState } from './overlay/overlay-state';
import type { Label } from './role-model/types';
import type { ChoiceWrite } from './choices/choices-store';
import type { UserLabel } from './choices/job-choices';
import type { SaveResult } from './settings/settings-store';
import type { Settings } from './settings/settings-schema';

/**
 * How RoleLens's parts talk to each other, in one module so that a sender and its receiver cannot
 * drift apart. A tab's content script only reads the page and draws; the background (loaded once
 * per browser) classifies, and reads and writes the settings, so the role model and the settings
 * schema are never loaded into a board's tab. Types only and small guards: no zod here, since the
 * content script imports this module; the background checks what it is sent (background/answer.ts).
 */

/**
 * The built content script: WXT writes entrypoints/content to this path. The popup injects it into
 * a page the user asks RoleLens to read (the manifest's matches cover the boards only).
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** A job as the boards name it: the board and the board's own id for it (a choice is kept under these). */
export type JobRef = { board: string; jobId: string };

/** What a tab's content script asks the background, and what it answers. */
export type BackgroundRequests = {
  /**
   * The posting on screen, analysed (role model, level, band, prep, pay), with the user's own
   * label and level for this job applied when they set them (`job` names it; null: no job id).
   */
  'rolelens:analyze': { ask: { posting: PostingInput; job: JobRef | null }; answer: { analysis: PostingAnalysis } };
  /**
   * Search-result cards, each labelled from its title alone (null: it does not lean clearly), or
   * by the user where they corrected that job (`corrected`).
   */
  'rolelens:label-cards': {
    ask: { cards: { title: string; job: JobRef }[] };
    answer: { labels: { label: Label | null; corrected: boolean }[] };
  };
  /**
   * The user's own label ("Not right? It is …") or level for a job, or null to undo either. The
   * posting's text comes with it, kept for the export of corrections.
   */
  'rolelens:save-choice': {
    ask: { job: JobRef; posting: PostingInput; modelLabel: Label | null; label?: UserLabel | null; level?: string | null };
    answer: ChoiceWrite;
  };
  /** The user's settings, repaired. */
  'rolelens:get-settings': { ask: Record<string, never>; answer: { settings: Settings } };
  /** The user folded or unfolded the panel: the next posting opens the same way. */
  'rolelens:save-panel-open': { ask: { open: boolean }; answer: SaveResult };
};

export type BackgroundRequestType = keyof BackgroundRequests;
export type BackgroundRequest = { [T in BackgroundRequestType]: { type: T } & BackgroundRequests[T]['ask'] }[BackgroundRequestType];
export type BackgroundAnswer<T extends BackgroundRequestType> = BackgroundRequests[T]['answer'];

/** The popup asks the current tab's content script what it shows. */
export const GET_STATE = 'rolelens:get-state';
/** The keyboard shortcut (manifest `commands`): the background tells the active tab to fold or unfold its panel. */
export const TOGGLE_PANEL = 'rolelens:toggle-panel';
/** The name of that command in the manifest. */
export const TOGGLE_PANEL_COMMAND = 'toggle-panel';

export function isTogglePanel(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === TOGGLE_PANEL;
}
export type StateAnswer = { state: OverlayState | null };

export function isStateRequest(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === GET_STATE;
}

/**
 * The content script's answer, checked at the boundary: the popup renders it only when its outer
 * shape is right (a different extension version in an old tab can answer differently).
 */
export function parseStateAnswer(raw: unknown): OverlayState | null | undefined {
  if (typeof raw !== 'object' || raw === null || !('state' in raw)) return undefined;
  const { state } = raw as { state: unknown };
  if (state === null) return null;
  const kind = typeof state === 'object' ? (state as { kind?: unknown }).kind : undefined;
  return kind === 'posting' || kind === 'unrecognised' || kind === 'error' ? (state as OverlayState) : undefined;
}
