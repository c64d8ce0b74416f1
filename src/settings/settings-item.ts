import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';

/** The one stored item. WXT runs `migrations` when the version goes up; it does not validate. */
export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});

let warned = false;
function repair(raw: unknown): Settings {
  const { settings, issues } = parseSettings(raw);
  if (issues.length > 0 && !warned) {
    warned = true;
    console.warn('[RoleLens] repaired stored settings:', issues.join('; '));
  }
  return settings;
}

/** Always valid settings, whatever is in storage (including nothing, or a broken storage API). */
export async function getSettings(): Promise<Settings> {
  try {
    return repair(await settingsItem.getValue());
  } catch {
    return { ...DEFAULT_SETTINGS };
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings).settings);
}

/** `watch` hands out raw stored values, so they go through the same repair. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => onChange(repair(raw)));
}
