import { z } from '../zod';

/**
 * The user's settings: one schema, one source of truth for the type and the defaults.
 * Every field has `.catch(default)`, so a corrupted field resets only itself (Dark Reader's
 * behaviour) and reading settings never throws. Unknown keys are stripped.
 */
export const settingsSchema = z.object({
  /** Master switch: off means the content script shows nothing. */
  enabled: z.boolean().catch(true),
  /** Small label badges on search-result cards, next to the open posting's panel. */
  showOnCards: z.boolean().catch(true),
  /** The reference comp band for the posting's level (US FAANG total compensation). */
  showCompBand: z.boolean().catch(true),
  /** The pay the posting itself states. */
  showSalary: z.boolean().catch(true),
  /** Interview prep links for the posting's role. */
  showPrep: z.boolean().catch(true),
  /** Start the in-page panel collapsed to its one-line summary; the panel's Hide / Details buttons set it. */
  startCollapsed: z.boolean().catch(false),
  /** Boards the user switched off, by adapter id. */
  disabledBoards: z
    .array(z.string().max(40))
    .max(20)
    .catch([])
    .transform((ids) => [...new Set(ids)]),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The defaults: what an empty object parses to. */
export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({}));

/**
 * Parse anything (stored JSON, a watcher's raw value) into valid settings. A non-object
 * (null, a string, an array) becomes the defaults; a bad field becomes its default.
 */
export function parseSettings(raw: unknown): { settings: Settings; issues: string[] } {
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  const issues: string[] = [];
  if (input !== raw && raw !== null && raw !== undefined) issues.push(`settings were ${describe(raw)}; using defaults`);
  // Every field has `.catch`, so this cannot fail; we compare to report what was repaired.
  const settings = settingsSchema.parse(input);
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const given = (input as Record<string, unknown>)[key];
    if (given !== undefined && JSON.stringify(given) !== JSON.stringify(settings[key])) {
      issues.push(`settings.${key} was ${describe(given)}; reset to ${JSON.stringify(settings[key])}`);
    }
  }
  return { settings, issues };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}
