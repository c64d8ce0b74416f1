import { beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clearChoices, loadChoice, loadChoices, replaceChoices, saveChoice } from './choices-store';
import { MAX_CHOICES, type JobChoice } from './job-choices';

beforeEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const choice = (jobId: string, extra: Partial<JobChoice> = {}): JobChoice => ({
  board: 'indeed',
  jobId,
  title: 'Data Engineer',
  company: 'Acme',
  location: null,
  description: 'Pipelines and warehouses.',
  label: { label: 'data', hybridKind: null },
  at: 1,
  ...extra,
});

test('a choice is kept per job, read back, and undone by saving neither label nor level', async () => {
  expect(await saveChoice(choice('a'))).toEqual({ saved: true });
  expect(await loadChoice('indeed', 'a')).toMatchObject({ label: { label: 'data' } });
  expect(await loadChoice('indeed', 'b')).toBeNull();
  expect(await saveChoice({ ...choice('a'), label: undefined })).toEqual({ saved: true });
  expect(await loadChoice('indeed', 'a')).toBeNull();
});

test('a correction for a job whose id the board later changes stays with the old id', async () => {
  await saveChoice(choice('old-id'));
  expect(Object.keys(await loadChoices())).toEqual(['indeed:old-id']);
});

test('corrupted entries are dropped one by one, the others kept', async () => {
  await saveChoice(choice('good'));
  await fakeBrowser.storage.local.set({ 'choice:indeed:bad': { label: 'nonsense' }, 'choice:indeed:worse': 'x', unrelated: 1 });
  expect(Object.keys(await loadChoices())).toEqual(['indeed:good']);
});

test('a write the browser refuses (local storage full) comes back as a message', async () => {
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
  const result = await saveChoice(choice('a'));
  expect(result.saved ? '' : result.message).toMatch(/storage for RoleLens is full.*Export/);
});

test(`at most ${MAX_CHOICES} jobs are kept: the next one says so`, async () => {
  await replaceChoices(Object.fromEntries(Array.from({ length: MAX_CHOICES }, (_, i) => [`indeed:${i}`, choice(String(i))])));
  const result = await saveChoice(choice('one-more'));
  expect(result.saved ? '' : result.message).toMatch(/at most 500/);
  // Changing one already kept is fine.
  expect(await saveChoice(choice('7', { level: 'L4' }))).toEqual({ saved: true });
});

test('replacing (an import) swaps the whole set, and a refused write changes nothing', async () => {
  await saveChoice(choice('a'));
  expect(await replaceChoices({ 'indeed:b': choice('b') })).toEqual({ saved: true });
  expect(Object.keys(await loadChoices())).toEqual(['indeed:b']);
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  expect((await replaceChoices({ 'indeed:c': choice('c') })).saved).toBe(false);
  expect(Object.keys(await loadChoices())).toEqual(['indeed:b']);
  vi.restoreAllMocks();
  expect(await clearChoices()).toEqual({ saved: true });
  expect(await loadChoices()).toEqual({});
});
