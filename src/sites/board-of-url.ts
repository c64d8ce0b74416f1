import { IS_BOARD_HOST, type BoardId } from './host';

/** Which supported board a URL is on ("https://au.indeed.com/viewjob?jk=…" → indeed), or null. */
export function boardOfUrl(url: string | undefined): BoardId | null {
  if (!url) return null;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return null;
  }
  return (Object.keys(IS_BOARD_HOST) as BoardId[]).find((board) => IS_BOARD_HOST[board](host)) ?? null;
}
