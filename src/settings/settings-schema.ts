import { BOARD_IDS, isBoardId, type BoardId } from '../sites/boards';
import { z } from '../zod';

/** What a search list does with a card: leave it, dim it, or hide it. */
export const CARD_TREATMENTS = ['show', 'dim', 'hide'] as const;
export type CardTreatment = (typeof CARD_TREATMENTS)[number];
const cardTreatment = z.enum(CARD_TREATMENTS).catch('show');

/** The kinds of card a list can narrow by: the four labels, and cards whose title does not lean clearly. */
export const CARD_KINDS = ['data', 'backend', 'hybrid', 'other', 'unknown'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

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
  /**
   * What a search list does with the cards of each label (from the card's title, or the user's own
   * label for that job; `unknown`: the title does not lean clearly): show them, dim them, or hide
   * them. Each label is read on its own, so one bad value resets only that label to `show`.
   */
  cardFilter: z
    .object({
      data: cardTreatment,
      backend: cardTreatment,
      hybrid: cardTreatment,
      other: cardTreatment,
      unknown: cardTreatment,
    })
    .catch({ data: 'show', backend: 'show', hybrid: 'show', other: 'show', unknown: 'show' }),
  /** Start the in-page panel collapsed to its one-line summary; the panel's Hide / Details buttons set it. */
  startCollapsed: z.boolean().catch(false),
  /**
   * Boards the user switched off, by id (boards.ts). Read entry by entry: an entry that names no
   * board is dropped and the others kept, so one bad entry never switches a board back on.
   */
  disabledBoards: z
    .array(z.unknown())
    .max(100)
    .catch([])
    .transform((ids): BoardId[] => [...new Set(ids.filter(isBoardId))].slice(0, BOARD_IDS.length)),
});

export type Settings = z.infer<typeof settingsSchema>;

/** The defaults: what an empty object parses to. */
export const DEFAULT_SETTINGS: Settings = Object.freeze(settingsSchema.parse({}));

/** What parsing stored settings gives: valid settings, and which fields had to be reset and why. */
export type ParsedSettings = { settings: Settings; reset: (keyof Settings)[]; issues: string[] };

/**
 * Parse anything (stored JSON, a watcher's raw value) into valid settings. A non-object
 * (null, a string, an array) becomes the defaults; a bad field becomes its default, and only that
 * field (a bad entry in `disabledBoards` drops only itself).
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const input = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const issues: string[] = [];
  const reset: (keyof Settings)[] = [];
  if (input !== raw && raw !== null && raw !== undefined) issues.push(`settings were ${describe(raw)}; using defaults`);
  // Every field has `.catch`, so this cannot fail; we compare to report what was repaired.
  const settings = settingsSchema.parse(input);
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const given = input[key];
    if (given !== undefined && canonical(given) !== canonical(settings[key])) {
      reset.push(key);
      issues.push(`settings.${key} was ${describe(given)}; reset to ${JSON.stringify(settings[key])}`);
    }
  }
  return { settings, reset, issues };
}

/**
 * JSON with object keys sorted: Chrome's storage hands objects back with their keys in its own
 * order, which is the same setting, not a corrupted one.
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `the string ${JSON.stringify(value.slice(0, 40))}` : `a ${typeof value}`;
}
