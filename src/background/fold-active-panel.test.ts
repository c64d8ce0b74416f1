import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TOGGLE_PANEL } from '../protocol';
import { foldActiveTabPanel } from './fold-active-panel';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

test('the shortcut tells the active tab to fold or unfold its panel', async () => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 12 } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
  const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(undefined);
  await foldActiveTabPanel();
  expect(send).toHaveBeenCalledWith(12, { type: TOGGLE_PANEL });
});

test('a tab with no RoleLens in it (no answer) is no error', async () => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 3 } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
  await expect(foldActiveTabPanel()).resolves.toBeUndefined();
});
