import { h } from 'preact';
import { CardBadge } from '../overlay/CardBadge';
import { followPageTheme, stopFollowingPageTheme } from '../overlay/follow-page-theme';
import { mountInShadowRoot, type MountedUi } from '../overlay/mount-shadow';
import overlayCss from '../overlay/overlay.css?inline';
import type { Label } from '../role-model/types';
import type { CardRead } from '../sites/types';
import type { Lifetime } from './lifetime';

/** Chips mounted in one go; then the page gets the main thread back before the next batch. */
const CHIPS_PER_BATCH = 25;
/** A card this close to the viewport (two screens above or below) counts as about to be seen. */
const NEAR_VIEWPORT = '200% 0px';

type Chip = { card: CardRead; label: Label; ui: MountedUi | null };

/**
 * The chips on a search page's cards. Each card's title is labelled once (by the background, in one
 * request per scan); a chip is mounted only when its card comes near the viewport, in batches that
 * yield between them, so a list of 5,000 cards costs a page what the few on screen cost. When a card
 * leaves the page (the list re-rendered, the next page of results), its chip and everything the chip
 * held (its shadow root, its theme follower, the observer's hold on the card) go with it.
 */
export class CardChips {
  private readonly chips = new Map<Element, Chip>();
  private readonly labels = new Map<string, Label | null>();
  private readonly waiting = new Set<Element>();
  private readonly observer: IntersectionObserver;
  private flushing = false;

  constructor(
    private readonly lifetime: Lifetime,
    private readonly labelTitles: (titles: string[]) => Promise<(Label | null)[]>,
  ) {
    this.observer = new IntersectionObserver((entries) => this.onSeen(entries), { rootMargin: NEAR_VIEWPORT });
    lifetime.signal.addEventListener('abort', () => this.clear(), { once: true });
  }

  /** The cards the page holds now (an empty list removes every chip). */
  async update(cards: readonly CardRead[]): Promise<void> {
    const present = new Set(cards.map((card) => card.anchor));
    for (const [anchor, chip] of this.chips) {
      if (!present.has(anchor) || !anchor.isConnected) this.drop(anchor, chip);
    }
    const unlabelled = [...new Set(cards.map((card) => card.title).filter((title) => !this.labels.has(title)))];
    if (unlabelled.length > 0) {
      const labels = await this.labelTitles(unlabelled);
      unlabelled.forEach((title, i) => this.labels.set(title, labels[i] ?? null));
    }
    if (!this.lifetime.isValid()) return;
    for (const card of cards) {
      const label = this.labels.get(card.title) ?? null;
      const chip = this.chips.get(card.anchor);
      if (chip && chip.label === label && chip.card.jobId === card.jobId) continue;
      if (chip) this.drop(card.anchor, chip);
      if (!label || !card.anchor.isConnected) continue;
      this.chips.set(card.anchor, { card, label, ui: null });
      this.observer.observe(card.anchor);
    }
  }

  /** Every chip, for the content script's bookkeeping (which hosts are ours). */
  get size(): number {
    return this.chips.size;
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

  /** Mounts waiting chips a batch at a time, yielding to the page between batches. */
  private flush(): void {
    if (this.flushing || this.waiting.size === 0 || !this.lifetime.isValid()) return;
    this.flushing = true;
    const batch = [...this.waiting].slice(0, CHIPS_PER_BATCH);
    const mounted: HTMLElement[] = [];
    for (const anchor of batch) {
      this.waiting.delete(anchor);
      const chip = this.chips.get(anchor);
      if (!chip || chip.ui || !anchor.isConnected) continue;
      chip.ui = mountInShadowRoot({ name: 'rolelens-card-badge', css: overlayCss, anchor, tree: h(CardBadge, { label: chip.label }) });
      mounted.push(chip.ui.host);
    }
    // One theme reading for the whole batch, if any.
    if (mounted.length > 0) followPageTheme(mounted, 'chips');
    this.flushing = false;
    if (this.waiting.size > 0) this.lifetime.setTimeout(() => this.flush(), 0);
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
