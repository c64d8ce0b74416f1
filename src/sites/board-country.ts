import { isHostOf } from './is-host-of';

/**
 * The country of a board's country site (au.indeed.com, nz.seek.com): a posting there that writes
 * a bare "$" and names no country in its location means that country's dollars. Only dollar
 * countries are listed: "$" is the one sign that needs a place to be read. LinkedIn is not: its
 * country subdomain follows the viewer (au.linkedin.com shows US jobs too), not the job.
 */
const COUNTRY_SUBDOMAINS: Readonly<Record<string, string>> = {
  au: 'Australia',
  ca: 'Canada',
  nz: 'New Zealand',
  sg: 'Singapore',
};
const SUBDOMAIN_BOARDS = ['indeed.com', 'seek.com'];
const COUNTRY_DOMAINS: readonly (readonly [string, string])[] = [
  ['seek.com.au', 'Australia'],
  ['seek.co.nz', 'New Zealand'],
];

export function boardCountry(hostname: string): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  for (const [domain, country] of COUNTRY_DOMAINS) if (isHostOf(host, domain)) return country;
  const board = SUBDOMAIN_BOARDS.find((domain) => host.endsWith(`.${domain}`));
  if (!board) return null;
  const subdomain = host.slice(0, -board.length - 1);
  return COUNTRY_SUBDOMAINS[subdomain] ?? null;
}

/** The same for a URL as a page or the command line gives it (an invalid URL has no country). */
export function boardCountryOfUrl(url: string): string | null {
  try {
    return boardCountry(new URL(url).hostname);
  } catch {
    return null;
  }
}
