import { HYBRID_KINDS, LABELS, SETTABLE_LEVELS } from './choice-values';
import { z } from '../zod';

/**
 * What a job seeker decided about one job: "Not right? It is …" (their label) and the level they
 * set. Kept per job (board + the board's job id), on this device only (local storage), and never
 * sent anywhere. The posting's title, company, location and text are kept with a correction, so
 * the corrections can be exported as labelled postings in the corpus format (corpus-export.ts).
 */
export { HYBRID_KINDS, LABELS, SETTABLE_LEVELS, type SettableLevel, type UserLabel } from './choice-values';

/** A description kept with a correction is cut here: enough to relabel it, and ~200 of them fit the local quota. */
export const MAX_KEPT_DESCRIPTION = 20_000;
/** At most this many jobs are remembered; a job seeker who corrects more exports and clears. */
export const MAX_CHOICES = 500;

const text = (max: number) => z.string().transform((value) => value.slice(0, max));

export const userLabelSchema = z
  .object({ label: z.enum(LABELS), hybridKind: z.enum(HYBRID_KINDS).nullable() })
  .refine((value) => (value.label === 'hybrid') === (value.hybridKind !== null), 'a hybrid label needs its kind, and only a hybrid one');

export const jobChoiceSchema = z.object({
  board: text(40),
  jobId: text(200),
  title: text(500),
  company: text(300).nullable(),
  location: text(300).nullable(),
  description: text(MAX_KEPT_DESCRIPTION),
  /** The user's label, or absent. */
  label: userLabelSchema.optional(),
  /** The level the user set, or absent. */
  level: z.enum(SETTABLE_LEVELS).optional(),
  /** What RoleLens said, when the user corrected it (kept for the export's record). */
  modelLabel: z.enum(LABELS).nullable().optional(),
  /** When the choice was last changed (ms since 1970). */
  at: z.number().int().nonnegative(),
});

export type JobChoice = z.infer<typeof jobChoiceSchema>;

/** The key a job's choice is kept under: the board and the board's own id for the job. */
export function jobKey(board: string, jobId: string): string {
  return `${board}:${jobId}`;
}

/**
 * Every stored choice, read entry by entry: an entry that does not parse is dropped, the others
 * kept (as the settings are repaired field by field).
 */
export function parseChoices(raw: unknown): { choices: Record<string, JobChoice>; dropped: number } {
  const choices: Record<string, JobChoice> = {};
  let dropped = 0;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return { choices, dropped };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = jobChoiceSchema.safeParse(value);
    if (parsed.success && key === jobKey(parsed.data.board, parsed.data.jobId) && (parsed.data.label || parsed.data.level)) choices[key] = parsed.data;
    else dropped++;
  }
  return { choices, dropped };
}
