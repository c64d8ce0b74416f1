/**
 * Stored-settings versions. v1 is the first release; add `2: (v1) => v2` here, with a test,
 * when a field is renamed or its meaning changes. The result still goes through the schema.
 */
export const SETTINGS_VERSION = 1;

export const SETTINGS_MIGRATIONS: Record<number, (old: unknown) => unknown> = {};
