/**
 * What the benchmark installs in every page before the page's own scripts (Playwright's
 * addInitScript, i.e. CDP Page.addScriptToEvaluateOnNewDocument), in the page's main world, with
 * and without the extension alike. It sees only what any page script can see: the
 * `rolelens-panel` / `rolelens-card-badge` host elements coming and going (never inside their
 * shadow roots), long tasks, and its own timer. It also clones the page's job cards, as an
 * infinite scroll would.
 *
 * Plain JavaScript in a string: a function compiled by tsx would carry esbuild's `__name` helper
 * into the page, where it does not exist.
 */

/** The state the page script keeps, as `snapshot()` returns it. Times are ms since navigation start. */
export interface PageSnapshot {
  firstPanelAt: number | null;
  firstBadgeAt: number | null;
  /** Last time a rolelens-* host was added to or removed from the document (0: never). */
  lastChangeAt: number;
  panels: number;
  badges: number;
  domContentLoaded: number | null;
  loadEventEnd: number | null;
  longTasks: { start: number; duration: number }[];
  now: number;
}

/** The page's 20 ms timer since the last resetStall. */
export interface StallReading {
  /** The largest gap between two ticks, ms, and when it began (performance.now()). */
  maxGap: number;
  maxGapAt: number;
  /** Sum of (gap − 50 ms) over the gaps above 50 ms: blocking time as the page's timer saw it. */
  blocked: number;
  gaps: number;
}

export interface SettleResult {
  /** When it counted as settled (performance.now()). */
  at: number;
  lastChangeAt: number;
  timedOut: boolean;
}

/** In-page name of the helper object. */
export const BENCH_GLOBAL = '__roleLensBench';
/** A URL hash that starts the 20 ms stall meter at document start (the big list). */
export const STALL_HASH = '#rolelens-bench-stall';

export const PAGE_SCRIPT = String.raw`(() => {
  if (window.${BENCH_GLOBAL}) return;
  const HOST_NAMES = ['rolelens-panel', 'rolelens-card-badge'];
  const state = { firstPanelAt: null, firstBadgeAt: null, lastChangeAt: 0, longTasks: [], stall: null };

  // Which hosts a node is or holds. Hosts are normally inserted on their own; a subtree that
  // arrives with hosts inside is looked into with getElementsByTagName (no shadow root is read).
  const hostsIn = (node) => {
    if (node.nodeType !== 1) return null;
    if (HOST_NAMES.includes(node.localName)) return node.localName;
    if (node.firstElementChild === null) return null;
    if (node.getElementsByTagName('rolelens-panel').length > 0) return 'rolelens-panel';
    if (node.getElementsByTagName('rolelens-card-badge').length > 0) return 'rolelens-card-badge';
    return null;
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        const name = hostsIn(node);
        if (name === null) continue;
        const now = performance.now();
        state.lastChangeAt = now;
        if (name === 'rolelens-panel' && state.firstPanelAt === null) state.firstPanelAt = now;
        if (name === 'rolelens-card-badge' && state.firstBadgeAt === null) state.firstBadgeAt = now;
      }
      for (const node of record.removedNodes) {
        if (hostsIn(node) !== null) state.lastChangeAt = performance.now();
      }
    }
  }).observe(document, { childList: true, subtree: true });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}

  // Gaps between ticks of a 20 ms interval: how long the page could not run a timer, whatever
  // held the main thread (a task, style and layout, a garbage collection).
  const startStallMeter = () => {
    state.stall = { last: performance.now(), maxGap: 0, maxGapAt: 0, blocked: 0, gaps: 0 };
    setInterval(() => {
      const now = performance.now();
      const gap = now - state.stall.last;
      state.stall.last = now;
      if (gap > state.stall.maxGap) {
        state.stall.maxGap = gap;
        state.stall.maxGapAt = now - gap;
      }
      if (gap > 50) {
        state.stall.blocked += gap - 50;
        state.stall.gaps++;
      }
    }, 20);
  };
  if (location.hash === '${STALL_HASH}') startStallMeter();

  // Job cards: the page's own cards are the templates; clones get fresh job ids (same length,
  // written wherever the template's id appears in an attribute: urn, data-*-job-id, componentkey,
  // href) so that each is a new job, as the next page of an infinite scroll would bring.
  const cards = { templates: [], list: null, before: null, units: [], appended: [], nextId: 1 };
  const unitsOf = (found) => {
    if (found.length === 1) {
      const only = found[0].closest('li') ?? found[0];
      return [only];
    }
    // The cards' list: their lowest common ancestor; a unit is the card's ancestor directly in it.
    let list = found[0].parentNode;
    while (list && !found.every((card) => list.contains(card))) list = list.parentNode;
    return found.map((card) => {
      let unit = card;
      while (unit.parentNode !== list) unit = unit.parentNode;
      return unit;
    });
  };
  const prepareCards = (selector) => {
    const found = Array.from(document.querySelectorAll(selector));
    if (found.length === 0) return 0;
    const units = unitsOf(found);
    cards.units = units;
    cards.list = units[0].parentNode;
    cards.before = units[units.length - 1].nextSibling;
    cards.templates = found.map((card, index) => {
      const unit = units[index];
      let id = null;
      for (const attribute of card.attributes) {
        const match = /\d{5,}/.exec(attribute.value);
        if (match) { id = match[0]; break; }
      }
      // Without the extension's hosts (a chip may already sit in the card): a copied host would be
      // an empty element of its name, counted as a chip, and absent from the baseline's clones.
      const template = unit.cloneNode(true);
      for (const host of template.querySelectorAll(HOST_NAMES.join(','))) host.remove();
      const elements = [template, ...template.querySelectorAll('*')];
      const edits = [];
      if (id !== null) {
        elements.forEach((element, elementIndex) => {
          for (const attribute of element.attributes) {
            if (attribute.value.includes(id)) edits.push({ elementIndex, name: attribute.name, parts: attribute.value.split(id) });
          }
        });
      }
      return { unit: template, id, edits };
    });
    return found.length;
  };
  const newId = (length) => '9' + String(cards.nextId++).padStart(Math.max(1, length - 1), '0');
  const cloneCards = (count) => {
    const fragment = document.createDocumentFragment();
    const made = [];
    for (let index = 0; index < count; index++) {
      const template = cards.templates[index % cards.templates.length];
      const clone = template.unit.cloneNode(true);
      if (template.edits.length > 0) {
        const elements = [clone, ...clone.querySelectorAll('*')];
        const id = newId(template.id.length);
        for (const edit of template.edits) elements[edit.elementIndex].setAttribute(edit.name, edit.parts.join(id));
      }
      fragment.appendChild(clone);
      made.push(clone);
    }
    return { fragment, made };
  };

  window.${BENCH_GLOBAL} = {
    prepareCards,
    /**
     * Appends count clones after the page's cards (and after earlier clones), and scrolls the first
     * of them to the top of the window: the reader goes on into the new cards, as after an infinite
     * scroll (an extension may well draw only what is near the viewport).
     */
    appendCards: (count) => {
      const { fragment, made } = cloneCards(count);
      cards.list.insertBefore(fragment, cards.before);
      cards.appended.push(...made);
      made[0].scrollIntoView({ block: 'start' });
      return performance.now();
    },
    /** Removes every appended clone. */
    removeAppended: () => {
      for (const unit of cards.appended) unit.remove();
      cards.appended = [];
      return performance.now();
    },
    /** Replaces the whole list (the page's cards and every clone) with count new clones, its top in view. */
    replaceList: (count) => {
      const { fragment, made } = cloneCards(count);
      for (const unit of [...cards.units, ...cards.appended]) unit.remove();
      cards.units = [];
      cards.list.insertBefore(fragment, cards.before);
      cards.appended = made;
      made[0].scrollIntoView({ block: 'start' });
      return performance.now();
    },
    /** Resolves once no rolelens-* host has come or gone for quietMs since max(since, last change). */
    settle: (since, quietMs, maxMs) =>
      new Promise((resolve) => {
        const check = () => {
          const now = performance.now();
          const quietFor = now - Math.max(since, state.lastChangeAt);
          if (quietFor >= quietMs || now - since >= maxMs) {
            resolve({ at: now, lastChangeAt: state.lastChangeAt, timedOut: quietFor < quietMs });
          } else {
            setTimeout(check, quietMs - quietFor);
          }
        };
        check();
      }),
    /** Resolves at the load event, then at performance.now() >= at. */
    waitUntil: (at) =>
      new Promise((resolve) => {
        const wait = () => setTimeout(() => resolve(performance.now()), Math.max(0, at - performance.now()));
        if (document.readyState === 'complete') wait();
        else window.addEventListener('load', () => setTimeout(wait, 0), { once: true });
      }),
    /** Starts a new stretch of the stall meter from now (what came before, a forced GC say, is not counted). */
    resetStall: () => {
      if (state.stall) Object.assign(state.stall, { last: performance.now(), maxGap: 0, maxGapAt: 0, blocked: 0, gaps: 0 });
    },
    /** Since resetStall: the largest gap, the sum of (gap − 50 ms) over gaps above 50 ms, and their count. */
    // The gap still open counts too: this call itself may only run once a long block is over,
    // before the timer ticks again.
    stall: () => {
      if (!state.stall) return null;
      const now = performance.now();
      const open = now - state.stall.last;
      const reading = { maxGap: state.stall.maxGap, maxGapAt: state.stall.maxGapAt, blocked: state.stall.blocked, gaps: state.stall.gaps };
      if (open > reading.maxGap) Object.assign(reading, { maxGap: open, maxGapAt: state.stall.last });
      if (open > 50) Object.assign(reading, { blocked: reading.blocked + open - 50, gaps: reading.gaps + 1 });
      return reading;
    },
    /** Resolves after ms by a page timer: later if the main thread is blocked meanwhile. */
    sleep: (ms) => new Promise((resolve) => setTimeout(() => resolve(performance.now()), ms)),
    snapshot: () => {
      const navigation = performance.getEntriesByType('navigation')[0];
      return {
        firstPanelAt: state.firstPanelAt,
        firstBadgeAt: state.firstBadgeAt,
        lastChangeAt: state.lastChangeAt,
        panels: document.getElementsByTagName('rolelens-panel').length,
        badges: document.getElementsByTagName('rolelens-card-badge').length,
        domContentLoaded: navigation && navigation.domContentLoadedEventStart > 0 ? navigation.domContentLoadedEventStart : null,
        loadEventEnd: navigation && navigation.loadEventEnd > 0 ? navigation.loadEventEnd : null,
        longTasks: state.longTasks.slice(),
        now: performance.now(),
      };
    },
  };
})();
//# sourceURL=rolelens-bench-page-script.js
`;
