import { elementText, type ElementTextOptions } from './element-text';

/**
 * HTML held as a string (JSON-LD `description`) → plain text. The string is parsed into a
 * `<template>` of a fresh HTML document: template content is inert (no script runs, no image
 * loads, no handler fires), and the template works the same whether the page is HTML or XHTML.
 */
export function htmlToText(html: string, doc: Document, options: ElementTextOptions = {}): string {
  if (!/[<&]/.test(html)) return html.replace(/[ \t]+/g, ' ').trim();
  try {
    const inert = doc.implementation.createHTMLDocument('');
    const template = inert.createElement('template');
    template.innerHTML = html;
    let text = elementText(template.content, options);
    // Some sites escape the HTML twice ("&lt;p&gt;"): parse once more if tags appeared.
    if (/<\/?(?:p|br|li|ul|div|strong|b|h[1-6])\b[^>]*>/i.test(text)) {
      template.innerHTML = text;
      text = elementText(template.content, options);
    }
    return text;
  } catch {
    return decodeEntities(html.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
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
