/**
 * Whether an event is the user's own: a click or key press the browser dispatched, not one a page
 * script made (`isTrusted` is false for `element.click()` and `dispatchEvent`). Only the user's own
 * actions may change what RoleLens stores.
 */
export function isUserAction(event: Event): boolean {
  return event.isTrusted;
}
