import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GET_STATE, parseStateResponse } from '../messaging';
import type { OverlayState } from '../overlay/overlay-state';
import { getSettings, saveSettings, watchSettings } from '../settings/settings-item';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-schema';
import { CurrentPosting } from './CurrentPosting';
import { SettingsForm } from './SettingsForm';

/** undefined: still asking; null: this tab has no RoleLens (not a supported job page). */
type TabState = OverlayState | null | undefined;

export function Popup() {
  // undefined until storage answers: a form drawn from the defaults could be clicked first and
  // would then save the defaults over the user's stored settings.
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  const [tabState, setTabState] = useState<TabState>(undefined);

  useEffect(() => {
    // A watch event that lands first is newer than this read: keep it.
    void getSettings().then((stored) => setSettings((current) => current ?? stored));
    void askCurrentTab().then(setTabState);
    return watchSettings(setSettings);
  }, []);

  const change = (next: Settings) => {
    setSettings(next);
    void saveSettings(next);
  };

  return (
    <main class="popup">
      <h1>RoleLens</h1>
      <CurrentPosting state={settings ? tabState : undefined} settings={settings ?? DEFAULT_SETTINGS} />
      {settings ? <SettingsForm settings={settings} onChange={change} /> : <p class="rl-muted">Loading settings…</p>}
      <p class="rl-muted rl-small">Runs locally: no account, no server, no network requests.</p>
    </main>
  );
}

async function askCurrentTab(): Promise<OverlayState | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    if (tab?.id === undefined) return null;
    const state = parseStateResponse(await browser.tabs.sendMessage(tab.id, { type: GET_STATE }));
    return state ?? null;
  } catch {
    // No content script in this tab: not a supported board, or the tab predates the install.
    return null;
  }
}
