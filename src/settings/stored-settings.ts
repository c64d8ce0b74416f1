import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings-schema';
import { settingsItem } from './settings-item';

// Reading and writing the settings: whatever storage holds comes back repaired by the schema.

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
