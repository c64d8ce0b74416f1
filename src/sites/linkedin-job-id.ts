/** LinkedIn job ids (JOB-BOARD-DOM.md §1.1): digits, found in URLs, URNs and attributes. */

/** `/jobs/view/<id>/` and `/jobs/view/<slug>-<id>`. */
const VIEW_PATH = /\/jobs\/view\/(?:[^/?#]*-)?(\d{5,})(?:[/?#]|$)/;
/** `/jobs-guest/jobs/api/jobPosting/<id>`. */
const GUEST_API_PATH = /\/jobs-guest\/jobs\/api\/jobPosting\/(\d{5,})/;
const URN = /urn:li:(?:fs_normalized_)?jobPosting:(\d{5,})/;

export function jobIdFromHref(href: string | null | undefined): string | null {
  if (!href) return null;
  return VIEW_PATH.exec(href)?.[1] ?? GUEST_API_PATH.exec(href)?.[1] ?? URN.exec(href)?.[1] ?? null;
}

export function jobIdFromUrn(urn: string | null | undefined): string | null {
  return urn ? (URN.exec(urn)?.[1] ?? null) : null;
}

/** The job the URL says is open: `currentJobId` on two-pane pages, else the path. */
export function jobIdFromUrl(url: URL): string | null {
  const current = url.searchParams.get('currentJobId');
  if (current && /^\d+$/.test(current)) return current;
  return jobIdFromHref(url.pathname);
}

/** The trailing `<digits>` of a key such as `JobDetails_AboutTheJob_<id>` or `job-card-component-ref-<id>`. */
export function jobIdSuffix(key: string | null | undefined): string | null {
  return key ? (/(\d{5,})$/.exec(key)?.[1] ?? null) : null;
}

/** The posting the pane shows is not the one the URL names: LinkedIn is mid-navigation. */
export function stalePaneReason(urlJobId: string | null, paneJobId: string | null): string | undefined {
  if (!urlJobId || !paneJobId || urlJobId === paneJobId) return undefined;
  return `Stale detail pane: it shows job ${paneJobId} but the URL names ${urlJobId}; read again after the next DOM change`;
}
