import { browser } from 'wxt/browser';
import { TOGGLE_PANEL } from '../protocol';

/**
 * The keyboard shortcut (manifest `commands`, TOGGLE_PANEL_COMMAND): the active tab's content
 * script folds or unfolds its panel. A tab with no RoleLens in it simply does not answer.
 */
export async function foldActiveTabPanel(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return;
  await browser.tabs.sendMessage(tab.id, { type: TOGGLE_PANEL }).catch(() => undefined);
}
