import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GET_STATE, parseStateResponse } from '../messaging';
import type { OverlayState } from '../overlay/overlay-state';
import { getSettings, saveSettings, watchSettings } from '../settings/stored-settings';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-schema';
import { boardOfUrl } from '../sites/board-of-url';
import type { BoardId } from '../sites/host';
import { CurrentPosting } from './CurrentPosting';
import { SettingsForm } from './SettingsForm';

/** Time for the tab's content script to re-read the page after a settings change. */
const REASK_AFTER_MS = 400;

/** What the current tab's content script shows (null: nothing), and which board the tab is on. */
type TabReading = { state: OverlayState | null; board: BoardId | null };

export function Popup() {
  // undefined until storage answers: a form drawn from the defaults could be clicked first and
  // would then save the defaults over the user's stored settings.
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  // undefined: still asking the tab.
  const [tab, setTab] = useState<TabReading | undefined>(undefined);

  useEffect(() => {
    // A watch event that lands first is newer than this read: keep it.
    void getSettings().then((stored) => setSettings((current) => current ?? stored));
    void askCurrentTab().then(setTab);
    return watchSettings(setSettings);
  }, []);

  const change = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
    // The tab's content script re-reads the page on a settings change: ask again once it has, so a
    // board just switched back on shows its posting here, not "RoleLens is off".
    setTimeout(() => void askCurrentTab().then(setTab), REASK_AFTER_MS);
  };

  return (
    <main class="popup">
      <h1>RoleLens</h1>
      <CurrentPosting state={settings ? tab?.state : undefined} board={tab?.board ?? null} settings={settings ?? DEFAULT_SETTINGS} />
      {settings ? <SettingsForm settings={settings} onChange={change} /> : <p class="rl-muted">Loading settings…</p>}
      <p class="rl-muted rl-small">Runs locally: no account, no server, no network requests.</p>
    </main>
  );
}

async function askCurrentTab(): Promise<TabReading> {
  let board: BoardId | null = null;
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    // The URL is given for the boards' tabs (host permissions); it tells "off for this board" from "not a board".
    board = boardOfUrl(tab?.url);
    if (tab?.id === undefined) return { state: null, board };
    const state = parseStateResponse(await browser.tabs.sendMessage(tab.id, { type: GET_STATE }));
    return { state: state ?? null, board };
  } catch {
    // No content script in this tab: not a supported board, or the tab predates the install.
    return { state: null, board };
  }
}
