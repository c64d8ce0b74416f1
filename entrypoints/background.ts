import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { answer } from '../src/background/answer';
import { loadSettings } from '../src/settings/settings-store';

// Wiring only. The background is loaded once per browser (not in every tab): it answers the
// content scripts (classification, settings; src/background/answer.ts) and, when RoleLens is
// installed or updated, brings the stored settings up to date. It makes no network requests.
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    loadSettings().catch((error: unknown) => console.warn('[RoleLens] settings check failed', error));
  });
  browser.runtime.onMessage.addListener((message: unknown) => answer(message));
});
