import { BOARD_ADAPTERS } from './adapters';
import type { AdapterId } from './types';

/** Which supported board a URL is on ("https://au.indeed.com/viewjob?jk=…" → indeed), or null. */
export function boardOfUrl(url: string | undefined): AdapterId | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return BOARD_ADAPTERS.find((adapter) => adapter.matches(parsed))?.id ?? null;
}
