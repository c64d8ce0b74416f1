import { storage } from 'wxt/utils/storage';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './settings-migrations';

/**
 * The one stored item, typed `unknown` because storage can hold anything (an older version, a
 * corrupted value, nothing). It has no schema and no defaults on purpose: the background imports it
 * only to run migrations and so does not bundle zod. Readers go through stored-settings.ts, which
 * repairs what is stored. WXT runs `migrations` when the version goes up; it does not validate.
 */
export const settingsItem = storage.defineItem<unknown>('sync:settings', {
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS,
});
