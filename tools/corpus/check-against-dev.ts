// Regression check of extraction + cleaning: re-derives every corpus posting from its source and
// reports, per source, how many descriptions come out identical (and shows the first differences).
// Usage: npx tsx tools/corpus/check-against-dev.ts [CORPUS.jsonl]
import { CORPUS_FILE } from '../paths';
import { readFileSync } from 'node:fs';
import { extractAll } from './extract';

const devPath = process.argv[2] ?? CORPUS_FILE;
const dev = readFileSync(devPath, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const key = (s: { repo: string; path: string; row: string }) => `${s.repo}|${s.path}|${s.row}`;
const ours = new Map<string, string[]>();
for (const { candidate } of await extractAll()) {
  const k = key(candidate.source);
  ours.set(k, [...(ours.get(k) ?? []), candidate.description]);
}
const cut = (x?: string) => JSON.stringify(x?.slice(0, 300));
const stats = new Map<string, { same: number; differ: number; missing: number }>();
let shown = 0;
for (const d of dev) {
  const st = stats.get(d.source.repo) ?? { same: 0, differ: 0, missing: 0 };
  stats.set(d.source.repo, st);
  const mine = ours.get(key(d.source));
  if (!mine) st.missing++;
  else if (mine.includes(d.description)) st.same++;
  else {
    st.differ++;
    if ((!process.env.REPO || d.source.repo === process.env.REPO) && shown++ < Number(process.env.SHOW ?? 6)) {
      const a = (mine[0] ?? '').split('\n');
      const b = d.description.split('\n');
      let i = a.findIndex((l, n) => l !== b[n]);
      if (i < 0) i = a.length;
      console.log(`--- ${d.id} ${d.source.path} line ${i} (${a.length}/${b.length} lines)\n ours: ${cut(a[i])} | next ${cut(a[i + 1])}\n dev:  ${cut(b[i])} | next ${cut(b[i + 1])}`);
    }
  }
}
for (const [repo, s] of stats) console.log(`${repo}\tsame ${s.same}\tdiffer ${s.differ}\tmissing ${s.missing}`);
