import { canvasTheme, themeBehind, type PageTheme } from './page-theme';

/**
 * Keeps each of our hosts' `data-theme` (overlay.css switches palette on it) in step with the page.
 * Boards switch dark mode live by a class or style on <html>/<body>, by a stylesheet added to
 * <head>, or by following the OS preference; any of those re-reads the theme behind every host, at
 * most once a frame. One observer serves all hosts (a search page has a badge per card).
 */
const followed = new Set<HTMLElement>();
let observer: MutationObserver | null = null;
let preference: MediaQueryList | null = null;
let frame = 0;

/** Light or dark, from what the page paints behind our host (page-theme.ts). */
function pageThemeBehind(host: HTMLElement): PageTheme {
  const root = document.documentElement;
  const declared = getComputedStyle(root).colorScheme;
  const scheme =
    declared && declared !== 'normal' ? declared : (document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '');
  const canvas = canvasTheme(scheme, window.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
  return themeBehind(host.parentElement, (element) => getComputedStyle(element).backgroundColor, canvas);
}

function applyTheme(host: HTMLElement): void {
  const theme = pageThemeBehind(host);
  if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
}

function reapplyAll(): void {
  if (frame !== 0) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    for (const host of followed) if (host.isConnected) applyTheme(host);
  });
}

function startWatching(): void {
  observer = new MutationObserver(reapplyAll);
  observer.observe(document.documentElement, { attributes: true });
  if (document.body) observer.observe(document.body, { attributes: true });
  if (document.head) observer.observe(document.head, { childList: true });
  preference = window.matchMedia?.('(prefers-color-scheme: dark)') ?? null;
  preference?.addEventListener('change', reapplyAll);
}

function stopWatching(): void {
  observer?.disconnect();
  observer = null;
  preference?.removeEventListener('change', reapplyAll);
  preference = null;
  if (frame !== 0) cancelAnimationFrame(frame);
  frame = 0;
}

/** Sets the host's theme now and follows the page from then on; returns the function that stops. */
export function followPageTheme(host: HTMLElement): () => void {
  applyTheme(host);
  followed.add(host);
  if (observer === null) startWatching();
  return () => {
    followed.delete(host);
    if (followed.size === 0) stopWatching();
  };
}
