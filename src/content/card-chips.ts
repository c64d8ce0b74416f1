import { h } from 'preact';
import { CardBadge } from '../overlay/CardBadge';
import { followPageTheme, stopFollowingPageTheme } from '../overlay/follow-page-theme';
import { mountInShadowRoot, type MountedUi } from '../overlay/mount-shadow';
import overlayCss from '../overlay/overlay.css?inline';
import type { Label } from '../role-model/types';
import type { CardKind, CardTreatment, Settings } from '../settings/settings-schema';
import type { CardRead } from '../sites/types';
import type { Lifetime } from './lifetime';

/** Chips mounted in one go; then the page gets the main thread back before the next batch. */
const CHIPS_PER_BATCH = 25;
/** A card this close to the viewport (two screens above or below) counts as about to be seen. */
const NEAR_VIEWPORT = '200% 0px';

/** A card's label: from its title alone, or the user's own for that job (`corrected`). */
export type CardLabel = { label: Label | null; corrected: boolean };

/** What the list shows after a scan: how many cards are hidden or dimmed (for the list's note). */
export type ListTreatment = { hidden: number; dimmed: number; cards: number };

type Chip = { card: CardRead; label: CardLabel; treatment: CardTreatment; chip: boolean; ui: MountedUi | null };

/**
 * The chips on a search page's cards, and the page's narrowing by label. Each card is labelled once
 * (by the background, in one request per scan); its host is mounted when the card comes near the
 * viewport, in batches that yield between them, so a list of 5,000 cards costs a page what the few
 * on screen cost. The host carries the card's treatment (show, dim, hide), which one stylesheet of
 * ours applies to the card (card-treatment-style.ts). When a card leaves the page (the list
 * re-rendered, the next page of results), its host and everything it held go with it.
 */
export class CardChips {
  private readonly chips = new Map<Element, Chip>();
  private readonly labels = new Map<string, CardLabel>();
  private readonly waiting = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private flushing = false;

  constructor(
    private readonly lifetime: Lifetime,
    private readonly labelCards: (cards: CardRead[]) => Promise<CardLabel[]>,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onSeen(entries), { rootMargin: NEAR_VIEWPORT });
    lifetime.signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  /**
   * The cards the page holds now (an empty list removes every chip). `revealed`: the user chose
   * "show them" on the list's note, so nothing is dimmed or hidden until they undo it.
   */
  async update(cards: readonly CardRead[], settings: Pick<Settings, 'showOnCards' | 'cardFilter'>, revealed: boolean): Promise<ListTreatment> {
    const present = new Set(cards.map((card) => card.anchor));
    for (const [anchor, chip] of this.chips) {
      if (!present.has(anchor) || !anchor.isConnected) this.drop(anchor, chip);
    }
    // Labels are kept for the cards the page holds, not for every card ever seen: a list replaced
    // with fresh jobs five times over would otherwise hold 25,000 of them (0.2 MB a round of 5,000).
    const presentKeys = new Set(cards.map(keyOf));
    for (const key of this.labels.keys()) if (!presentKeys.has(key)) this.labels.delete(key);
    const unlabelled = uniqueBy(cards.filter((card) => !this.labels.has(keyOf(card))), keyOf);
    if (unlabelled.length > 0) {
      const labels = await this.labelCards(unlabelled);
      unlabelled.forEach((card, i) => this.labels.set(keyOf(card), labels[i] ?? { label: null, corrected: false }));
    }
    const summary: ListTreatment = { hidden: 0, dimmed: 0, cards: cards.length };
    if (!this.lifetime.isValid()) return summary;
    for (const card of cards) {
      const label = this.labels.get(keyOf(card)) ?? { label: null, corrected: false };
      const kind: CardKind = label.label ?? 'unknown';
      const wanted = settings.cardFilter[kind];
      if (wanted === 'hide') summary.hidden++;
      if (wanted === 'dim') summary.dimmed++;
      const treatment = revealed ? 'show' : wanted;
      const withChip = settings.showOnCards && label.label !== null;
      const chip = this.chips.get(card.anchor);
      if (chip && chip.card.jobId === card.jobId && chip.label.label === label.label && chip.label.corrected === label.corrected && chip.chip === withChip) {
        if (chip.treatment !== treatment) this.treat(chip, treatment);
        continue;
      }
      if (chip) this.drop(card.anchor, chip);
      if ((!withChip && treatment === 'show') || !card.anchor.isConnected) continue;
      this.chips.set(card.anchor, { card, label, treatment, chip: withChip, ui: null });
      this.observer.observe(card.anchor);
    }
    return summary;
  }

  /** The user corrected a job on its panel: its cards are labelled again on the next scan. */
  forget(jobId: string): void {
    for (const key of this.labels.keys()) if (key.startsWith(`${jobId}\n`)) this.labels.delete(key);
  }

  clear(): void {
    for (const [anchor, chip] of this.chips) this.drop(anchor, chip);
    this.observer.disconnect();
  }

  private onSeen(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      this.observer.unobserve(entry.target);
      if (this.chips.has(entry.target)) this.waiting.add(entry.target);
    }
    this.flush();
  }

  /** Mounts waiting hosts a batch at a time, yielding to the page between batches. */
  private flush(): void {
    if (this.flushing || this.waiting.size === 0 || !this.lifetime.isValid()) return;
    this.flushing = true;
    const batch = [...this.waiting].slice(0, CHIPS_PER_BATCH);
    const mounted: HTMLElement[] = [];
    for (const anchor of batch) {
      this.waiting.delete(anchor);
      const chip = this.chips.get(anchor);
      if (!chip || chip.ui || !anchor.isConnected) continue;
      const tree = chip.chip && chip.label.label ? h(CardBadge, { label: chip.label.label, corrected: chip.label.corrected }) : null;
      chip.ui = mountInShadowRoot({ name: 'rolelens-card-badge', css: overlayCss, anchor, tree });
      this.treat(chip, chip.treatment);
      mounted.push(chip.ui.host);
    }
    // One theme reading for the whole batch, if any.
    if (mounted.length > 0) followPageTheme(mounted, 'chips');
    this.flushing = false;
    if (this.waiting.size > 0) this.lifetime.setTimeout(() => this.flush(), 0);
  }

  private treat(chip: Chip, treatment: CardTreatment): void {
    chip.treatment = treatment;
    if (!chip.ui) return;
    if (treatment === 'show') chip.ui.host.removeAttribute('data-rl-treatment');
    else chip.ui.host.setAttribute('data-rl-treatment', treatment);
  }

  private drop(anchor: Element, chip: Chip): void {
    this.observer.unobserve(anchor);
    this.waiting.delete(anchor);
    if (chip.ui) {
      stopFollowingPageTheme(chip.ui.host, 'chips');
      chip.ui.remove();
    }
    this.chips.delete(anchor);
  }
}

/** A card's label depends on its job (a correction) and its title. */
function keyOf(card: CardRead): string {
  return `${card.jobId}\n${card.title}`;
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
