import type { Page } from 'playwright-core';
import { contrastRatio, parseRgb, relativeLuminance } from '../../src/overlay/page-theme';
import { inShadowRoot } from './closed-shadow';

/** What the RoleLens panel on a page shows, read from inside its closed shadow root. */
export async function readPanel(page: Page): Promise<{ summary: string; text: string; state: string; background: string; busy: boolean } | null> {
  return inShadowRoot(
    page,
    'rolelens-panel',
    `function () {
      const panel = this.querySelector('.rl-panel');
      return {
        summary: this.querySelector('[data-summary]')?.getAttribute('data-summary') ?? '',
        text: [...this.children].filter((child) => child.localName !== 'style').map((child) => child.textContent).join(''),
        state: this.querySelector('[data-state]')?.getAttribute('data-state') ?? '',
        background: panel ? getComputedStyle(panel).backgroundColor : '',
        busy: panel?.getAttribute('aria-busy') === 'true',
      };
    }`,
  );
}

/** What the open panel lists as the reference band(s) and as the posting's own pay. */
export interface PanelFigures {
  /** One line per band ("Data engineer L5, US big tech: US$280K – US$450K a year"); [] when there is none. */
  bands: string[];
  /** Why there is no band, when there is none. */
  noBand: string;
  /** A close call labelled "other": the runner-up's bands, under "If it is Backend:". */
  runnerUp: { label: string; bands: string[]; noBand: string } | null;
  /** One line per pay the posting states ("$170K – $220K/yr"); [] when it states none. */
  pay: string[];
}

/** The band and pay sections of the panel, as text; null without a panel (or with the panel folded: empty lists). */
export async function readPanelFigures(page: Page): Promise<PanelFigures | null> {
  return inShadowRoot<PanelFigures>(
    page,
    'rolelens-panel',
    `function () {
      const text = (element) => (element ? element.textContent : '').replace(/\\s+/g, ' ').trim();
      const section = (heading) => [...this.querySelectorAll('.rl-details section')].find((each) => text(each.querySelector('h3')) === heading);
      // A band section: [h3] [note] CompBand [p.rl-if "If it is Backend:" CompBand].
      const bandsOf = (parts) => ({
        bands: parts.flatMap((part) => [...part.querySelectorAll('.rl-bands li')].map(text)),
        noBand: text(parts.find((part) => part.matches('p.rl-muted'))),
      });
      const band = section('Reference band');
      const parts = band ? [...band.children].filter((child) => child.localName !== 'h3') : [];
      const split = parts.findIndex((part) => part.matches('p.rl-if'));
      const own = bandsOf(split < 0 ? parts : parts.slice(0, split));
      const runnerUp = split < 0 ? null : { label: text(parts[split]).replace(/^If it is /, '').replace(/:$/, ''), ...bandsOf(parts.slice(split + 1)) };
      const pay = section("The posting's pay");
      return { ...own, runnerUp, pay: pay ? [...pay.querySelectorAll('.rl-salary li > strong')].map(text) : [] };
    }`,
  );
}

/** The panel's box and the box of the block it follows, in px. */
export async function panelBox(page: Page): Promise<{ panel: DOMRect; column: DOMRect | null } | null> {
  return inShadowRoot(
    page,
    'rolelens-panel',
    `function () {
      const panel = this.querySelector('.rl-panel')?.getBoundingClientRect();
      const column = this.host.previousElementSibling?.getBoundingClientRect();
      const box = (rect) => rect && { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, width: rect.width, height: rect.height };
      return panel ? { panel: box(panel), column: box(column) ?? null } : null;
    }`,
  );
}

/** Waits until the panel's summary matches and its details are drawn (they follow the header by a frame), and returns the panel. */
export async function waitForPanel(page: Page, summary: RegExp, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last: Awaited<ReturnType<typeof readPanel>> = null;
  while (Date.now() < deadline) {
    last = await readPanel(page);
    if (last && summary.test(last.summary) && !last.busy) return last;
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
  const collect = `function (fallback) {
    const root = this;
    const backgroundOf = (element) => {
      for (let current = element; current; current = current.parentElement) {
        const colour = getComputedStyle(current).backgroundColor;
        const alpha = /rgba\\([^)]*,\\s*([\\d.]+)\\)/.exec(colour);
        if (colour !== 'transparent' && (!alpha || Number(alpha[1]) >= 0.5)) return colour;
      }
      return fallback;
    };
    const rows = [];
    for (const element of Array.from(root.querySelectorAll('*'))) {
      const own = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '')
        .map((node) => node.textContent.trim())
        .join(' ');
      if (!own || element.getClientRects().length === 0 || element.closest('script, style')) continue;
      rows.push({ text: own.slice(0, 40), colour: getComputedStyle(element).color, background: backgroundOf(element) });
    }
    return rows;
  }`;
  if (hostSelector) return (await inShadowRoot<TextColour[]>(page, hostSelector, collect, outside)) ?? [];
  return page.evaluate(`(${collect}).call(document, ${JSON.stringify(outside)})`);
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
