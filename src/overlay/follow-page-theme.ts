import { canvasTheme, themeBehind, type PageTheme } from './page-theme';

/**
 * Keeps each of our hosts' `data-theme` (overlay.css switches palette on it) in step with the page.
 * Boards switch dark mode live by a class or style on <html>/<body>, by a stylesheet added to
 * <head>, or by following the OS preference; any of those re-reads the theme, at most once a frame.
 * One observer serves every host, and the theme is read once per group, not once per host: a search
 * page has a chip per card, and reading computed styles up the tree for each of 500 chips was most
 * of what a long list cost. The chips all sit in one list, so the first of them stands for all.
 */
export type ThemeGroup = 'panel' | 'chips';

const followed: Record<ThemeGroup, Set<HTMLElement>> = { panel: new Set(), chips: new Set() };
let observer: MutationObserver | null = null;
let preference: MediaQueryList | null = null;
let frame = 0;

/** Light or dark, from what the page paints behind `host` (page-theme.ts). */
function pageThemeBehind(host: HTMLElement): PageTheme {
  const root = document.documentElement;
  const declared = getComputedStyle(root).colorScheme;
  const scheme =
    declared && declared !== 'normal' ? declared : (document.querySelector('meta[name="color-scheme"]')?.getAttribute('content') ?? '');
  const canvas = canvasTheme(scheme, window.matchMedia?.('(prefers-color-scheme: dark)').matches === true);
  return themeBehind(host.parentElement, (element) => getComputedStyle(element).backgroundColor, canvas);
}

function setTheme(host: HTMLElement, theme: PageTheme): void {
  if (host.getAttribute('data-theme') !== theme) host.setAttribute('data-theme', theme);
}

/** Sets the theme of every host of a group from one reading. */
function applyGroup(group: ThemeGroup): void {
  const hosts = [...followed[group]].filter((host) => host.isConnected);
  const first = hosts[0];
  if (!first) return;
  const theme = pageThemeBehind(first);
  for (const host of hosts) setTheme(host, theme);
}

function reapplyAll(): void {
  if (frame !== 0) return;
  frame = requestAnimationFrame(() => {
    frame = 0;
    applyGroup('panel');
    applyGroup('chips');
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

/**
 * Follows the page's theme for these hosts (one group, added together). A chip takes the theme its
 * group already has, so adding 25 chips reads no style at all once the first is themed.
 */
export function followPageTheme(hosts: readonly HTMLElement[], group: ThemeGroup): void {
  const known = [...followed[group]].find((host) => host.isConnected && host.hasAttribute('data-theme'));
  const theme = known?.getAttribute('data-theme');
  for (const host of hosts) followed[group].add(host);
  if (theme === 'light' || theme === 'dark') for (const host of hosts) setTheme(host, theme);
  else if (hosts[0]) applyAfterLayout(hosts[0], group);
  if (observer === null) startWatching();
}

/**
 * The first reading of a group's theme, once the browser has laid the new host out: computed styles
 * read as a host is mounted made the browser compute the whole page's style there and then; a
 * ResizeObserver calls back after the frame's own layout, when reading them is cheap.
 */
function applyAfterLayout(host: HTMLElement, group: ThemeGroup): void {
  const once = new ResizeObserver(() => {
    once.disconnect();
    applyGroup(group);
  });
  once.observe(host);
}

/** Stops following a host (it left the page); the observer stops with the last one. */
export function stopFollowingPageTheme(host: HTMLElement, group: ThemeGroup): void {
  followed[group].delete(host);
  if (followed.panel.size === 0 && followed.chips.size === 0) stopWatching();
}
