/**
 * The values a user's choice can take, without their schema: the panel (in every board tab)
 * offers them, and the content script carries no zod.
 */
export const LABELS = ['data', 'backend', 'hybrid', 'other'] as const;
export const HYBRID_KINDS = ['data-platform', 'ml-platform', 'data-services'] as const;
export const SETTABLE_LEVELS = ['L3', 'L4', 'L5', 'L6', 'L7'] as const;

export type UserLabel = { label: (typeof LABELS)[number]; hybridKind: (typeof HYBRID_KINDS)[number] | null };
export type SettableLevel = (typeof SETTABLE_LEVELS)[number];
