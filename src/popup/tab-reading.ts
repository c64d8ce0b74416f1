import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, GET_STATE, parseStateAnswer } from '../protocol';
import type { OverlayState } from '../overlay/overlay-state';
import { boardOfUrl, type BoardId } from '../sites/boards';

/**
 * What the current tab's content script shows (null: nothing), which board the tab is on, and
 * whether a content script answered at all (no: a page off the boards, or a tab opened before
 * RoleLens was installed; the popup then offers to read it).
 */
export type TabReading = { tabId: number | null; state: OverlayState | null; board: BoardId | null; answered: boolean };

/** How long a page read on request may take to answer, and how often we ask meanwhile. */
const READ_WAIT_MS = 3000;
const READ_POLL_MS = 150;

export async function askCurrentTab(): Promise<TabReading> {
  let board: BoardId | null = null;
  let tabId: number | null = null;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // The URL is given for the boards' tabs (host permissions); it tells "off for this board" from "not a board".
    board = boardOfUrl(tab?.url);
    tabId = tab?.id ?? null;
  } catch {
    return { tabId, state: null, board, answered: false };
  }
  return tabId === null ? { tabId, state: null, board, answered: false } : askTab(tabId, board);
}

async function askTab(tabId: number, board: BoardId | null): Promise<TabReading> {
  try {
    const state = parseStateAnswer(await browser.tabs.sendMessage(tabId, { type: GET_STATE }));
    return { tabId, state: state ?? null, board, answered: true };
  } catch {
    // No content script in this tab.
    return { tabId, state: null, board, answered: false };
  }
}

export type ReadOnRequest =
  | { kind: 'read'; reading: TabReading }
  /** The content script ran and found no posting. */
  | { kind: 'nothing' }
  /** The browser would not let us in (its own pages, the web store, a PDF viewer). */
  | { kind: 'blocked'; reason: string };

/**
 * Runs the content script in a tab the user asked us to read. Chrome allows it through `activeTab`:
 * the user opened the popup on this tab, which grants the extension this one tab until it
 * navigates; no host permission is asked. Then waits for the script's first answer.
 */
export async function readTabOnRequest(tabId: number, board: BoardId | null): Promise<ReadOnRequest> {
  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
  } catch (error) {
    return { kind: 'blocked', reason: error instanceof Error ? error.message : String(error) };
  }
  const deadline = Date.now() + READ_WAIT_MS;
  for (;;) {
    const reading = await askTab(tabId, board);
    if (reading.state) return { kind: 'read', reading };
    if (Date.now() >= deadline) return { kind: 'nothing' };
    await new Promise((resolve) => setTimeout(resolve, READ_POLL_MS));
  }
}
