import type { AdapterId } from './types';

/** `host` is `domain` or one of its subdomains (never "linkedin.com.evil.example"). */
export function isHostOf(host: string, domain: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return lower === domain || lower.endsWith(`.${domain}`);
}

export type BoardId = Exclude<AdapterId, 'json-ld' | 'page-text'>;

/**
 * Each board's hosts: the one test that its adapter (`matches`) and the popup (`boardOfUrl`, which
 * must not pull every adapter into its bundle) both use.
 */
export const IS_BOARD_HOST: Readonly<Record<BoardId, (host: string) => boolean>> = {
  linkedin: (host) => isHostOf(host, 'linkedin.com'),
  indeed: (host) => isHostOf(host, 'indeed.com'),
  // New boards on job-boards.greenhouse.io, classic ones (and `?gh_jid=` embeds) on boards.greenhouse.io.
  greenhouse: (host) => /^(?:job-boards|boards)(?:\.eu)?\.greenhouse\.io$/i.test(host),
  lever: (host) => /^jobs(?:\.eu)?\.lever\.co$/i.test(host),
  ashby: (host) => isHostOf(host, 'jobs.ashbyhq.com'),
  workday: (host) => isHostOf(host, 'myworkdayjobs.com'),
  seek: (host) => ['seek.com.au', 'seek.co.nz', 'seek.com'].some((domain) => isHostOf(host, domain)),
};
