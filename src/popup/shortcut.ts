import { browser } from 'wxt/browser';
import { TOGGLE_PANEL_COMMAND } from '../protocol';

/** The keys that fold and unfold the panel, as the browser has them now (the user may have changed them); '' when unset. */
export async function panelShortcut(): Promise<string> {
  try {
    const commands = await browser.commands.getAll();
    return commands.find((command) => command.name === TOGGLE_PANEL_COMMAND)?.shortcut ?? '';
  } catch {
    return '';
  }
}

/** Where the browser lets the user change an extension's shortcuts. */
export function whereToChangeShortcuts(userAgent: string): string {
  return /firefox/i.test(userAgent)
    ? 'about:addons → the gear menu → Manage Extension Shortcuts'
    : 'chrome://extensions/shortcuts';
}
