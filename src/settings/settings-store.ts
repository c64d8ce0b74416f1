import { browser } from 'wxt/browser';
import { migrateSettings, SETTINGS_VERSION } from './settings-migrations';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';

/**
 * Where the settings live: one object under `settings` in sync storage (it follows the user's
 * browser profile), carrying its `version`. Only the popup and the background read and write it;
 * a tab's content script asks the background (protocol.ts), so the schema stays out of every tab.
 */
const AREA = 'sync';
const KEY = 'settings';
/** WXT's version marker from the first releases: no longer read, removed when we write. */
const OLD_VERSION_KEY = 'settings$';
/** What was reset when stored settings were repaired, for the popup to say (local: this device's news). */
const REPAIRS_KEY = 'settingsRepairs';

export type LoadedSettings = {
  settings: Settings;
  /** Fields that were corrupted in storage and reset to their defaults on this read (and saved so). */
  reset: (keyof Settings)[];
};

export type SaveResult = { saved: true } | { saved: false; message: string };

/**
 * The stored settings, migrated and repaired field by field. A repair is written back, so storage
 * stops being corrupted, and is remembered for the popup to tell the user; a read never throws.
 * Settings a newer RoleLens wrote (synced from another device) are read as far as we know them and
 * never written back down.
 */
export async function loadSettings(): Promise<LoadedSettings> {
  let stored: unknown;
  try {
    stored = (await browser.storage[AREA].get(KEY))[KEY];
  } catch {
    return { settings: { ...DEFAULT_SETTINGS }, reset: [] };
  }
  if (stored === undefined) return { settings: { ...DEFAULT_SETTINGS }, reset: [] };
  const migrated = migrateSettings(stored);
  const { settings, reset, issues } = parseSettings(migrated.value);
  const corrupted = issues.length > 0 || migrated.badVersion || stored === null || typeof stored !== 'object' || Array.isArray(stored);
  if (corrupted && !migrated.newer) {
    console.warn('[RoleLens] repaired stored settings:', issues.join('; ') || 'version marker');
    await writeStored(settings).catch(() => undefined);
    if (reset.length > 0) await browser.storage.local.set({ [REPAIRS_KEY]: { reset, at: Date.now() } }).catch(() => undefined);
  }
  return { settings, reset };
}

/**
 * Saves the settings. A write the browser refuses (the sync storage's write quotas, a full
 * storage) comes back as a message to show, never as an uncaught rejection.
 */
export async function saveSettings(settings: Settings): Promise<SaveResult> {
  try {
    await writeStored(parseSettings(settings).settings);
    return { saved: true };
  } catch (error) {
    return { saved: false, message: saveFailure(error) };
  }
}

async function writeStored(settings: Settings): Promise<void> {
  await browser.storage[AREA].set({ [KEY]: { ...settings, version: SETTINGS_VERSION } });
  await browser.storage[AREA].remove(OLD_VERSION_KEY).catch(() => undefined);
}

function saveFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/QUOTA|quota|MAX_WRITE_OPERATIONS/.test(text)) {
    return `The browser refused to save the settings (${text}). It limits how often an extension may save; wait a minute and try again.`;
  }
  return `The settings could not be saved: ${text}`;
}

/** Calls `onChange` with the repaired settings whenever they change in storage; returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== AREA || !(KEY in changes)) return;
    onChange(parseSettings(migrateSettings(changes[KEY]!.newValue).value).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** What the last repair reset, if the user has not yet been told. */
export async function pendingRepairs(): Promise<(keyof Settings)[]> {
  try {
    const note = (await browser.storage.local.get(REPAIRS_KEY))[REPAIRS_KEY] as { reset?: unknown } | undefined;
    return Array.isArray(note?.reset) ? (note.reset.filter((key) => typeof key === 'string' && key in DEFAULT_SETTINGS) as (keyof Settings)[]) : [];
  } catch {
    return [];
  }
}

export async function dismissRepairs(): Promise<void> {
  await browser.storage.local.remove(REPAIRS_KEY).catch(() => undefined);
}
