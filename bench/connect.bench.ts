import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connectorIndex, refreshTerms } from '../src/core/connector/connector.service.js';
import { naiveSuggestFor, naiveWho, suggestFor, who } from '../src/core/connector/match.js';
import { extractTerms } from '../src/core/connector/terms.js';
import { vocabulary } from '../src/core/connector/vocabulary.data.js';
import { openStore } from '../src/db/store.js';
import { dataset, NOW, TZ } from './datasets.js';
import { Rng } from './random.js';
import { median } from './stats.js';

/**
 * What creatives need and offer, in the words they use: every non-city term of the shipped
 * vocabulary, in Chinese or English, drawn with a skew (a few disciplines are far more common
 * than the rest, as on a real network).
 */
const SKILLS: readonly [string, string][] = vocabulary()
  .filter((t) => t.kind !== 'city')
  .map((t) => [t.zh[0] ?? t.en[0]!, t.en[0] ?? t.zh[0]!]);

function skewedPick(rng: Rng): [string, string] {
  return SKILLS[Math.floor(SKILLS.length * rng.next() ** 1.5)]!;
}

const NEED = [
  '需要{zh}',
  '找会做{zh}的人',
  'need someone for {en}',
  'looking for {en}',
  '求{zh}合作',
];
const OFFER = ['{zh}', '{en}', '擅长{zh}', '{zh}（{en}）', 'offers {en}'];
const CITIES = ['上海', '杭州', '北京', '深圳', '成都', 'Berlin'];

function phrase(rng: Rng, templates: readonly string[]): string {
  const [zh, en] = skewedPick(rng);
  return rng.pick(templates).replace('{zh}', zh).replace('{en}', en);
}

/** net-10k with about three needs and three offers on everyone (a copy; the cache stays as it was). */
async function connectDb(): Promise<string> {
  const src = await dataset('net-10k', 10_000, 500_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxing-bench-connect-'));
  const file = path.join(dir, 'db.sqlite');
  await src.sqlite.backup(file);
  await src.close();
  const store = await openStore(file);
  const rng = new Rng(55);
  const ids = store.sqlite.prepare('SELECT id FROM people').pluck().all() as number[];
  const update = store.sqlite.prepare(
    'UPDATE people SET needs = ?, offers = ?, seeking = ?, updated_at = ? WHERE id = ?',
  );
  store.sqlite.transaction(() => {
    for (const id of ids) {
      const needs = Array.from({ length: rng.int(2, 4) }, () => phrase(rng, NEED));
      const offers = Array.from({ length: rng.int(2, 4) }, () => phrase(rng, OFFER));
      const seeking = rng.chance(0.3) ? [`想认识做${skewedPick(rng)[0]}的人`] : [];
      update.run(
        JSON.stringify(needs),
        JSON.stringify(offers),
        JSON.stringify(seeking),
        NOW.toISOString(),
        id,
      );
    }
  })();
  await store.close();
  return file;
}

export async function benchConnect() {
  const file = await connectDb();
  const store = await openStore(file);
  const ctx = { db: store.db, now: () => NOW, timeZone: TZ };
  try {
    let t = process.hrtime.bigint();
    const refreshed = await refreshTerms(store.db);
    const extractMs = Number(process.hrtime.bigint() - t) / 1e6;
    t = process.hrtime.bigint();
    const ix = await connectorIndex(ctx);
    const indexMs = Number(process.hrtime.bigint() - t) / 1e6;
    const askers = ix.people.filter((p) => p.needIds.length || p.seekIds.length);

    const run = (fn: typeof suggestFor) => {
      const t0 = process.hrtime.bigint();
      const out = askers.map((a) => fn(ix, a, 10));
      return { ms: Number(process.hrtime.bigint() - t0) / 1e6, out };
    };
    run(suggestFor); // warm-up
    const fast: number[] = [];
    const slow: number[] = [];
    let same = true;
    for (let i = 0; i < 3; i++) {
      const f = run(suggestFor);
      const s = run(naiveSuggestFor);
      fast.push(f.ms);
      slow.push(s.ms);
      same &&= f.out.every(
        (list, k) =>
          JSON.stringify(list.map((m) => [m.b.id, m.score])) ===
          JSON.stringify(s.out[k]!.map((m) => [m.b.id, m.score])),
      );
    }
    const pairs = run(suggestFor).out.reduce((n, l) => n + l.length, 0);

    const rng = new Rng(77);
    const questions = Array.from({ length: 300 }, () => {
      const [zh, en] = skewedPick(rng);
      const city = rng.pick(CITIES);
      return rng.pick([
        `谁会做${zh}`,
        `who can do ${en} in ${city}`,
        `${city}的${zh}`,
        `need ${en}`,
      ]);
    });
    // Each question's time is the median of a few runs, after one pass over all questions warms
    // up both sides (the first call of a term also gathers its related terms' postings).
    const timed = (fn: () => unknown) => {
      const runs: number[] = [];
      for (let r = 0; r < 5; r++) {
        const t0 = process.hrtime.bigint();
        fn();
        runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
      return median(runs);
    };
    const asked = questions.map((q) => extractTerms(q));
    for (const terms of asked) {
      who(ix, terms, 10);
      naiveWho(ix, terms, 10);
    }
    const whoFast: number[] = [];
    const whoSlow: number[] = [];
    let whoSame = 0;
    for (const terms of asked) {
      whoFast.push(timed(() => who(ix, terms, 10)));
      whoSlow.push(timed(() => naiveWho(ix, terms, 10)));
      const a = who(ix, terms, 10);
      const b = naiveWho(ix, terms, 10);
      if (
        JSON.stringify(a.map((m) => [m.person.id, m.score])) ===
        JSON.stringify(b.map((m) => [m.person.id, m.score]))
      )
        whoSame++;
    }
    const worst = Math.max(...whoFast);
    const texts = ix.people.reduce(
      (n, p) => n + p.needs.length + p.offers.length + p.seeking.length,
      0,
    );
    return {
      people: ix.people.length,
      askers: askers.length,
      texts,
      refreshed,
      extractMs,
      indexMs,
      pairs,
      suggestMedian: median(fast),
      naiveMedian: median(slow),
      speedup: median(slow) / median(fast),
      sameTop10: same,
      questions: questions.length,
      whoSame,
      whoMedian: median(whoFast),
      whoNaiveMedian: median(whoSlow),
      whoSpeedup: median(whoSlow) / median(whoFast),
      whoWorst: worst,
      whoNaiveWorst: Math.max(...whoSlow),
    };
  } finally {
    await store.close();
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}
