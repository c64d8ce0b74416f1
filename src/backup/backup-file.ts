import { jobKey, jobChoiceSchema, MAX_CHOICES, type JobChoice } from '../choices/job-choices';
import { parseSettings, type Settings } from '../settings/settings-schema';
import { z } from '../zod';

/**
 * The one file a user keeps or moves RoleLens with: their settings, and their labels and levels per
 * job. JSON, UTF-8 (names in any script are kept exactly), with a format name and a version so
 * that a file from another extension, or from a newer RoleLens, is recognised as such.
 */
export const BACKUP_FORMAT = 'rolelens-backup';
export const BACKUP_VERSION = 1;
/** A backup of the most choices RoleLens keeps is about 10 MB; anything much bigger is not ours. */
export const MAX_BACKUP_CHARS = 12_000_000;

export type Backup = { settings: Settings; choices: Record<string, JobChoice> };

export function makeBackup(backup: Backup, exportedAt: Date): string {
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: exportedAt.toISOString(),
    settings: backup.settings,
    choices: Object.values(backup.choices),
  };
  return `${JSON.stringify(file, null, 1)}\n`;
}

const KNOWN_KEYS = new Set(['format', 'version', 'exportedAt', 'settings', 'choices']);

const fileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  exportedAt: z.string().optional(),
  settings: z.unknown(),
  choices: z.array(z.unknown()),
});

export type ReadBackup = { ok: true; backup: Backup } | { ok: false; message: string };

/**
 * Reads a backup file, all or nothing: any problem gives a message saying what is wrong, and the
 * caller then changes nothing. Settings must read as they are (not repaired), so that a file
 * corrupted in transit is refused rather than half applied.
 */
const fail = (message: string): ReadBackup => ({ ok: false, message });

export function readBackup(text: string): ReadBackup {
  if (text.trim() === '') return fail('The file is empty.');
  if (text.length > MAX_BACKUP_CHARS) return fail(`The file is ${(text.length / 1_000_000).toFixed(1)} MB: too big to be a RoleLens backup.`);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('The file is not valid JSON: it may be cut short, or not a RoleLens backup.');
  }
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('The file is not a RoleLens backup.');
  const format = (raw as { format?: unknown }).format;
  if (format !== BACKUP_FORMAT) {
    return fail(typeof format === 'string' ? `This is a "${format.slice(0, 60)}" file, not a RoleLens backup.` : 'This file is not a RoleLens backup (it has no RoleLens format name).');
  }
  const unknown = Object.keys(raw).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length > 0) return fail(`The file has entries RoleLens does not know (${unknown.slice(0, 5).join(', ')}): it is not one RoleLens wrote.`);
  const file = fileSchema.safeParse(raw);
  if (!file.success) return fail('The backup is incomplete: it lacks its version, settings or choices.');
  if (file.data.version > BACKUP_VERSION) return fail(`The backup was made by a newer RoleLens (format version ${file.data.version}); update RoleLens to import it.`);
  const settings = parseSettings(file.data.settings);
  if (settings.issues.length > 0 || file.data.settings === null || typeof file.data.settings !== 'object') {
    return fail(`The backup's settings are not valid (${settings.issues.slice(0, 3).join('; ') || 'not an object'}).`);
  }
  const missing = Object.keys(settings.settings).filter((key) => !(key in (file.data.settings as object)));
  if (missing.length > 0) return fail(`The backup's settings are incomplete (no ${missing.slice(0, 3).join(', ')}).`);
  if (file.data.choices.length > MAX_CHOICES) return fail(`The backup holds ${file.data.choices.length} labels and levels; RoleLens keeps at most ${MAX_CHOICES}.`);
  const choices: Record<string, JobChoice> = {};
  for (const [i, entry] of file.data.choices.entries()) {
    const choice = jobChoiceSchema.safeParse(entry);
    if (!choice.success || (!choice.data.label && !choice.data.level)) return fail(`Entry ${i + 1} of the backup's labels and levels is not valid.`);
    choices[jobKey(choice.data.board, choice.data.jobId)] = choice.data;
  }
  return { ok: true, backup: { settings: settings.settings, choices } };
}
