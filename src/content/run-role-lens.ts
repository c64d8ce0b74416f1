import { h } from 'preact';
import { browser } from 'wxt/browser';
import type { PostingAnalysis, PostingInput } from '../analysis/analyze-posting';
import { isStateRequest, isTogglePanel, type JobRef, type StateAnswer } from '../protocol';
import type { ChoiceChange } from '../overlay/choice-change';
import { followPageTheme, stopFollowingPageTheme } from '../overlay/follow-page-theme';
import { ListNote } from '../overlay/ListNote';
import { mountInShadowRoot, type MountedUi } from '../overlay/mount-shadow';
import { Overlay } from '../overlay/Overlay';
import overlayCss from '../overlay/overlay.css?inline';
import type { OverlayState } from '../overlay/overlay-state';
import type { Settings } from '../settings/settings-schema';
import { readPage } from '../sites/read-page';
import type { CardRead } from '../sites/types';
import { askBackground } from './ask-background';
import { CardChips, type ListTreatment } from './card-chips';
import { ensureTreatmentStyle } from './card-treatment-style';
import type { Lifetime } from './lifetime';
import { isSamePosting, overlayStateOf, planOverlay, type PostingToShow } from './plan-overlay';
import { watchPage } from './watch-page';

const OUR_HOSTS = new Set(['rolelens-panel', 'rolelens-card-badge', 'rolelens-list-note']);

/**
 * SPAs (LinkedIn logged in, Workday) render the job after the script starts: "couldn't read this
 * page" is shown only if the page still has no readable job this long after we started.
 */
const UNRECOGNISED_GRACE_MS = 4000;

/** Quiet time after the last Hide / Details click before the choice is saved. */
const SAVE_AFTER_MS = 1000;

/**
 * The content script: read the page, plan what to show, have the background analyse the posting,
 * show it; again whenever the page changes (SPA navigation, a new detail pane, more cards). Only
 * reading and drawing happen in the tab: the role model lives in the background, loaded once per
 * browser. Every error stops at this boundary and becomes a visible "RoleLens stopped" state; the
 * board's page is never affected.
 */
export async function runRoleLens(lifetime: Lifetime): Promise<void> {
  let settings: Settings = (await askBackground('rolelens:get-settings', {})).settings;
  let state: OverlayState | null = null;
  let analysis: PostingAnalysis | null = null;
  let shown: { panel: PostingToShow; job: JobRef | null } | null = null;
  let panel: MountedUi | null = null;
  let listNote: MountedUi | null = null;
  // "Show them" on the list's note: nothing dimmed or hidden in this tab until the user undoes it.
  let revealed = false;
  // Folded or unfolded by the keyboard shortcut (undefined: the panel keeps its own state).
  let openByShortcut: boolean | undefined;
  // The board the cards are on (a card's correction is kept under it).
  let currentBoard = '';
  const chips = new CardChips(lifetime, async (cards) => {
    const board = currentBoard;
    return (await askBackground('rolelens:label-cards', { cards: cards.map((card) => ({ title: card.title, job: { board, jobId: card.jobId } })) })).labels;
  });

  // Hide or Details on the panel is the user's choice for the next posting too (LinkedIn mounts a
  // new panel for each job it opens): the background saves it as "start collapsed", once the user
  // has stopped clicking (sync storage allows an extension about two writes a minute on average).
  let saveTimer: number | undefined;
  const rememberOpen = (open: boolean, byShortcut = false) => {
    settings = { ...settings, startCollapsed: !open };
    openByShortcut = byShortcut ? open : undefined;
    if (saveTimer !== undefined) window.clearTimeout(saveTimer);
    saveTimer = lifetime.setTimeout(() => {
      saveTimer = undefined;
      askBackground('rolelens:save-panel-open', { open })
        .then((result) => {
          if (!result.saved) console.warn('[RoleLens] could not save the panel state:', result.message);
        })
        .catch((error: unknown) => console.warn('[RoleLens] could not save the panel state:', error));
    }, SAVE_AFTER_MS);
  };

  // "Not right? It is …" and the level: saved for this job by the background, then read again so
  // the band and prep follow at once.
  const choose = (change: ChoiceChange) => {
    const current = shown;
    if (!current?.job) return;
    const { job, panel: plan } = current;
    askBackground('rolelens:save-choice', { job, posting: plan.input, modelLabel: analysis?.status === 'ok' ? analysis.label : null, ...change })
      .then(async (result) => {
        if (!result.saved) {
          show(state && state.kind === 'posting' ? { ...state, note: result.message } : state, panel?.anchor ?? null);
          return;
        }
        chips.forget(job.jobId);
        analysis = (await askBackground('rolelens:analyze', { posting: plan.input, job })).analysis;
        if (lifetime.isValid()) show(overlayStateOf(plan, analysis), panel?.anchor ?? null);
      })
      .catch((error: unknown) => console.warn('[RoleLens] could not save your choice:', error));
  };

  // "Read the page's text instead", offered on a board page whose layout the adapter could not read
  // (the board shipped a new one): from then on, in this tab, such pages are read from their text,
  // so the next job opened in the same layout needs no second click. Pages the adapter reads are not.
  let textIfUnreadable = false;
  const readText = () => {
    textIfUnreadable = true;
    scheduleScan();
  };

  const removePanel = () => {
    if (!panel) return;
    stopFollowingPageTheme(panel.host, 'panel');
    panel.remove();
    panel = null;
  };

  const show = (next: OverlayState | null, anchor: Element | null) => {
    state = next;
    if (!next) {
      removePanel();
      return;
    }
    const offerText = next.kind === 'unrecognised' && !textIfUnreadable;
    const tree = h(Overlay, {
      state: next,
      settings,
      onToggle: rememberOpen,
      detailsAfterFirstPaint: true,
      ...(openByShortcut === undefined ? {} : { open: openByShortcut }),
      ...(offerText ? { onReadText: readText } : {}),
      ...(next.kind === 'posting' && shown?.job ? { onChoose: choose } : {}),
    });
    // A new detail pane replaces the anchor: move the panel with it.
    const wantedAnchor = anchor ?? document.body;
    if (panel && panel.anchor === wantedAnchor && panel.host.isConnected) {
      panel.update(tree);
      return;
    }
    removePanel();
    panel = mountInShadowRoot({ name: 'rolelens-panel', css: overlayCss, anchor, tree });
    fitToPage(panel.host, anchor);
  };

  const showListNote = (treatment: ListTreatment, cards: readonly CardRead[]) => {
    const first = cards[0]?.anchor;
    if (!first || (treatment.hidden === 0 && treatment.dimmed === 0)) {
      listNote?.remove();
      listNote = null;
      return;
    }
    const tree = h(ListNote, {
      hidden: treatment.hidden,
      dimmed: treatment.dimmed,
      revealed,
      onReveal: (next: boolean) => {
        revealed = next;
        scheduleScan();
      },
    });
    if (listNote && listNote.anchor === first && listNote.host.isConnected) {
      listNote.update(tree);
      return;
    }
    listNote?.remove();
    listNote = mountInShadowRoot({ name: 'rolelens-list-note', css: overlayCss, anchor: first, place: 'before', tree });
    fitToPage(listNote.host, null);
  };

  const startedAt = Date.now();
  let graceRescan = false;

  const scan = async () => {
    if (!lifetime.isValid()) return;
    try {
      const result = readPage(document, location.href, { textIfUnreadable });
      const plan = planOverlay(result, settings);
      if (plan.stale) return;
      const waited = Date.now() - startedAt;
      if (plan.panel?.kind === 'unrecognised' && waited < UNRECOGNISED_GRACE_MS) {
        // Look once more when the grace period ends, even if the page stays quiet.
        if (!graceRescan) {
          graceRescan = true;
          lifetime.setTimeout(scheduleScan, UNRECOGNISED_GRACE_MS - waited);
        }
        return;
      }
      currentBoard = result.adapter ?? location.hostname;
      if (plan.panel?.kind === 'posting') {
        const job = jobOf(plan.panel.board, plan.panel.input);
        if (!isSamePosting(plan.panel.input, analysis) || shown?.job?.jobId !== job?.jobId) {
          analysis = (await askBackground('rolelens:analyze', { posting: plan.panel.input, job })).analysis;
          if (!lifetime.isValid()) return;
        }
        shown = { panel: plan.panel, job };
      } else {
        shown = null;
      }
      show(plan.panel ? overlayStateOf(plan.panel, analysis) : null, plan.anchor);
      // The stylesheet only while a filter dims or hides something: its :has() rule makes the page's own DOM changes dearer.
      if (plan.cards.length > 0 && Object.values(settings.cardFilter).some((treatment) => treatment !== 'show')) ensureTreatmentStyle();
      const treatment = await chips.update(plan.cards, settings, revealed);
      showListNote(treatment, plan.cards);
    } catch (error) {
      if (!lifetime.isValid()) return;
      console.warn('[RoleLens] could not show this page:', error);
      show({ kind: 'error', message: error instanceof Error ? error.message : String(error) }, null);
    }
  };

  // One scan at a time: a scan waits for the background, and two overlapping ones would mount twice.
  let queue: Promise<void> = Promise.resolve();
  let queued = false;
  const scheduleScan = () => {
    // A burst of changes while a scan runs needs one more scan, not one each.
    if (queued) return;
    queued = true;
    queue = queue.then(() => {
      queued = false;
      return scan();
    });
  };

  // Settings changed in the popup reach this tab without a reload, repaired by the background.
  const onStorageChange = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'sync' || !('settings' in changes) || !lifetime.isValid()) return;
    askBackground('rolelens:get-settings', {})
      .then((answer) => {
        settings = answer.settings;
        scheduleScan();
      })
      .catch(() => undefined);
  };
  browser.storage.onChanged.addListener(onStorageChange);

  // The popup asks what this tab shows; the background passes on the keyboard shortcut.
  const onMessage = (message: unknown): Promise<StateAnswer> | undefined => {
    if (!lifetime.isValid()) return undefined;
    if (isTogglePanel(message)) {
      if (state?.kind === 'posting') {
        rememberOpen(!(openByShortcut ?? !settings.startCollapsed), true);
        show(state, panel?.anchor ?? null);
      }
      return undefined;
    }
    if (!isStateRequest(message)) return undefined;
    return Promise.resolve({ state });
  };
  browser.runtime.onMessage.addListener(onMessage);

  lifetime.signal.addEventListener(
    'abort',
    () => {
      browser.storage.onChanged.removeListener(onStorageChange);
      browser.runtime.onMessage.removeListener(onMessage);
      removePanel();
      listNote?.remove();
    },
    { once: true },
  );

  watchPage(lifetime, { onChange: scheduleScan, ignore: (node) => OUR_HOSTS.has(node.nodeName.toLowerCase()) });
  scheduleScan();
  await queue;
}

/**
 * The job a choice is kept for: the board and its job id; on a page off the boards (a careers
 * site read on request) with no job id, its address stands in for one.
 */
function jobOf(board: string, input: PostingInput): JobRef | null {
  if (input.jobId) return { board, jobId: input.jobId };
  return board === 'json-ld' || board === 'page-text' ? { board: location.hostname, jobId: location.pathname } : null;
}

/**
 * The panel takes the page's side: its column and its theme (follow-page-theme.ts). The column is
 * read from the anchor's computed style, which, read as the panel is mounted, made the browser
 * compute the whole page's style there and then (16 ms on Indeed's job page); a ResizeObserver
 * calls back after the frame's own layout, when styles are clean and reading them is cheap.
 */
function fitToPage(host: HTMLElement, anchor: Element | null): void {
  followPageTheme([host], 'panel');
  if (!anchor) return;
  const observer = new ResizeObserver(() => {
    observer.disconnect();
    if (host.isConnected) alignWithAnchor(host, anchor);
  });
  observer.observe(host);
}

/**
 * A board that centres its column with a max-width (Lever's `.page-centered` header) would see the
 * panel, a block placed after that header, span the whole window. The panel takes the anchor's
 * max-width and centres like it; anchors without one leave it full width. Through a custom
 * property: the host's `all: initial` reset beats any host style, but custom properties still
 * inherit into the shadow root.
 */
function alignWithAnchor(host: HTMLElement, anchor: Element): void {
  const { maxWidth } = getComputedStyle(anchor);
  if (maxWidth && maxWidth !== 'none') host.style.setProperty('--rl-column-width', maxWidth);
}
