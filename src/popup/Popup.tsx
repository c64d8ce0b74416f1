import { useEffect, useState } from 'preact/hooks';
import { dismissRepairs, loadSettings, pendingRepairs, saveSettings, watchSettings } from '../settings/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-schema';
import { CurrentPosting, type ReadRequest } from './CurrentPosting';
import { SettingsForm, settingName } from './SettingsForm';
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
  // A save the browser refused, or settings that were found corrupted and reset: said, not hidden.
  const [problem, setProblem] = useState<string | null>(null);
  const [repaired, setRepaired] = useState<(keyof Settings)[]>([]);

  useEffect(() => {
    // A watch event that lands first is newer than this read: keep it.
    void loadSettings().then(async (loaded) => {
      setSettings((current) => current ?? loaded.settings);
      setRepaired([...new Set([...loaded.reset, ...(await pendingRepairs())])]);
    });
    void askCurrentTab().then(setTab);
    return watchSettings(setSettings);
  }, []);

  const change = (next: Settings) => {
    const before = settings;
    setSettings(next);
    setProblem(null);
    void saveSettings(next).then((result) => {
      if (result.saved) return;
      // Never show a setting as changed when it was not saved.
      setSettings(before);
      setProblem(result.message);
    });
    // The tab's content script re-reads the page on a settings change: ask again once it has, so a
    // board just switched back on shows its posting here, not "RoleLens is off".
    setTimeout(() => void askCurrentTab().then(setTab), REASK_AFTER_MS);
  };

  const dismiss = () => {
    setRepaired([]);
    void dismissRepairs();
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
      {problem ? (
        <p class="rl-note" role="alert" data-problem="save">
          {problem}
        </p>
      ) : null}
      {repaired.length > 0 ? (
        <p class="rl-note" role="status" data-problem="repaired">
          Some stored settings were unreadable and were reset to their defaults: {repaired.map(settingName).join(', ')}.{' '}
          <button type="button" class="rl-link" name="dismiss-repairs" onClick={dismiss}>
            OK
          </button>
        </p>
      ) : null}
      {settings ? <SettingsForm settings={settings} onChange={change} /> : <p class="rl-muted">Loading settings…</p>}
      <p class="rl-muted rl-small">Runs locally: no account, no server, no network requests.</p>
    </main>
  );
}
