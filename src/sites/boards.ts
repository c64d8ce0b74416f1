import { ashbyAdapter } from './ashby';
import { greenhouseAdapter } from './greenhouse';
import { indeedAdapter } from './indeed';
import { leverAdapter } from './lever';
import { linkedInAdapter } from './linkedin';
import { seekAdapter } from './seek';
import { workdayAdapter } from './workday';

/**
 * The job boards RoleLens reads, one line each. The manifest's host permissions and content-script
 * matches, the adapter pickAdapter chooses, the popup's board switches and the settings' board ids
 * all derive from this list, so a new board is its adapter file, a line here and a saved page
 * (test/sites.convention.dom.test.ts checks the page). The generic JSON-LD and page-text readers
 * are not boards.
 */
export const BOARDS = [linkedInAdapter, indeedAdapter, greenhouseAdapter, leverAdapter, ashbyAdapter, workdayAdapter, seekAdapter] as const;

export type BoardId = (typeof BOARDS)[number]['id'];

export const BOARD_IDS: readonly BoardId[] = BOARDS.map((board) => board.id);

/** Hosts we ask permission for: the boards only. */
export const BOARD_HOST_PERMISSIONS: readonly string[] = [...new Set(BOARDS.flatMap((board) => board.hostPermissions))];

/** Pages the content script runs on: the boards' job and search pages. */
export const CONTENT_SCRIPT_MATCHES: readonly string[] = [...new Set(BOARDS.flatMap((board) => board.contentScriptMatches))];

export function isBoardId(id: unknown): id is BoardId {
  return typeof id === 'string' && (BOARD_IDS as readonly string[]).includes(id);
}

/** Which board a URL is on ("https://au.indeed.com/viewjob?jk=…" → indeed), or null. */
export function boardOfUrl(url: string | URL | undefined): BoardId | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  return BOARDS.find((board) => board.isHost(parsed.hostname))?.id ?? null;
}
