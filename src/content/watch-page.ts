import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Quiet time after the last DOM change before we read the page again. */
const SETTLE_MS = 250;

/**
 * Calls `onChange` once the page settles after a change: LinkedIn and Workday swap the detail pane
 * and the URL (pushState) without a reload, and virtualised lists add and drop cards on scroll.
 * One MutationObserver, debounced, no polling; our own hosts' changes are ignored. Everything stops
 * with the content script (ctx.signal).
 */
export function watchPage(
  ctx: ContentScriptContext,
  options: { onChange: () => void; ignore: (node: Node) => boolean },
): void {
  let timer: number | undefined;
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      options.onChange();
    }, SETTLE_MS);
  };
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOurs(record, options.ignore))) schedule();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.signal.addEventListener('abort', () => observer.disconnect());
  // Back/forward between two-pane states can restore a cached DOM without mutations.
  ctx.addEventListener(window, 'popstate', schedule);
}

function isOurs(record: MutationRecord, ignore: (node: Node) => boolean): boolean {
  const nodes = [record.target, ...record.addedNodes, ...record.removedNodes];
  return nodes.every((node) => {
    for (let current: Node | null = node; current; current = current.parentNode) {
      if (ignore(current)) return true;
      // Inside a shadow root: the host is ours if the root's host is.
      if (current instanceof ShadowRoot) return ignore(current.host);
    }
    return false;
  });
}
