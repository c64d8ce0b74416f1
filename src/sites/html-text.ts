import { elementText, type ElementTextOptions } from './element-text';
import { stripInvisibleCharacters } from './strip-invisible-characters';

/**
 * HTML held as a string (JSON-LD `description`) → plain text. The string is parsed by DOMParser
 * into a document of its own: such a document is inert (no script runs, no image loads, no handler
 * fires), is an HTML document whether the page is HTML or XHTML, and is never attached to the page.
 * Not `innerHTML` on a detached template: as safe, but Firefox's add-on linter flags every
 * `innerHTML` assignment of a dynamic string, and a store reviewer reads those flags.
 */
export function htmlToText(html: string, doc: Document, options: ElementTextOptions = {}): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  try {
    const parser = new (doc.defaultView?.DOMParser ?? globalThis.DOMParser)();
    const parse = (source: string): string => elementText(parser.parseFromString(source, 'text/html').body, options);
    let text = parse(html);
    // Some sites escape the HTML twice ("&lt;p&gt;"): parse once more if tags appeared.
    if (/<\/?(?:p|br|li|ul|div|strong|b|h[1-6])\b[^>]*>/i.test(text)) text = parse(text);
    return text;
  } catch {
    return stripInvisibleCharacters(decodeEntities(html.replace(/<[^>]*>/g, ' '))).replace(/\s+/g, ' ').trim();
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };

/** Entities only, tags untouched: for plain-text fields (JSON-LD `title`) that may hold "&amp;". */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (whole, name: string) => {
    const lower = name.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16), whole);
    if (lower.startsWith('#')) return safeCodePoint(Number.parseInt(lower.slice(1), 10), whole);
    return NAMED[lower] ?? whole;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}
