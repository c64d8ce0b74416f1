import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION, migrateSettings } from './settings-migrations';
import { DEFAULT_SETTINGS } from './settings-schema';
import { loadSettings, pendingRepairs, saveSettings, watchSettings } from './settings-store';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

const stored = async () => (await fakeBrowser.storage.sync.get('settings')).settings;

test('nothing stored gives the defaults, and writes nothing', async () => {
  expect(await loadSettings()).toEqual({ settings: DEFAULT_SETTINGS, reset: [] });
  expect(await stored()).toBeUndefined();
});

test.each([
  ['a string', 'corrupted'],
  ['an array', [true, false]],
  ['wrong types', { enabled: 'yes', showPrep: 7, disabledBoards: 'all' }],
])('corrupted storage (%s) is repaired, never thrown on, and stays repaired', async (_name, value) => {
  await fakeBrowser.storage.sync.set({ settings: value });
  expect((await loadSettings()).settings).toEqual(DEFAULT_SETTINGS);
  expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION });
});

test('a repair is written back once and remembered for the popup to tell', async () => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, showPrep: false, enabled: 'yes' } });
  expect(await loadSettings()).toEqual({ settings: { ...DEFAULT_SETTINGS, showPrep: false }, reset: ['enabled'] });
  expect(await pendingRepairs()).toEqual(['enabled']);
  const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
  expect((await loadSettings()).reset).toEqual([]);
  expect(set).not.toHaveBeenCalled();
});

test('one bad entry in the switched-off boards drops only itself', async () => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, disabledBoards: ['indeed', 42, 'nowhere', 'lever', 'indeed'] } });
  expect((await loadSettings()).settings.disabledBoards).toEqual(['indeed', 'lever']);
});

test.each([
  ['a huge negative version', -1e7],
  ['a huge negative version (WXT marker)', -1e8],
  ['NaN', Number.NaN],
  ['a string', '2'],
  ['a huge version', 1e9],
])('a corrupted version marker (%s) is read as v1, at once', async (_name, version) => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, showPrep: false, version }, settings$: { v: version } });
  // The old migration built an array as long as the marker: -1e8 took minutes.
  expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, showPrep: false });
  expect(await stored()).toEqual({ ...DEFAULT_SETTINGS, showPrep: false, version: SETTINGS_VERSION });
  expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toBeUndefined();
});

test('settings a newer RoleLens wrote (synced from another device) are read, and never written back down', async () => {
  const newer = { ...DEFAULT_SETTINGS, showPrep: false, version: SETTINGS_VERSION + 1, aNewerSetting: 'x' };
  await fakeBrowser.storage.sync.set({ settings: newer });
  const warn = vi.spyOn(console, 'warn');
  expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, showPrep: false });
  expect(await stored()).toEqual(newer);
  expect(warn).not.toHaveBeenCalled();
  expect(migrateSettings(newer).newer).toBe(true);
});

test('a save the browser refuses comes back as a message, not a rejection', async () => {
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
  const result = await saveSettings({ ...DEFAULT_SETTINGS, showPrep: false });
  expect(result.saved).toBe(false);
  expect(result.saved ? '' : result.message).toMatch(/refused to save.*wait a minute/);
});

test('a saved change round-trips and reaches watchers repaired', async () => {
  const seen: unknown[] = [];
  const unwatch = watchSettings((settings) => seen.push(settings));
  expect(await saveSettings({ ...DEFAULT_SETTINGS, showPrep: false, disabledBoards: ['indeed'] })).toEqual({ saved: true });
  expect((await loadSettings()).settings).toEqual({ ...DEFAULT_SETTINGS, showPrep: false, disabledBoards: ['indeed'] });
  await fakeBrowser.storage.sync.set({ settings: { enabled: 0 } });
  expect(seen.at(-1)).toEqual(DEFAULT_SETTINGS);
  unwatch();
});
