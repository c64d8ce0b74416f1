import { visibleTextChars } from './element-text';

/**
 * The block that holds a posting's title and, on most boards, its Apply control: the title's
 * ancestor just below the lowest ancestor it shares with the description. The panel goes after
 * this block, above the text it read, so it never pushes Apply down. Indeed, SEEK, Workday and
 * LinkedIn SDUI put Apply between the title and the description; a panel anchored on the title
 * moved Apply 241 to 693 px down on their saved pages.
 *
 * Without a description element (not rendered yet, read from JSON-LD) the title itself is the block.
 */
export function headerBlockOf(title: Element, description: Element | null | undefined): Element {
  if (!description || title.contains(description) || description.contains(title)) return title;
  let block = title;
  while (block.parentElement && !block.parentElement.contains(description)) block = block.parentElement;
  // The shared ancestor is <body> or <html>: the two are in different page regions, not one posting.
  const shared = block.parentElement;
  if (!shared || shared === title.ownerDocument.body || shared === title.ownerDocument.documentElement) return title;
  return block;
}

/** A block with more than this share of its region's text holds more than a posting's header. */
const MAX_HEADER_SHARE = 1 / 3;

/**
 * headerBlockOf for a page whose description is no one element (a careers page read as a whole):
 * the heading's largest ancestor inside `region` that holds at most a third of the region's text.
 * On the saved pages that is the board's own header block (title, location, Apply) at 1-12% of the
 * text, while the next ancestor up holds the description (53-100%). Wrappers around a single child
 * are stepped through, so the panel takes the column of the block inside (Lever's centred header),
 * not that of a wrapper spanning the window.
 */
export function headingBlockWithin(heading: Element, region: Element): Element {
  if (heading === region || !region.contains(heading)) return heading;
  const limit = visibleTextChars(region) * MAX_HEADER_SHARE;
  let block = heading;
  let chars = visibleTextChars(heading);
  while (block.parentElement && block.parentElement !== region) {
    const parent: Element = block.parentElement;
    // The parent's text is the block's plus its siblings': no subtree is counted twice.
    let parentChars = chars;
    for (let child = parent.firstChild; child && parentChars <= limit; child = child.nextSibling) {
      if (child !== block) parentChars += visibleTextChars(child);
    }
    if (parentChars > limit) break;
    block = parent;
    chars = parentChars;
  }
  while (block !== heading && isWrapper(block)) block = block.firstElementChild!;
  return block;
}

/** One element child and no text of its own (whitespace between tags aside). */
function isWrapper(element: Element): boolean {
  if (element.children.length !== 1) return false;
  for (const child of element.childNodes) if (child.nodeType === 3 && (child as Text).data.trim()) return false;
  return true;
}
