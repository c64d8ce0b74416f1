// Small helpers shared by the extractors.

/** '' / whitespace -> null, else trimmed. */
export const orNull = (s: unknown): string | null => {
  const t = s == null ? '' : String(s).trim();
  return t ? t : null;
};

/** A posting URL without its query string, fragment or trailing slash (LinkedIn adds tracking parameters). */
export const bareUrl = (u: string): string => (u.split(/[?#]/)[0] ?? '').replace(/\/+$/, '');

/** Epoch milliseconds -> YYYY-MM-DD (UTC). */
export const msToDate = (ms: string | number): string | null => {
  const n = Number(ms);
  return Number.isFinite(n) && n > 0 ? new Date(n).toISOString().slice(0, 10) : null;
};

const ymd = (y = '', m = '', d = '') => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;

/** "7/30/2020", "2025/09/07" or "2020-08-02" -> YYYY-MM-DD; anything else -> null. */
export const normDate = (s: string | null | undefined): string | null => {
  const t = (s ?? '').trim();
  const iso = t.match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/);
  if (iso) return ymd(iso[1], iso[2], iso[3]);
  const us = t.match(/^(\d{1,2})\/(\d{1,2})\/(\d{4})$/);
  if (us) return ymd(us[3], us[1], us[2]);
  return null;
};

/** Kaggle LinkedIn structured pay joined as text: "96000.0 - 114500.0 USD YEARLY". */
export const kagglePay = (min: string, max: string, med: string | undefined, cur: string, period: string): string | null => {
  const tail = [cur, period].filter(Boolean).join(' ');
  if (min && max) return `${fmtNum(min)} - ${fmtNum(max)}${tail ? ' ' + tail : ''}`;
  if (med) return `${fmtNum(med)}${tail ? ' ' + tail : ''}`;
  return null;
};
const fmtNum = (s: string) => (/^\d+$/.test(s) ? `${s}.0` : s);

/** Several JSON values written one after another (JSONL whose lines sometimes run together). */
export function* concatenatedJson(text: string): Generator<unknown> {
  let depth = 0;
  let start = -1;
  let inStr = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inStr) {
      if (c === '\\') i++;
      else if (c === '"') inStr = false;
      continue;
    }
    if (c === '"') inStr = true;
    else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && --depth === 0) yield JSON.parse(text.slice(start, i + 1));
  }
}
