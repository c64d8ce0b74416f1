import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadChoices } from '../choices/choices-store';
import type { JobChoice } from '../choices/job-choices';
import { dismissRepairs, loadSettings, pendingRepairs, saveSettings, watchSettings, type SaveResult } from '../settings/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings-schema';
import { CurrentPosting, type ReadRequest } from './CurrentPosting';
import { ListsForm } from './ListsForm';
import { SettingsForm, settingName } from './SettingsForm';
import { askCurrentTab, readTabOnRequest, type TabReading } from './tab-reading';
import { YoursTab } from './YoursTab';

/** Time for the tab's content script to re-read the page after a settings change. */
const REASK_AFTER_MS = 400;

const TABS = [
  ['page', 'This page'],
  ['lists', 'Lists'],
  ['settings', 'Settings'],
  ['yours', 'Your labels'],
] as const;
type TabId = (typeof TABS)[number][0];

/**
 * The toolbar popup: what the current tab shows, and everything the user sets, in tabs so that
 * the settings are one click away however long the posting's reading is (at most 600 px tall, the
 * browsers' limit for a popup).
 */
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
  const [choices, setChoices] = useState<Record<string, JobChoice>>({});
  const [shown, setShown] = useState<TabId>('page');

  const reloadChoices = () => void loadChoices().then(setChoices);

  useEffect(() => {
    // A watch event that lands first is newer than this read: keep it.
    void loadSettings().then(async (loaded) => {
      setSettings((current) => current ?? loaded.settings);
      setRepaired([...new Set([...loaded.reset, ...(await pendingRepairs())])]);
    });
    void askCurrentTab().then(setTab);
    reloadChoices();
    const onLocal = (_changes: unknown, area: string) => {
      if (area === 'local') reloadChoices();
    };
    browser.storage.onChanged.addListener(onLocal);
    const unwatch = watchSettings(setSettings);
    return () => {
      unwatch();
      browser.storage.onChanged.removeListener(onLocal);
    };
  }, []);

  const save = async (next: Settings): Promise<SaveResult> => {
    const before = settings;
    setSettings(next);
    setProblem(null);
    const result = await saveSettings(next);
    if (!result.saved) {
      // Never show a setting as changed when it was not saved.
      setSettings(before);
      setProblem(result.message);
    }
    // The tab's content script re-reads the page on a settings change: ask again once it has, so a
    // board just switched back on shows its posting here, not "RoleLens is off".
    setTimeout(() => void askCurrentTab().then(setTab), REASK_AFTER_MS);
    return result;
  };
  const change = (next: Settings) => void save(next);

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
      <header class="popup-header">
        <h1>RoleLens</h1>
        <nav role="tablist" aria-label="RoleLens">
          {TABS.map(([id, name]) => (
            <button key={id} type="button" role="tab" name={`tab-${id}`} aria-selected={shown === id} onClick={() => setShown(id)}>
              {name}
            </button>
          ))}
        </nav>
      </header>
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
      <div class="popup-body">
        <section role="tabpanel" data-tab="page" hidden={shown !== 'page'}>
          <CurrentPosting state={settings ? tab?.state : undefined} board={tab?.board ?? null} settings={settings ?? DEFAULT_SETTINGS} request={request} />
        </section>
        {settings ? (
          <>
            <section role="tabpanel" data-tab="lists" hidden={shown !== 'lists'}>
              <ListsForm settings={settings} onChange={change} />
            </section>
            <section role="tabpanel" data-tab="settings" hidden={shown !== 'settings'}>
              <SettingsForm settings={settings} onChange={change} />
            </section>
            <section role="tabpanel" data-tab="yours" hidden={shown !== 'yours'}>
              <YoursTab settings={settings} choices={choices} onSaveSettings={save} onReload={reloadChoices} />
            </section>
          </>
        ) : (
          <p class="rl-muted">Loading settings…</p>
        )}
      </div>
      <p class="rl-muted rl-small popup-footer">Runs locally: no account, no server, no network requests.</p>
    </main>
  );
}
