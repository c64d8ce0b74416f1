// HTML / markdown / plain text -> the corpus' plain text (SOURCES.md "Cleaning"):
// block elements become line breaks (a blank line between paragraphs), list items become lines
// starting with "- ", entities are unescaped, whitespace is tidied, at most one blank line in a row.
// Words are never rewritten: only markup and spacing change.
import { JSDOM } from 'jsdom';

// One inert parser for all postings: <template> content runs no scripts and loads nothing.
const { document, Node } = new JSDOM('').window;

const SKIP = new Set(['SCRIPT', 'STYLE', 'IFRAME', 'IMG', 'SVG', 'NOSCRIPT', 'HEAD', 'TITLE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'OBJECT', 'VIDEO', 'AUDIO', 'CANVAS', 'PICTURE', 'SOURCE']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'MAIN', 'NAV', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'DL', 'DT', 'DD', 'HR', 'FORM', 'FIELDSET', 'FIGURE', 'FIGCAPTION', 'ADDRESS', 'DETAILS', 'SUMMARY', 'CENTER', 'UL', 'OL', 'MENU', 'DIR']);

/** Renders a node; inside a list item, blocks break lines without blank lines between them. */
function render(node: globalThis.Node, inItem: boolean, inPre: boolean): string {
  if (node.nodeType === Node.TEXT_NODE) {
    const t = node.nodeValue ?? '';
    // HTML collapses whitespace (source line breaks are spaces), except in <pre>; &nbsp; counts as a space.
    return inPre ? t : t.replace(/[ \t\n\r\f\u00a0]+/g, ' ');
  }
  if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return '';
  const tag = node.nodeType === Node.ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '';
  if (SKIP.has(tag)) return '';
  if (tag === 'BR') return '\n';
  const kids = (item: boolean, pre: boolean) => Array.from(node.childNodes, (c) => render(c, item, pre)).join('');
  if (tag === 'LI') {
    // The "- " goes on the item's first text, not on a line of its own.
    const body = kids(true, inPre).trim().replace(/\n[ \t]*(?:\n[ \t]*)+/g, '\n');
    return body ? `\n- ${body}` : '';
  }
  // A nested list's items already start on new lines.
  if ((tag === 'UL' || tag === 'OL' || tag === 'MENU') && inItem) return `${kids(true, inPre)}\n`;
  // A list sits on lines of its own, without blank lines: consecutive lists read as one.
  if (tag === 'UL' || tag === 'OL' || tag === 'MENU') return `\n${kids(true, inPre)}\n`;
  if (tag === 'TR') return `\n${kids(inItem, inPre)}\n`;
  if (tag === 'TD' || tag === 'TH') return ` ${kids(inItem, inPre)} `;
  if (BLOCK.has(tag)) {
    const br = inItem ? '\n' : '\n\n';
    return br + kids(inItem, inPre || tag === 'PRE') + br;
  }
  return kids(inItem, inPre);
}

/** Lines trimmed, runs of spaces collapsed, at most one blank line in a row, no leading/trailing blank lines. */
export function tidyText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b\ufeff]/g, '') // zero-width spaces and stray byte-order marks
    .split('\n')
    .map((l) => l.replace(/[ \t\f\v]+/g, ' ').trim());
  return tidyLines(lines);
}

/** At most one blank line in a row, none at the start or end. */
function tidyLines(lines: string[]): string {
  const out: string[] = [];
  for (const l of lines) {
    if (l === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(l);
  }
  while (out.length && out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

/** HTML (entities unescaped by the parser) -> text. */
export function htmlToText(html: string): string {
  const t = document.createElement('template');
  t.innerHTML = html;
  return tidyText(render(t.content, false, false))
    .split('\n')
    .filter((l) => l !== '-')
    .join('\n');
}

/** Greenhouse's `content` is HTML escaped once more (&lt;p&gt;): unescape, then clean. */
export function escapedHtmlToText(escaped: string): string {
  const t = document.createElement('textarea');
  t.innerHTML = escaped;
  return htmlToText(t.value);
}

/** Markdown as the Uber careers API gives it: heading marks and bold markers dropped, the rest kept
 * (indentation too: it nests list items). */
export function markdownToText(md: string): string {
  const lines = md
    .replace(/\r\n?/g, '\n')
    .replace(/^[ \t]*#{1,6}[ \t]*/gm, '')
    .replace(/\*\*/g, '')
    .split('\n')
    .map((l) => l.trimEnd());
  return tidyLines(lines);
}

/**
 * UTF-8 that was decoded as Latin-1 somewhere upstream ("worldâ\u0080\u0099s"): re-decode each such run,
 * keeping it unchanged unless it decodes to valid UTF-8.
 */
export function fixMojibake(text: string): string {
  return text.replace(/[\u00c2-\u00f4][\u0080-\u00bf]{1,3}/g, (run) => {
    const bytes = Buffer.from(run, 'latin1');
    const s = bytes.toString('utf8');
    return s.includes('\ufffd') || Buffer.byteLength(s, 'utf8') !== bytes.length ? run : s;
  });
}

/** Character references left in plain text by a scraper (&#39;, &amp;): unescaped, nothing else touched. */
export function unescapeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);/g, (m) => {
    const t = document.createElement('textarea');
    t.innerHTML = m;
    return t.value;
  });
}

/** Turns a raw description into corpus text according to its format. */
export function toText(format: 'html' | 'markdown' | 'text', raw: string): string {
  if (format === 'html') return htmlToText(raw);
  if (format === 'markdown') return markdownToText(raw);
  return tidyText(unescapeEntities(raw));
}
