import type { SettableLevel, UserLabel } from '../choices/choice-values';

/** What the user changed on the panel: their label for the job, or its level (null: undo it). */
export type ChoiceChange = { label: UserLabel | null } | { level: SettableLevel | null };
