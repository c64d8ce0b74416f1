/**
 * Longest description we return. Real postings are under ~30k characters; a 1 MB description is
 * hostile or broken, and the classifier and overlay should not pay for it on every DOM change.
 */
export const MAX_DESCRIPTION_CHARS = 200_000;

/** Longer than this, a heading is not a job title (it wraps a whole banner or section); a title read is cut here. */
export const MAX_TITLE_CHARS = 200;

/** A company or a place read is cut here (read-page.ts): real ones are a few dozen characters. */
export const MAX_FIELD_CHARS = 120;
