import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, saveSettings, watchSettings } from './stored-settings';
import { DEFAULT_SETTINGS } from './settings-schema';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

test('nothing stored gives the defaults', async () => {
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
});

test.each([
  ['a string', 'corrupted'],
  ['an array', [true, false]],
  ['wrong types', { enabled: 'yes', showPrep: 7, disabledBoards: 'all' }],
])('corrupted storage (%s) is repaired, never thrown on', async (_name, stored) => {
  await fakeBrowser.storage.sync.set({ settings: stored });
  expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
});

test('a saved change round-trips and reaches watchers repaired', async () => {
  const seen: unknown[] = [];
  const unwatch = watchSettings((settings) => seen.push(settings));
  await saveSettings({ ...DEFAULT_SETTINGS, showPrep: false, disabledBoards: ['indeed'] });
  expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, showPrep: false, disabledBoards: ['indeed'] });
  await fakeBrowser.storage.sync.set({ settings: { enabled: 0 } });
  expect(seen.at(-1)).toEqual(DEFAULT_SETTINGS);
  unwatch();
});
