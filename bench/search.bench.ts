import { sql } from 'kysely';
import { searchPeopleIds } from '../src/core/people/people.service.js';
import { matchesDocument, parseQuery, searchDocument } from '../src/core/search/search-text.js';
import { dataset } from './datasets.js';
import { Rng } from './random.js';
import { median, percentile, timeMs } from './stats.js';

interface Row {
  id: number;
  name: string;
  name_latin: string | null;
  pinyin: string | null;
  initials: string | null;
  nicknames: string;
  company: string | null;
  city: string | null;
  disciplines: string;
  skills: string;
  tags: string;
}

/** 1,000 queries of the kinds people type: two-character names, pinyin, initials, Latin names, tags. */
function makeQueries(rows: Row[], rng: Rng): { kind: string; q: string }[] {
  const twoChar = rows.filter((r) => /^\p{Script=Han}{2}$/u.test(r.name));
  const chinese = rows.filter((r) => r.pinyin);
  const latin = rows.filter((r) => r.name_latin || !r.pinyin);
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
      const name = r.name_latin ?? r.name;
      push('Latin name', rng.chance(0.5) ? name : name.split(' ')[0]!);
    } else if (k < 19) {
      const r = rng.pick(rows);
      const tags = [
        ...(JSON.parse(r.tags) as string[]),
        ...(JSON.parse(r.disciplines) as string[]),
        r.city ?? '上海',
      ];
      push('tag / discipline / city', rng.pick(tags.length ? tags : ['插画']));
    } else push('no match', `xq${rng.int(100, 999)}zv`);
  }
  return out;
}

/** The indexed search against a brute-force scan of every person's pre-tokenised fields. */
export async function benchSearch() {
  const store = await dataset('people-100k', 100_000, 0);
  const rows = (
    await sql<Row>`SELECT p.id, p.name, p.name_latin, p.pinyin, p.initials, p.nicknames, p.company, p.city,
      p.disciplines, p.skills, (SELECT json_group_array(tag) FROM person_tags t WHERE t.person_id = p.id) AS tags
      FROM people p WHERE p.archived_at IS NULL`.execute(store.db)
  ).rows;
  // The brute force gets its documents ready-made: only the scan is timed.
  const docs = rows.map((r) => ({
    id: r.id,
    tokens: searchDocument({
      name: r.name,
      nameLatin: r.name_latin,
      pinyin: r.pinyin,
      initials: r.initials,
      nicknames: JSON.parse(r.nicknames) as string[],
      company: r.company,
      city: r.city,
      tags: JSON.parse(r.tags) as string[],
      disciplines: JSON.parse(r.disciplines) as string[],
      skills: JSON.parse(r.skills) as string[],
    }),
  }));
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
