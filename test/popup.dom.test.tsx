import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CurrentPosting } from '../src/popup/CurrentPosting';
import { Popup } from '../src/popup/Popup';
import { loadSettings } from '../src/settings/settings-store';
import { DEFAULT_SETTINGS } from '../src/settings/settings-schema';
import type { OverlayState } from '../src/overlay/overlay-state';
import { analyzePosting } from '../src/analysis/analyze-posting';
import { FULL_STACK_POSTING } from './support/postings';

let root: HTMLElement;
beforeEach(() => {
  fakeBrowser.reset();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

/** Waits until `find` returns an element, letting Preact flush between tries (act batches renders). */
async function rendered<T>(find: () => T | null): Promise<T> {
  return vi.waitFor(async () => {
    await act(async () => {});
    const found = find();
    if (!found) throw new Error('not rendered yet');
    return found;
  });
}

const checkbox = (name: string) => root.querySelector<HTMLInputElement>(`input[name=${name}]`);

test('the form appears only once stored settings are read, and shows them', async () => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, showPrep: false, disabledBoards: ['indeed'] } });
  // Hold the storage read so the first render is the "not read yet" one.
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const realGet = fakeBrowser.storage.sync.get.bind(fakeBrowser.storage.sync);
  vi.spyOn(fakeBrowser.storage.sync, 'get').mockImplementation(async (...args) => {
    await gate;
    return realGet(...(args as Parameters<typeof realGet>));
  });

  await act(() => render(<Popup />, root));
  // Nothing to click yet: a form drawn from the defaults could save them over the stored ones.
  expect(checkbox('enabled')).toBeNull();
  expect(root.textContent).toContain('Loading settings');

  release();
  await rendered(() => checkbox('showPrep'));
  expect(checkbox('showPrep')!.checked).toBe(false);
  expect(checkbox('board-indeed')!.checked).toBe(false);
  expect(checkbox('enabled')!.checked).toBe(true);
});

test('a change is saved at once and keeps the other stored settings', async () => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, showPrep: false } });
  await act(() => render(<Popup />, root));
  await rendered(() => checkbox('enabled'));

  await act(() => checkbox('enabled')!.click());
  await vi.waitFor(async () => expect((await loadSettings()).settings.enabled).toBe(false));
  expect((await loadSettings()).settings.showPrep).toBe(false);
});

test('a change the browser refuses to save is said, and the form shows what is stored', async () => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, showPrep: false } });
  await act(() => render(<Popup />, root));
  await rendered(() => checkbox('enabled'));
  vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded'));
  await act(() => checkbox('enabled')!.click());
  const alert = await rendered(() => root.querySelector('[data-problem=save]'));
  expect(alert.textContent).toMatch(/refused to save/);
  expect(checkbox('enabled')!.checked).toBe(true);
  expect((await loadSettings()).settings.enabled).toBe(true);
});

test('settings found corrupted are reset, and the popup says which until dismissed', async () => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, showPrep: 'no', disabledBoards: ['indeed', 7] } });
  await act(() => render(<Popup />, root));
  const note = await rendered(() => root.querySelector('[data-problem=repaired]'));
  expect(note.textContent).toMatch(/Show interview prep/);
  expect(note.textContent).toMatch(/the boards switched off/);
  expect(checkbox('board-indeed')!.checked).toBe(false);
  await act(() => root.querySelector<HTMLButtonElement>('button[name=dismiss-repairs]')!.click());
  expect(root.querySelector('[data-problem=repaired]')).toBeNull();
  render(null, root);
  await act(() => render(<Popup />, root));
  await rendered(() => checkbox('enabled'));
  expect(root.querySelector('[data-problem=repaired]')).toBeNull();
});

test.each<{ name: string; settings: Partial<typeof DEFAULT_SETTINGS>; url: string; says: string | RegExp; state: string }>([
  { name: 'RoleLens off', settings: { enabled: false }, url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', says: 'RoleLens is switched off.', state: 'off' },
  { name: 'this board off', settings: { disabledBoards: ['indeed'] }, url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', says: 'RoleLens is off for Indeed.', state: 'off' },
  { name: 'another board off', settings: { disabledBoards: ['seek'] }, url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2', says: 'No job posting read in this tab.', state: 'none' },
  { name: 'not a board', settings: { disabledBoards: ['indeed'] }, url: 'https://example.com/jobs/1', says: 'No job posting read in this tab.', state: 'none' },
])('a tab that shows nothing ($name) says why', async ({ settings, url, says, state }) => {
  await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, ...settings } });
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url } as Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number]]);
  // What the content script answers when it is switched off: no state.
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ state: null });
  await act(() => render(<Popup />, root));
  const current = await rendered(() => root.querySelector(`.current[data-state=${state}]`));
  expect(current.textContent).toContain(says);
});

type Tab = Awaited<ReturnType<typeof fakeBrowser.tabs.query>>[number];
const CAREERS_TAB = { id: 9 } as Tab; // off the boards: no URL without a host permission

test('a tab with no content script offers "Read this page", which injects it there and shows the posting', async () => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([CAREERS_TAB]);
  let injected = false;
  const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => {
    injected = true;
    return [];
  });
  const posting: OverlayState = {
    kind: 'posting',
    board: 'page-text',
    layout: 'page-text',
    analysis: analyzePosting({ title: 'Senior Data Engineer', company: 'Acme', description: FULL_STACK_POSTING }),
  };
  // No content script answers until the injection; then it answers "nothing yet", then the posting.
  let asked = 0;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
    if (!injected) throw new Error('Could not establish connection. Receiving end does not exist.');
    asked++;
    return { state: asked < 2 ? null : posting };
  });
  await act(() => render(<Popup />, root));
  const button = await rendered(() => root.querySelector<HTMLButtonElement>('.current[data-state=none] button[name=read-page]'));

  await act(() => button.click());
  expect(inject).toHaveBeenCalledWith({ target: { tabId: 9 }, files: ['/content-scripts/content.js'] });
  const shown = await rendered(() => root.querySelector('.current[data-state=posting] h2'));
  expect(shown.textContent).toBe('Senior Data Engineer');
  expect(root.querySelector('button[name=read-page]')).toBeNull();
});

test.each([
  { name: 'the browser refuses', inject: (): Promise<never[]> => Promise.reject(new Error('Cannot access a chrome:// URL')), says: 'does not let extensions read this page', read: 'blocked' },
  { name: 'the page holds no posting', inject: (): Promise<never[]> => Promise.resolve([]), says: 'No job posting found on this page.', read: 'nothing' },
])('"Read this page" says so when $name', async ({ inject, says, read }) => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
  try {
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([CAREERS_TAB]);
    let injected = false;
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async () => {
      const result = await inject();
      injected = true;
      return result;
    });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(async () => {
      if (!injected) throw new Error('Receiving end does not exist.');
      return { state: null };
    });
    await act(() => render(<Popup />, root));
    const button = await rendered(() => root.querySelector<HTMLButtonElement>('button[name=read-page]'));
    await act(() => button.click());
    await vi.advanceTimersByTimeAsync(5_000);
    const status = await rendered(() => root.querySelector(`[data-read=${read}]`));
    expect(status.textContent).toContain(says);
  } finally {
    vi.useRealTimers();
  }
});

test('a board tab whose content script answers is not offered "Read this page"', async () => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://www.linkedin.com/feed/' } as Tab]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ state: null });
  await act(() => render(<Popup />, root));
  await rendered(() => root.querySelector('.current[data-state=none]'));
  expect(root.querySelector('button[name=read-page]')).toBeNull();
});

test('a board tab opened before the install (no content script yet) is offered "Read this page" too', async () => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://au.indeed.com/viewjob?jk=54f1f8af68d722d2' } as Tab]);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist.'));
  await act(() => render(<Popup />, root));
  const current = await rendered(() => root.querySelector('.current[data-state=none]'));
  expect(current.textContent).toContain('If you just installed it, reload the job page.');
  expect(current.querySelector('button[name=read-page]')).not.toBeNull();
});

test("a board page RoleLens could not read says so, and points to the panel's text reading", async () => {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url: 'https://www.linkedin.com/jobs/view/1/' } as Tab]);
  const state: OverlayState = { kind: 'unrecognised', board: 'linkedin', reason: 'LinkedIn job page with no known layout' };
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ state });
  await act(() => render(<Popup />, root));
  const current = await rendered(() => root.querySelector('.current[data-state=unrecognised]'));
  expect(current.textContent).toContain("RoleLens couldn't read this page: LinkedIn job page with no known layout");
  expect(current.textContent).toContain('The RoleLens panel on the page can read its heading and text instead.');
});

// A right-to-left override in the posting's title, company or place must not run on into the
// popup's own words: each is its own isolate (<bdi>).
test("the current posting's title, company and place are isolated from the popup's own text", async () => {
  const read = analyzePosting({ title: 'Backend Engineer', company: 'Acme', location: 'Remote', description: FULL_STACK_POSTING });
  const analysis = { ...read, title: 'Backend Engineer \u202Eexe.txt', company: '\u202EAcme', location: 'Remote\u202E' };
  await act(() => render(<CurrentPosting state={{ kind: 'posting', board: 'lever', layout: 'job-page', analysis }} settings={DEFAULT_SETTINGS} />, root));
  expect(root.querySelector('h2 > bdi')?.textContent).toBe(analysis.title);
  expect([...root.querySelectorAll('h2 + p > bdi')].map((bdi) => bdi.textContent)).toEqual([analysis.company, analysis.location]);
  expect(root.querySelector('h2 + p')?.textContent).toBe('\u202EAcme · Remote\u202E');
});
