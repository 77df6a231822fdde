import { searchPeopleIds } from '../src/core/people/people.service.js';
import {
  matchesDocument,
  parseQuery,
  searchDocument,
  type SearchableFields,
} from '../src/core/search/search-text.js';
import { listSearchableFields } from '../src/core/search/search.repository.js';
import { dataset } from './datasets.js';
import { Rng } from './random.js';
import { median, percentile, timeMs } from './stats.js';

/** 1,000 queries of the kinds people type: two-character names, pinyin, initials, Latin names, tags. */
function makeQueries(rows: SearchableFields[], rng: Rng): { kind: string; q: string }[] {
  const twoChar = rows.filter((r) => /^\p{Script=Han}{2}$/u.test(r.name));
  const chinese = rows.filter((r) => r.pinyin);
  const latin = rows.filter((r) => r.nameLatin || !r.pinyin);
  const out: { kind: string; q: string }[] = [];
  const push = (kind: string, q: string) => out.push({ kind, q });
  for (let i = 0; i < 1000; i++) {
    const k = i % 20;
    if (k < 5) push('two-character name', rng.pick(twoChar).name);
    else if (k < 8) push('pinyin', rng.pick(chinese).pinyin!.replace(/ /g, ''));
    else if (k < 10) push('pinyin with spaces', rng.pick(chinese).pinyin!);
    else if (k < 13) push('initials', rng.pick(chinese).initials!);
    else if (k < 16) {
      const r = rng.pick(latin);
      const name = r.nameLatin ?? r.name;
      push('Latin name', rng.chance(0.5) ? name : name.split(' ')[0]!);
    } else if (k < 19) {
      const r = rng.pick(rows);
      const tags = [...r.tags, ...r.disciplines, r.city ?? '上海'];
      push('tag / discipline / city', rng.pick(tags.length ? tags : ['插画']));
    } else push('no match', `xq${rng.int(100, 999)}zv`);
  }
  return out;
}

/** The indexed search against a brute-force scan of every person's pre-tokenised fields. */
export async function benchSearch() {
  const store = await dataset('people-100k', 100_000, 0);
  const rows = await listSearchableFields(store.db, { liveOnly: true });
  // The brute force gets its documents ready-made: only the scan is timed.
  const docs = rows.map((r) => ({ id: r.id, tokens: searchDocument(r) }));
  const queries = makeQueries(rows, new Rng(7));
  const brute = (q: string) => {
    const terms = parseQuery(q);
    return docs.filter((d) => matchesDocument(terms, d.tokens)).map((d) => d.id);
  };
  for (const { q } of queries.slice(0, 30)) {
    await searchPeopleIds(store.db, q);
    brute(q);
  }
  const idx: number[] = [];
  const bf: number[] = [];
  const mismatches: string[] = [];
  let totalMatches = 0;
  const byKind = new Map<string, { idx: number[]; bf: number[] }>();
  for (const { q, kind } of queries) {
    let a: number[] = [];
    let b: number[] = [];
    idx.push(await timeMs(async () => (a = await searchPeopleIds(store.db, q))));
    bf.push(await timeMs(() => (b = brute(q))));
    totalMatches += b.length;
    const k = byKind.get(kind) ?? { idx: [], bf: [] };
    k.idx.push(idx[idx.length - 1]!);
    k.bf.push(bf[bf.length - 1]!);
    byKind.set(kind, k);
    const sa = [...a].sort((x, y) => x - y).join(',');
    const sb = [...b].sort((x, y) => x - y).join(',');
    if (sa !== sb) mismatches.push(q);
  }
  await store.close();
  return {
    people: rows.length,
    queries: queries.length,
    meanMatches: totalMatches / queries.length,
    mismatches,
    indexedMedian: median(idx),
    indexedP95: percentile(idx, 95),
    bruteMedian: median(bf),
    speedup: median(bf) / median(idx),
    kinds: [...byKind].map(([kind, k]) => ({
      kind,
      n: k.idx.length,
      indexedMedian: median(k.idx),
      bruteMedian: median(k.bf),
    })),
  };
}
