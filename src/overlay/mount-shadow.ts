import { render, type ComponentChild } from 'preact';

/** A Preact tree in its own closed shadow root, in a host element of ours placed beside the board's. */
export interface MountedUi {
  readonly anchor: Element;
  readonly host: HTMLElement;
  update(tree: ComponentChild): void;
  remove(): void;
}

/** Keys typed in our UI must not reach the board's shortcuts (LinkedIn's "/" search, say). */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/**
 * Our hosts are the only nodes we add to a board's page; the board's own nodes are never changed.
 * The shadow root is closed: the page can neither read what we show nor rewrite it, nor press our
 * buttons (a page that clicked the fold button 150 times exhausted the settings' write quota).
 * Its styles are a `<style>` of its own (the page's stylesheets do not reach in; `all: initial` on
 * the host stops inherited ones), passed as text: no web-accessible resource a page could probe.
 */
export function mountInShadowRoot(options: {
  name: 'rolelens-panel' | 'rolelens-card-badge' | 'rolelens-list-note';
  /** Where the host goes beside the anchor: after it (the default), or before it. */
  place?: 'after' | 'before';
  css: string;
  /** The host goes right beside this element; null: first in <body>. */
  anchor: Element | null;
  tree: ComponentChild;
}): MountedUi {
  const anchor = options.anchor ?? document.body;
  const host = document.createElement(options.name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = options.css;
  const wrapper = document.createElement('div');
  for (const type of ISOLATED_EVENTS) wrapper.addEventListener(type, (event) => event.stopPropagation());
  shadow.append(style, wrapper);
  render(options.tree, wrapper);
  if (!options.anchor) document.body.prepend(host);
  else if (options.place === 'before') options.anchor.before(host);
  else options.anchor.after(host);
  return {
    anchor,
    host,
    update(tree) {
      render(tree, wrapper);
    },
    remove() {
      render(null, wrapper);
      host.remove();
    },
  };
}
