import type { Lifetime } from './lifetime';

/** Quiet time after the last DOM change before we read the page again. */
const SETTLE_MS = 250;
/**
 * The longest a read waits for the page to settle. A page that changes some text every 200 ms (a
 * ticking clock, a carousel) never settles; without a ceiling the panel stayed on the previous
 * posting for as long as it ticked.
 */
const MAX_WAIT_MS = 1_000;
/** Where the browser has no Navigation API, how often the URL is compared (a string comparison). */
const URL_CHECK_MS = 500;

/**
 * Calls `onChange` when the page changes: LinkedIn and Workday swap the detail pane and the URL
 * without a reload, and virtualised lists add and drop cards on scroll. One MutationObserver,
 * debounced with a ceiling; our own hosts' changes are ignored. The URL is watched too: a board can
 * change it (`pushState`, which fires neither a mutation nor `popstate`) well after the pane it
 * belongs to was drawn, and the job id in the URL decides which posting the pane holds. Everything
 * stops with the lifetime.
 */
export function watchPage(lifetime: Lifetime, options: { onChange: () => void; ignore: (node: Node) => boolean }): void {
  let timer: number | undefined;
  let firstChangeAt = 0;
  const fire = () => {
    timer = undefined;
    firstChangeAt = 0;
    options.onChange();
  };
  const schedule = () => {
    const now = performance.now();
    if (timer !== undefined) window.clearTimeout(timer);
    if (firstChangeAt === 0) firstChangeAt = now;
    const wait = Math.max(0, Math.min(SETTLE_MS, firstChangeAt + MAX_WAIT_MS - now));
    timer = lifetime.setTimeout(fire, wait);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOurs(record, options.ignore))) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  lifetime.signal.addEventListener('abort', () => observer.disconnect(), { once: true });

  let url = location.href;
  const checkUrl = () => {
    if (location.href === url) return;
    url = location.href;
    schedule();
  };
  // Back/forward between two-pane states can restore a cached DOM without mutations.
  window.addEventListener('popstate', checkUrl, { signal: lifetime.signal });
  const navigation = (window as { navigation?: EventTarget }).navigation;
  if (navigation) {
    navigation.addEventListener('currententrychange', checkUrl, { signal: lifetime.signal });
  } else {
    const tick = () => {
      checkUrl();
      lifetime.setTimeout(tick, URL_CHECK_MS);
    };
    lifetime.setTimeout(tick, URL_CHECK_MS);
  }
}

/**
 * A change that only added or removed our own hosts (or changed text inside them) is ours. For a
 * child-list change the nodes that came and went decide, not the parent they went into (every host
 * of ours goes into a parent of the page's: counting that as the page's change read every page twice).
 */
function isOurs(record: MutationRecord, ignore: (node: Node) => boolean): boolean {
  const nodes = record.type === 'childList' ? [...record.addedNodes, ...record.removedNodes] : [record.target];
  return nodes.every((node) => {
    for (let current: Node | null = node; current; current = current.parentNode) {
      if (ignore(current)) return true;
      // Inside a shadow root: the host is ours if the root's host is.
      if (current instanceof ShadowRoot) return ignore(current.host);
    }
    return false;
  });
}
