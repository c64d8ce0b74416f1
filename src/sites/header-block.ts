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
