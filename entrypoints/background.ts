import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { settingsItem } from '../src/settings/settings-item';

// Wiring only: bring stored settings up to the current version when the extension is installed
// or updated. RoleLens has no other background work and makes no network requests.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    settingsItem.migrate().catch((error: unknown) => console.warn('[RoleLens] settings migration failed', error));
  });
});
