import { browser } from 'wxt/browser';

/**
 * How long this copy of the content script lives, and everything it must release when it ends:
 * our own small replacement for WXT's ContentScriptContext. WXT's context ends itself when it sees
 * a "content script started" event on the page's document, an event any page can send too: a page
 * could switch RoleLens off in its tab. Here a copy ends only when
 * - a newer copy of RoleLens starts in the same tab (the popup's "Read this page" injects one): the
 *   handover goes through a global of the content script's own isolated world, which the page
 *   cannot reach; or
 * - the extension was updated, reloaded or removed (`browser.runtime.id` is gone: "Extension
 *   context invalidated"), which every use checks.
 */
export interface Lifetime {
  readonly signal: AbortSignal;
  /** False once ended, or once the extension that loaded this copy is gone. */
  isValid(): boolean;
  /** Calls `handler` after `ms`, unless the lifetime has ended by then. */
  setTimeout(handler: () => void, ms: number): number;
  end(): void;
}

const HANDOVER = Symbol.for('rolelens.end-previous-copy');
type WithHandover = typeof globalThis & { [HANDOVER]?: () => void };

export function startLifetime(): Lifetime {
  const controller = new AbortController();
  const world = globalThis as WithHandover;
  world[HANDOVER]?.();
  const end = () => controller.abort();
  world[HANDOVER] = end;
  // Timers still to fire, cleared together when the lifetime ends: one listener for all of them (a
  // listener per timer stayed until the end, two more for every list the page re-rendered).
  const pending = new Set<number>();
  controller.signal.addEventListener('abort', () => {
    if (world[HANDOVER] === end) delete world[HANDOVER];
    for (const id of pending) window.clearTimeout(id);
    pending.clear();
  });
  const isValid = () => {
    if (controller.signal.aborted) return false;
    let alive = false;
    try {
      alive = Boolean(browser.runtime?.id);
    } catch {
      // Reading runtime.id of an invalidated context can throw in Firefox.
    }
    if (!alive) end();
    return alive;
  };
  return {
    signal: controller.signal,
    isValid,
    setTimeout(handler, ms) {
      const id = window.setTimeout(() => {
        pending.delete(id);
        if (isValid()) handler();
      }, ms);
      pending.add(id);
      return id;
    },
    end,
  };
}
