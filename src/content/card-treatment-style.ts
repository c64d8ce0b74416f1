/**
 * How a search list dims or hides cards without touching them: our chip host sits right after
 * each card (mountInShadowRoot places it after the card's anchor), so one stylesheet of ours
 * reaches the card through it, `card:has(+ our-host[data-rl-treatment=hide])`. The board's own
 * nodes keep every attribute and style they had; a dimmed card still opens when clicked.
 */
export const TREATMENT_CSS = `
:has(+ rolelens-card-badge[data-rl-treatment="hide"]), rolelens-card-badge[data-rl-treatment="hide"] { display: none !important; }
:has(+ rolelens-card-badge[data-rl-treatment="dim"]) { opacity: 0.35 !important; }
`;

const STYLE_ID = 'rolelens-card-treatment';

/**
 * The stylesheet in the document, put back if the page removed it (called on every scan, cheap).
 * Returns the function that removes it.
 */
export function ensureTreatmentStyle(): () => void {
  let style = document.getElementById(STYLE_ID);
  if (!(style instanceof HTMLStyleElement)) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = TREATMENT_CSS;
    (document.head ?? document.documentElement).append(style);
  } else if (style.textContent !== TREATMENT_CSS) {
    style.textContent = TREATMENT_CSS;
  }
  return () => document.getElementById(STYLE_ID)?.remove();
}
