import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { readPage } from '../src/sites/read-page';
import type { ReadResult } from '../src/sites/types';

/**
 * Read a saved page (what `npm run analyze -- <file> [--url URL]` is given) the way the content
 * script reads the live one. Node only. The URL decides the adapter, so it comes from `--url`,
 * else the page's own `link[rel=canonical]` / `og:url`. XHTML captures (SDUI) are parsed as XML,
 * because an HTML parser moves their `ul` out of `p > span`.
 */
export function readSavedPage(path: string, urlOverride?: string): { url: string; result: ReadResult } {
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`Cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const xhtml = path.toLowerCase().endsWith('.xhtml') || /^\uFEFF?\s*<\?xml/.test(source);
  const contentType = xhtml ? 'application/xhtml+xml' : 'text/html';
  if (urlOverride !== undefined && !URL.canParse(urlOverride)) throw new Error(`--url is not a valid URL: ${urlOverride}`);

  let dom: JSDOM;
  try {
    dom = new JSDOM(source, { contentType, ...(urlOverride ? { url: urlOverride } : {}) });
  } catch (error) {
    throw new Error(
      `Cannot parse ${path} as ${contentType}: ${error instanceof Error ? error.message : String(error)}` +
        (xhtml ? ' (it looks like XHTML; is it well-formed?)' : ''),
      { cause: error },
    );
  }
  const doc = dom.window.document;
  const url = urlOverride ?? pageUrl(doc);
  if (!url) {
    throw new Error(
      `${path} has no link[rel=canonical] or og:url, so its URL is unknown (fragments such as LinkedIn's ` +
        `jobs-guest API responses never have one). Pass the URL it was saved from: npm run analyze -- ${path} --url <URL>`,
    );
  }
  if (!urlOverride) dom.reconfigure({ url });
  return { url, result: readPage(doc, url) };
}

function pageUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    const trimmed = candidate?.trim();
    if (trimmed && URL.canParse(trimmed) && /^https?:/.test(trimmed)) return trimmed;
  }
  return undefined;
}
