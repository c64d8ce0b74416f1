/**
 * Element lookups over a passed-in root. A selector argument is one selector or a newest-first
 * fallback list (STYLE.md "Selectors are data"): the first selector that matches wins.
 *
 * `$` is for elements the layout cannot exist without: it throws MissingElementError, which
 * read-page turns into an `unrecognised` result. `$optional` is for everything else.
 */
export type Selectors = string | readonly string[];

export class MissingElementError extends Error {
  constructor(selectors: Selectors) {
    super(`Missing element: ${typeof selectors === 'string' ? selectors : selectors.join(' | ')}`);
    this.name = 'MissingElementError';
  }
}

function list(selectors: Selectors): readonly string[] {
  return typeof selectors === 'string' ? [selectors] : selectors;
}

export function $optional(selectors: Selectors, root: ParentNode): Element | undefined {
  for (const selector of list(selectors)) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return undefined;
}

export function $(selectors: Selectors, root: ParentNode): Element {
  const found = $optional(selectors, root);
  if (!found) throw new MissingElementError(selectors);
  return found;
}

/** All matches of the first selector in the list that matches anything. */
export function $all(selectors: Selectors, root: ParentNode): Element[] {
  for (const selector of list(selectors)) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return Array.from(found);
  }
  return [];
}

/** Content of `<meta property=…>` or `<meta name=…>`, trimmed; undefined when absent or empty. */
export function metaContent(doc: Document, key: string): string | undefined {
  const meta = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = meta?.getAttribute('content')?.trim();
  return content ? content : undefined;
}
