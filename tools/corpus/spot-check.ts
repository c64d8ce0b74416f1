// Spot check of the cleaning (usage: npx tsx tools/corpus/spot-check.ts [POOL.jsonl]): for pool postings
// that came as HTML or markdown, the words of our text must equal the words of the source with block
// tags and <br> replaced by a space and inline tags removed (nothing lost, nothing glued together); for
// plain-text postings, the words of the source with character references unescaped. Works on pool.jsonl
// and on the extension's pool-2.jsonl (all sources are read).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { ALL_SOURCES, prepareSources } from './sources/index';
import { fixMojibake, unescapeEntities } from './clean';
import { shuffle } from './rng';
await prepareSources();
const pool = readFileSync(process.argv[2] ?? '.corpus-build/pool.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const want = new Map(pool.map((p) => [`${p.source.path}|${p.source.row}`, p]));
const { document } = new JSDOM('').window;
const words = (s: string) => s.split(/[\s\u00a0]+/).filter(Boolean);
// A posting can come from several raw records (a row repeated in its file): it passes if any of them matches.
const result = new Map<string, { kind: 'text' | 'markup'; ok: boolean; diff: string }>();
const dashless = (w: string[]) => w.filter((x) => x !== '-'); // "- " bullets: ours from <li>, or typed by the author
for (const s of ALL_SOURCES) for (const r of s.extract()) {
  const p = want.get(`${r.source.path}|${r.source.row}`); if (!p) continue;
  let a: string[], b: string[];
  if (r.format === 'text') {
    a = words(unescapeEntities(r.descriptionHtmlOrText).replace(/[\u200b\ufeff]/g, ''));
    b = words(p.description);
  } else {
    let raw = r.mojibake ? fixMojibake(r.descriptionHtmlOrText) : r.descriptionHtmlOrText;
    if (r.format === 'html') {
      const t = document.createElement('template');
      t.innerHTML = raw.replace(/<(script|style|button|iframe)[\s\S]*?<\/\1>/gi, ' ').replace(/<\/?(p|div|h[1-6]|li|ul|ol|br|tr|td|th|table|section|article|header|footer|blockquote|pre|dl|dt|dd|hr|figure|figcaption|main|nav|aside|details|summary|center|thead|tbody)\b[^>]*>/gi, ' ').replace(/<[^>]+>/g, '');
      raw = t.content.textContent ?? '';
    } else raw = raw.replace(/^[ \t]*#{1,6}[ \t]*/gm, '').replace(/\*\*/g, '');
    a = dashless(words(raw.replace(/[\u200b\ufeff]/g, '')));
    b = dashless(words(p.description));
  }
  const ok = a.join(' ') === b.join(' ');
  let diff = '';
  if (!ok) { let i = 0; while (a[i] === b[i]) i++; diff = `${JSON.stringify(a.slice(Math.max(0, i - 3), i + 5))} ${JSON.stringify(b.slice(Math.max(0, i - 3), i + 5))}`; }
  const prev = result.get(p.id);
  if (!prev || (!prev.ok && ok)) result.set(p.id, { kind: r.format === 'text' ? 'text' : 'markup', ok, diff });
}
const samples = [...result.keys()].sort();
for (const kind of ['markup', 'text'] as const) {
  const all = [...result].filter(([, v]) => v.kind === kind);
  const bad = all.filter(([, v]) => !v.ok);
  for (const [id, v] of bad.slice(0, 12)) console.log('MISMATCH', kind, id, v.diff);
  console.log(`${kind === 'markup' ? 'HTML/markdown' : 'plain-text'} postings checked: ${all.length}, word sequence differs: ${bad.length}`);
}
console.log('spot sample:', shuffle(samples, 'spot').slice(0, 10).join(' '));
