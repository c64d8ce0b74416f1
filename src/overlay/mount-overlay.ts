import { render, type ComponentChild } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import overlayCss from './overlay.css?inline';
import { followPageTheme } from './follow-page-theme';

/** A Preact tree in its own shadow root, placed right after an element of the board's page. */
export interface MountedUi {
  readonly anchor: Element;
  readonly host: HTMLElement;
  update(tree: ComponentChild): void;
  remove(): void;
}

/**
 * The only file that knows WXT's UI API. The host element is inserted as a sibling after the
 * anchor (or first in <body> when there is no anchor); the board's own nodes are never changed.
 */
export async function mountInShadowRoot(
  ctx: ContentScriptContext,
  options: { name: 'rolelens-panel' | 'rolelens-card-badge'; anchor: Element | null; tree: ComponentChild },
): Promise<MountedUi> {
  const anchor = options.anchor ?? document.body;
  let wrapper: HTMLElement | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: options.name,
    css: overlayCss,
    position: 'inline',
    anchor,
    append: options.anchor ? 'after' : 'first',
    // Keys typed in our panel must not trigger the board's shortcuts.
    isolateEvents: true,
    onMount(container) {
      // Preact renders into a wrapper of ours, as WXT's React example does, and is unmounted on remove.
      wrapper = document.createElement('div');
      container.append(wrapper);
      render(options.tree, wrapper);
      return wrapper;
    },
    onRemove(mounted) {
      if (mounted) render(null, mounted);
    },
  });
  ui.mount();
  const stopFollowingTheme = followPageTheme(ui.shadowHost);
  ctx.onInvalidated(stopFollowingTheme);
  if (options.name === 'rolelens-panel' && options.anchor) alignWithAnchor(ui.shadowHost, options.anchor);
  return {
    anchor,
    host: ui.shadowHost,
    update(tree) {
      if (wrapper) render(tree, wrapper);
    },
    remove: () => {
      stopFollowingTheme();
      ui.remove();
    },
  };
}

/**
 * A board that centres its column with a max-width (Lever's `.page-centered` header) would see the
 * panel, a block placed after that header, span the whole window. The panel takes the anchor's
 * max-width and centres like it; anchors without one leave it full width. Through a custom
 * property: WXT's shadow-root reset (`all: initial !important` on :host) beats any host style,
 * but custom properties still inherit into the shadow root.
 */
function alignWithAnchor(host: HTMLElement, anchor: Element): void {
  const { maxWidth } = getComputedStyle(anchor);
  if (maxWidth && maxWidth !== 'none') host.style.setProperty('--rl-column-width', maxWidth);
}
