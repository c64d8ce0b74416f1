import { BOARDS } from './boards';
import type { SiteAdapter } from './types';

/**
 * The board adapter for a URL, or null. Hosts are matched exactly or as subdomains, never by
 * substring. Each URL matches at most one adapter (pick-adapter.test.ts checks the tables).
 * LinkedIn matches the whole site; off /jobs its read answers "not a job page" (linkedin.ts).
 */
export function pickAdapter(url: string | URL): SiteAdapter | null {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  return BOARDS.find((adapter) => adapter.matches(parsed)) ?? null;
}
