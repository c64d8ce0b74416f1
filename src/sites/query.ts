/**
 * Element lookups over a passed-in root. A selector argument is one selector or a newest-first
 * fallback list (docs/STYLE.md "Selectors are data"): the first selector that matches wins.
 * A layout that cannot be read without an element says so by returning `unrecognised` (json-ld.ts
 * `unrecognisedBoardPage`), so there is no throwing lookup.
 */
export type Selectors = string | readonly string[];

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
