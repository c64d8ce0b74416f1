/**
 * The landmarks of a page no board adapter knows (a company's careers page): where its main content
 * is and which elements are furniture around it.
 */

/** The page's main content, newest convention first; the whole body when it marks none. */
export const MAIN_CONTENT = ['main', '[role="main"]', 'article'] as const;
export const MAIN_CONTENT_SELECTOR = MAIN_CONTENT.join(', ');

/** Page furniture around the content: never part of a posting. */
export const PAGE_FURNITURE: ReadonlySet<string> = new Set(['nav', 'header', 'footer', 'aside', 'form', 'dialog']);

/** Whether an element is furniture or inside it (an ancestor walk: jsdom's closest() with a list is slow). */
export function isInFurniture(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.parentElement) if (PAGE_FURNITURE.has(at.localName)) return true;
  return false;
}

/** The main-content landmark around an element, else the body. */
export function contentRegionOf(element: Element): Element {
  return element.closest(MAIN_CONTENT_SELECTOR) ?? element.ownerDocument.body ?? element.ownerDocument.documentElement;
}
