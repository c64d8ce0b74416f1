/**
 * Longest description we return. Real postings are under ~30k characters; a 1 MB description is
 * hostile or broken, and the classifier and overlay should not pay for it on every DOM change.
 */
export const MAX_DESCRIPTION_CHARS = 200_000;

/** Longer than this, a heading is not a job title (it wraps a whole banner or section). */
export const MAX_TITLE_CHARS = 200;
