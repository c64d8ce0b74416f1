import { useEffect, useState } from 'preact/hooks';
import { getSettings, saveSettings, watchSettings } from '../settings/stored-settings';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-schema';
import { CurrentPosting, type ReadRequest } from './CurrentPosting';
import { SettingsForm } from './SettingsForm';
import { askCurrentTab, readTabOnRequest, type TabReading } from './tab-reading';

/** Time for the tab's content script to re-read the page after a settings change. */
const REASK_AFTER_MS = 400;

export function Popup() {
  // undefined until storage answers: a form drawn from the defaults could be clicked first and
  // would then save the defaults over the user's stored settings.
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  // undefined: still asking the tab.
  const [tab, setTab] = useState<TabReading | undefined>(undefined);
  const [readStatus, setReadStatus] = useState<ReadRequest['status']>('idle');

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

  // A tab with no content script (a careers page off the boards): read it if the user asks.
  const tabId = tab?.tabId ?? null;
  const request: ReadRequest | undefined =
    tab && !tab.answered && tabId !== null && settings?.enabled
      ? {
          status: readStatus,
          onRead: () => {
            setReadStatus('reading');
            void readTabOnRequest(tabId, tab.board).then((result) => {
              if (result.kind === 'read') setTab(result.reading);
              setReadStatus(result.kind === 'read' ? 'idle' : result.kind);
            });
          },
        }
      : undefined;

  return (
    <main class="popup">
      <h1>RoleLens</h1>
      <CurrentPosting
        state={settings ? tab?.state : undefined}
        board={tab?.board ?? null}
        settings={settings ?? DEFAULT_SETTINGS}
        request={request}
      />
      {settings ? <SettingsForm settings={settings} onChange={change} /> : <p class="rl-muted">Loading settings…</p>}
      <p class="rl-muted rl-small">Runs locally: no account, no server, no network requests.</p>
    </main>
  );
}
