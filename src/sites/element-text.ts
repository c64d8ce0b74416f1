import { stripInvisibleCharacters } from './strip-invisible-characters';

/**
 * Element → plain text without `innerText` (jsdom has no layout): one linear walk over the nodes.
 * Blocks become line breaks, `li` becomes a "- " line, paragraphs and headings are separated by a
 * blank line, runs of whitespace collapse to one space. Text is always read from text nodes, so
 * markup inside a title (`<img onerror>`, `<script>`) can only ever come back as literal text.
 */

/** Elements whose content is never visible text. */
const SKIPPED = new Set([
  'script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'canvas', 'math',
  'button', 'input', 'select', 'textarea', 'option', 'img', 'video', 'audio', 'picture', 'head', 'title', 'link', 'meta',
]);

/** Elements that start and end a line. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'nav', 'ol',
  'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'center',
]);

/** Blocks followed by an empty line. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'pre', 'dl']);

/** Cells separated by a tab-like gap rather than a line. */
const CELLS = new Set(['td', 'th']);

export interface ElementTextOptions {
  /** Stop after this many characters (the result is cut at a line end where possible). */
  maxChars?: number;
  /** More element names to leave out with their content (a page's `nav`, `footer`). */
  skipNames?: ReadonlySet<string>;
}

/** Hidden by attribute: `hidden`, `aria-hidden="true"`, inline `display:none`/`visibility:hidden`. */
export function isHiddenByAttribute(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  return false;
}

function skips(element: Element): boolean {
  return SKIPPED.has(element.localName) || isHiddenByAttribute(element);
}

export function elementText(root: Node, options: ElementTextOptions = {}): string {
  return readElementText(root, options).text;
}

/** elementText, plus whether maxChars cut it. */
export function readElementText(root: Node, options: ElementTextOptions = {}): { text: string; truncated: boolean } {
  const maxChars = options.maxChars ?? Number.POSITIVE_INFINITY;
  const skipNames = options.skipNames;
  const lines: string[] = [];
  let line = '';
  let total = 0;
  /** Blank lines owed before the next text (0 = none, 1 = line break, 2 = paragraph break). */
  let pendingBreak = 0;

  const flush = (breakLevel: number): void => {
    const trimmed = line.replace(/ {2,}/g, ' ').trim();
    if (trimmed && trimmed !== '-') {
      if (lines.length > 0 && pendingBreak === 2) lines.push('');
      lines.push(trimmed);
      total += trimmed.length + 1;
      pendingBreak = 0;
    }
    line = '';
    pendingBreak = Math.max(pendingBreak, breakLevel);
  };
  const brk = (): void => {
    // A <br> on an empty line is a paragraph break (LinkedIn writes "<br><br>").
    if (line.trim() === '') pendingBreak = Math.max(pendingBreak, lines.length > 0 ? 2 : 0);
    else flush(1);
  };

  let node: Node | null = root.firstChild;
  // Iterative depth-first walk: no recursion, so deep pages cannot overflow the stack.
  while (node) {
    if (total >= maxChars) break;
    let descend = false;
    if (node.nodeType === 3 /* TEXT_NODE */) {
      // Hidden characters go before whitespace is collapsed: JavaScript's \s counts U+FEFF as a space.
      line += stripInvisibleCharacters((node as Text).data).replace(/\s+/g, ' ');
    } else if (node.nodeType === 1 /* ELEMENT_NODE */) {
      const element = node as Element;
      const name = element.localName;
      if (name === 'br') brk();
      else if (!skips(element) && !skipNames?.has(name)) {
        if (BLOCKS.has(name) || PARAGRAPHS.has(name)) flush(1);
        if (name === 'li') line = '- ';
        else if (CELLS.has(name) && line.trim()) line += ' | ';
        descend = element.firstChild !== null;
        if (!descend) leave(element);
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists, closing the blocks we leave.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1) leave(node as Element);
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  let truncated = node !== null;
  flush(0);

  function leave(element: Element): void {
    const name = element.localName;
    if (PARAGRAPHS.has(name)) flush(2);
    else if (BLOCKS.has(name)) flush(1);
  }

  let text = lines.join('\n');
  if (text.length > maxChars) {
    const cut = text.lastIndexOf('\n', maxChars);
    text = text.slice(0, cut > maxChars / 2 ? cut : maxChars);
    truncated = true;
  }
  return { text, truncated };
}

/** Elements whose text is never shown (a button's label is: it counts towards visibleTextChars). */
const NEVER_SHOWN = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);

/**
 * One line of text for a short field (title, company, location): its text nodes outside
 * NEVER_SHOWN elements, whitespace collapsed. Not `textContent`: Indeed's search page leaves
 * emotion's `<style>` inside the company node, whose text is then the page's CSS.
 */
export function inlineText(element: Element | null | undefined): string {
  if (!element) return '';
  let text = '';
  let node: Node | null = element.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3 /* TEXT_NODE */ || node.nodeType === 4 /* CDATA (XHTML) */) text += (node as Text).data;
    else if (node.nodeType === 1 && !NEVER_SHOWN.has((node as Element).localName)) descend = node.firstChild !== null;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== element && !node.nextSibling) node = node.parentNode;
    node = node && node !== element ? node.nextSibling : null;
  }
  return stripInvisibleCharacters(text).replace(/\s+/g, ' ').trim();
}

/**
 * How much text a node shows: its non-whitespace characters outside scripts, styles and templates.
 * A measure for comparing page regions, not text to read.
 */
export function visibleTextChars(root: Node): number {
  if (root.nodeType === 3 /* TEXT_NODE */) return countVisible((root as Text).data);
  if (root.nodeType === 1 && NEVER_SHOWN.has((root as Element).localName)) return 0;
  let chars = 0;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) chars += countVisible((node as Text).data);
    else if (node.nodeType === 1 && !NEVER_SHOWN.has((node as Element).localName)) descend = node.firstChild !== null;
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) node = node.parentNode;
    node = node && node !== root ? node.nextSibling : null;
  }
  return chars;
}

function countVisible(data: string): number {
  let chars = 0;
  for (let i = 0; i < data.length; i++) if (data.charCodeAt(i) > 32) chars++;
  return chars;
}
