import { readElementText } from './element-text';
import { MAX_DESCRIPTION_CHARS } from './limits';
import type { PostingRead } from './types';

type DescriptionParts = Pick<PostingRead, 'description' | 'descriptionReason' | 'descriptionTruncated'>;

/**
 * The description fields of a posting from its description element(s). No element, or an empty
 * one, reads as `description: ''` with `reasonIfMissing`: a header without a body is still a
 * posting (Lever apply page, Ashby application tab, a detail pane still loading).
 */
export function readDescription(elements: Element | readonly Element[] | undefined, reasonIfMissing: string): DescriptionParts {
  const list = elements === undefined ? [] : Array.isArray(elements) ? elements : [elements as Element];
  let description = '';
  let truncated = false;
  for (const element of list) {
    const budget = MAX_DESCRIPTION_CHARS - description.length;
    if (budget <= 0) {
      truncated = true;
      break;
    }
    const part = readElementText(element, { maxChars: budget });
    if (part.text) description = description ? `${description}\n\n${part.text}` : part.text;
    truncated ||= part.truncated;
  }
  if (!description) return { description: '', descriptionReason: reasonIfMissing };
  return truncated ? { description, descriptionTruncated: true } : { description };
}

/** Trimmed text or null: for optional short fields. */
export function orNull(text: string | undefined | null): string | null {
  const trimmed = text?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** The layout of a board whose job page and search page share one reader (SEEK, Workday). */
export function searchOrJobLayout(hasPosting: boolean, cardCount: number): 'search-two-pane' | 'job-page' | 'search' {
  if (hasPosting) return cardCount > 0 ? 'search-two-pane' : 'job-page';
  return 'search';
}
