/** `host` is `domain` or one of its subdomains (never "linkedin.com.evil.example"). */
export function isHostOf(host: string, domain: string): boolean {
  const lower = host.toLowerCase().replace(/\.$/, '');
  return lower === domain || lower.endsWith(`.${domain}`);
}
