import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { answer } from '../src/background/answer';
import { foldActiveTabPanel } from '../src/background/fold-active-panel';
import { TOGGLE_PANEL_COMMAND } from '../src/protocol';
import { loadSettings } from '../src/settings/settings-store';

// Wiring only. The background is loaded once per browser (not in every tab): it answers the
// content scripts (classification, settings, the user's labels; src/background/answer.ts), passes
// the keyboard shortcut to the active tab, and on install shows the welcome page; on install or
// update it brings the stored settings up to date. It makes no network requests.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener((details) => {
    loadSettings().catch((error: unknown) => console.warn('[RoleLens] settings check failed', error));
    if (details.reason === 'install') {
      browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') }).catch(() => undefined);
    }
  });
  browser.runtime.onMessage.addListener((message: unknown) => answer(message));
  browser.commands?.onCommand.addListener((command) => {
    if (command === TOGGLE_PANEL_COMMAND) foldActiveTabPanel().catch(() => undefined);
  });
});
