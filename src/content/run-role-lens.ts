import { h } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isStateRequest } from '../protocol';
import { CardBadge } from '../overlay/CardBadge';
import { mountInShadowRoot, type MountedUi } from '../overlay/mount-overlay';
import { Overlay } from '../overlay/Overlay';
import type { OverlayState } from '../overlay/overlay-state';
import { labelFromTitle } from '../role-model/label-from-title';
import { getSettings, saveSettings, watchSettings } from '../settings/stored-settings';
import type { Settings } from '../settings/settings-schema';
import { readPage } from '../sites/read-page';
import { planOverlay, type CardPlan } from './plan-overlay';
import { watchPage } from './watch-page';

const OUR_HOSTS = new Set(['rolelens-panel', 'rolelens-card-badge']);

/**
 * SPAs (LinkedIn logged in, Workday) render the job after the script starts: "couldn't read this
 * page" is shown only if the page still has no readable job this long after we started.
 */
const UNRECOGNISED_GRACE_MS = 4000;

/**
 * The content script: read the page, plan what to show, show it; again whenever the page changes
 * (SPA navigation, a new detail pane, more cards). Every error stops at this boundary and becomes
 * a visible "RoleLens stopped" state; the board's page is never affected.
 */
export async function runRoleLens(ctx: ContentScriptContext): Promise<void> {
  let settings: Settings = await getSettings();
  let state: OverlayState | null = null;
  let panel: MountedUi | null = null;
  const badges = new Map<string, MountedUi>();

  // Hide or Details on the panel is the user's choice for the next posting too (LinkedIn mounts a
  // new panel for each job it opens); it is the popup's "start collapsed" setting.
  const rememberOpen = (open: boolean) => {
    if (settings.startCollapsed === !open) return;
    settings = { ...settings, startCollapsed: !open };
    saveSettings(settings).catch((error: unknown) => console.warn('[RoleLens] could not save the panel state:', error));
  };

  // "Read the page's text instead", offered on a board page whose layout the adapter could not read
  // (the board shipped a new one): from then on, in this tab, such pages are read from their text,
  // so the next job opened in the same layout needs no second click. Pages the adapter reads are not.
  let textIfUnreadable = false;
  const readText = () => {
    textIfUnreadable = true;
    scheduleScan();
  };

  const show = async (next: OverlayState | null, anchor: Element | null) => {
    state = next;
    if (!next) {
      panel?.remove();
      panel = null;
      return;
    }
    const offerText = next.kind === 'unrecognised' && !textIfUnreadable;
    const tree = h(Overlay, { state: next, settings, onToggle: rememberOpen, ...(offerText ? { onReadText: readText } : {}) });
    // A new detail pane replaces the anchor: move the panel with it.
    const wantedAnchor = anchor ?? document.body;
    if (panel && panel.anchor === wantedAnchor && panel.host.isConnected) {
      panel.update(tree);
      return;
    }
    panel?.remove();
    panel = await mountInShadowRoot(ctx, { name: 'rolelens-panel', anchor, tree });
  };

  const showCards = async (cards: CardPlan[]) => {
    const wanted = new Set(cards.map((card) => card.jobId));
    for (const [jobId, badge] of badges) {
      if (!wanted.has(jobId) || !badge.host.isConnected || !badge.anchor.isConnected) {
        badge.remove();
        badges.delete(jobId);
      }
    }
    for (const card of cards) {
      const badge = badges.get(card.jobId);
      if (badge && badge.anchor === card.anchor) continue;
      badge?.remove();
      badges.set(
        card.jobId,
        await mountInShadowRoot(ctx, { name: 'rolelens-card-badge', anchor: card.anchor, tree: h(CardBadge, { label: card.label }) }),
      );
    }
  };

  // Cards stay in the list across scans (LinkedIn re-renders often): label each title once.
  const cardLabels = new Map<string, ReturnType<typeof labelFromTitle>>();
  const cardLabelOf = (card: { title: string }) => {
    if (!cardLabels.has(card.title)) cardLabels.set(card.title, labelFromTitle(card.title));
    return cardLabels.get(card.title) ?? null;
  };

  const startedAt = Date.now();
  let graceRescan = false;

  const scan = async () => {
    try {
      const result = readPage(document, location.href, { textIfUnreadable });
      const previous = state?.kind === 'posting' ? state.analysis : null;
      const plan = planOverlay(result, settings, { previous, cardLabel: cardLabelOf });
      if (plan.stale) return;
      const waited = Date.now() - startedAt;
      if (plan.state?.kind === 'unrecognised' && waited < UNRECOGNISED_GRACE_MS) {
        // Look once more when the grace period ends, even if the page stays quiet.
        if (!graceRescan) {
          graceRescan = true;
          ctx.setTimeout(scheduleScan, UNRECOGNISED_GRACE_MS - waited);
        }
        return;
      }
      await show(plan.state, plan.anchor);
      await showCards(plan.cards);
    } catch (error) {
      console.warn('[RoleLens] could not show this page:', error);
      await show({ kind: 'error', message: error instanceof Error ? error.message : String(error) }, null).catch(
        () => undefined,
      );
    }
  };

  // One scan at a time: a scan mounts asynchronously, and two overlapping ones would mount twice.
  let queue: Promise<void> = Promise.resolve();
  const scheduleScan = () => {
    queue = queue.then(scan);
  };

  ctx.onInvalidated(
    watchSettings((next) => {
      settings = next;
      scheduleScan();
    }),
  );

  // The popup asks what this tab shows.
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isStateRequest(message) || ctx.isInvalid) return undefined;
    return Promise.resolve({ state });
  });

  watchPage(ctx, { onChange: scheduleScan, ignore: (node) => OUR_HOSTS.has(node.nodeName.toLowerCase()) });
  scheduleScan();
  await queue;
}
