import type { Page } from 'playwright-core';
import { contrastRatio, parseRgb, relativeLuminance } from '../../src/overlay/page-theme';

/** What the RoleLens panel on a page shows, read from inside its (open) shadow root. */
export async function readPanel(page: Page): Promise<{ summary: string; text: string; state: string } | null> {
  return page.evaluate(() => {
    const host = document.querySelector('rolelens-panel');
    const root = host?.shadowRoot;
    if (!root) return null;
    return {
      summary: root.querySelector('[data-summary]')?.getAttribute('data-summary') ?? '',
      text: root.textContent ?? '',
      state: root.querySelector('[data-state]')?.getAttribute('data-state') ?? '',
    };
  });
}

/** Waits until the panel's summary matches, and returns the panel. */
export async function waitForPanel(page: Page, summary: RegExp, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last: Awaited<ReturnType<typeof readPanel>> = null;
  while (Date.now() < deadline) {
    last = await readPanel(page);
    if (last && summary.test(last.summary)) return last;
    await page.waitForTimeout(100);
  }
  throw new Error(`RoleLens panel never matched ${summary}; last seen: ${JSON.stringify(last?.summary ?? null)}`);
}

/**
 * How far the panel moves the page's Apply control down, in px (0: not at all). One synchronous
 * step: take the panel out, measure, put it back before our watcher can react.
 */
export async function applyShiftByPanel(page: Page, applySelector: string): Promise<number | string> {
  return page.evaluate((selector) => {
    const apply = Array.from(document.querySelectorAll<HTMLElement>(selector)).find(
      (element) => /apply/i.test(element.textContent ?? '') && element.offsetParent !== null,
    );
    const host = document.querySelector('rolelens-panel');
    if (!apply || !host?.parentNode) return `missing: ${apply ? '' : 'Apply'} ${host ? '' : 'panel'}`;
    const withPanel = apply.getBoundingClientRect().top;
    const [parent, next] = [host.parentNode, host.nextSibling];
    host.remove();
    const withoutPanel = apply.getBoundingClientRect().top;
    parent.insertBefore(host, next);
    return withPanel - withoutPanel;
  }, applySelector);
}

/** A run of text RoleLens shows, its colour and the colour painted behind it. */
export interface TextColour {
  text: string;
  colour: string;
  background: string;
}

/**
 * Every visible run of text in RoleLens's UI with its computed colour and background: the panel's
 * shadow root (`hostSelector`), or the whole document (the popup). The background is the nearest
 * layer that is mostly opaque, `outside` when none is (what the page paints around our host).
 */
export async function textColours(page: Page, hostSelector: string | null, outside = 'rgb(255, 255, 255)'): Promise<TextColour[]> {
  return page.evaluate(
    ({ host, fallback }) => {
      const root: ParentNode | null | undefined = host ? document.querySelector(host)?.shadowRoot : document;
      if (!root) return [];
      const backgroundOf = (element: Element): string => {
        for (let current: Element | null = element; current; current = current.parentElement) {
          const colour = getComputedStyle(current).backgroundColor;
          const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(colour);
          if (colour !== 'transparent' && (!alpha || Number(alpha[1]) >= 0.5)) return colour;
        }
        return fallback;
      };
      const rows: { text: string; colour: string; background: string }[] = [];
      for (const element of Array.from(root.querySelectorAll('*'))) {
        const own = Array.from(element.childNodes)
          .filter((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')
          .map((node) => node.textContent!.trim())
          .join(' ');
        if (!own || element.getClientRects().length === 0 || element.closest('script, style')) continue;
        rows.push({ text: own.slice(0, 40), colour: getComputedStyle(element).color, background: backgroundOf(element) });
      }
      return rows;
    },
    { host: hostSelector, fallback: outside },
  );
}

/** What a background we paint looks like: clearly light or dark, else what is wrong with it. */
export function paintedTheme(colour: string): 'light' | 'dark' | 'not opaque' | 'neither' {
  const rgba = parseRgb(colour);
  if (!rgba || rgba.a !== 1) return 'not opaque';
  const luminance = relativeLuminance(rgba);
  return luminance > 0.9 ? 'light' : luminance < 0.05 ? 'dark' : 'neither';
}

/** The runs of text under WCAG AA contrast (4.5:1) with what is behind them. */
export function belowAaContrast(rows: readonly TextColour[]): (TextColour & { contrast: number })[] {
  return rows
    .map((row) => ({ ...row, contrast: contrastRatio(parseRgb(row.colour)!, parseRgb(row.background)!) }))
    .filter((row) => !(row.contrast >= 4.5));
}
