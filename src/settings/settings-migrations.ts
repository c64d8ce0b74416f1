/**
 * Stored-settings versions. The stored object carries its `version`; v1 is the first release. Add
 * `2: (v1) => v2` here, with a test, when a field is renamed or its meaning changes. The result
 * still goes through the schema.
 */
export const SETTINGS_VERSION = 1;

export const SETTINGS_MIGRATIONS: Readonly<Record<number, (old: Record<string, unknown>) => Record<string, unknown>>> = {};

export type Migrated = {
  /** The stored object brought to SETTINGS_VERSION (not yet repaired by the schema). */
  value: Record<string, unknown>;
  /** Written by a newer RoleLens (another device, synced): read what we know, never write it back down. */
  newer: boolean;
  /** The version marker was missing or not a version (repaired to 1). */
  badVersion: boolean;
};

/**
 * Brings a stored value up to SETTINGS_VERSION. The version is read defensively: anything but an
 * integer from 1 to a sane ceiling counts as v1, so a corrupted marker (`-1e7`, `"2"`, `NaN`) never
 * drives a loop; a version above ours is a newer RoleLens's and is left as it is.
 */
export function migrateSettings(stored: unknown): Migrated {
  const value = stored !== null && typeof stored === 'object' && !Array.isArray(stored) ? { ...(stored as Record<string, unknown>) } : {};
  const given = value.version;
  const isVersion = typeof given === 'number' && Number.isInteger(given) && given >= 1 && given < 1000;
  const from = isVersion ? given : 1;
  if (from > SETTINGS_VERSION) return { value, newer: true, badVersion: false };
  let current = value;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) {
    const step = SETTINGS_MIGRATIONS[version];
    if (step) current = step(current);
  }
  return { value: { ...current, version: SETTINGS_VERSION }, newer: false, badVersion: given !== undefined && !isVersion };
}
