import { KnownPairs } from './known-pairs.js';
import { Accumulator, BOUND_SLACK, BoundHeap, type Postings } from './rank.js';
import { matchTerms, termKind } from './terms.js';

/**
 * Matching needs to offers over people's stored terms, in memory. The index adds up, for each need
 * term, the weights of the people who offer it (or a related term) — a bound on every pair's score
 * — and scores exactly only those whose bound can still reach the top (see rank.ts). The naive
 * versions score every pair or every person with the same `pairScore` / `whoScore`, and exist to
 * prove the index returns the same results (tests, benchmarks).
 */

export interface TermRef {
  term: string;
  /** Which of the person's texts (needs[i], offers[i]…) the term came from: quoted in reasons. */
  text: number;
}

export interface ConnectorPerson {
  id: number;
  name: string;
  tier: string;
  lastInteractionOn: string | null;
  needs: string[];
  offers: string[];
  seeking: string[];
  need: TermRef[];
  offer: TermRef[];
  seek: TermRef[];
  /** What they do: disciplines, skills, title (and their offers, for "seeking someone like B"). */
  profile: string[];
  city: string[];
  /** Term ids as plain lists, for scoring. */
  needIds: string[];
  offerIds: string[];
  seekIds: string[];
  /** Offers and profile together: what someone asking "who can…" may find. */
  canIds: string[];
  closeness: number;
}

export interface ConnectorIndex {
  people: ConnectorPerson[];
  byId: Map<number, ConnectorPerson>;
  /** term → people offering it. */
  offerers: Map<string, ConnectorPerson[]>;
  /** term → people whose offers or profile carry it. */
  able: Map<string, ConnectorPerson[]>;
  /** city term → people there. */
  inCity: Map<string, ConnectorPerson[]>;
  /** term → people needing or seeking it. */
  needers: Map<string, ConnectorPerson[]>;
  /** need term → offered terms that earn partial credit against it (broader or narrower). */
  related: Map<string, string[]>;
  /** offered term → need terms it earns partial credit against (`related` reversed). */
  relatedBack: Map<string, string[]>;
  knows: KnownPairs;
  /** The same postings as slots (positions in `people`), for accumulating bounds. */
  offerSlots: Postings;
  ableSlots: Postings;
  citySlots: Postings;
  /** Closeness by slot. */
  closeness: Float64Array;
  /** Scratch space for one query at a time (queries are synchronous). */
  acc: Accumulator;
  heap: BoundHeap;
}

export interface PairMatch {
  a: ConnectorPerson;
  b: ConnectorPerson;
  score: number;
  /** A's need terms B meets, and A's seeking terms B is. */
  needTerms: string[];
  seekTerms: string[];
}

const TIER_WEIGHT: Record<string, number> = { core: 1, important: 0.9, general: 0.75 };

/**
 * How much the user would act on a suggestion involving this person: closer tiers and recent
 * contact count more (the playbook: introduce people you know well).
 */
export function closenessOf(tier: string, lastInteractionOn: string | null, today: string): number {
  const t = TIER_WEIGHT[tier] ?? 0.6;
  if (!lastInteractionOn) return t * 0.7;
  const days = (Date.parse(today) - Date.parse(lastInteractionOn)) / 86_400_000;
  return t * (days <= 30 ? 1 : days <= 90 ? 0.9 : 0.8);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The index over everyone (live people only: the caller leaves archived people out). */
export function buildIndex(
  people: ConnectorPerson[],
  knows: Iterable<readonly [number, number]>,
): ConnectorIndex {
  const offerers = new Map<string, ConnectorPerson[]>();
  const able = new Map<string, ConnectorPerson[]>();
  const inCity = new Map<string, ConnectorPerson[]>();
  const needTerms = new Set<string>();
  const needers = new Map<string, ConnectorPerson[]>();
  for (const p of people) {
    for (const t of new Set([...p.needIds, ...p.seekIds])) push(needers, t, p);
    for (const t of new Set(p.offerIds)) push(offerers, t, p);
    for (const t of new Set(p.canIds)) push(able, t, p);
    for (const t of p.city) push(inCity, t, p);
    for (const t of p.needIds) needTerms.add(t);
    for (const t of p.seekIds) needTerms.add(t);
  }
  // Partial credit (broader / narrower) exists between vocabulary terms only; found by asking
  // the scorer itself, so the index can never disagree with it.
  const related = new Map<string, string[]>();
  const offered = [...able.keys()].filter((t) => !t.startsWith('w:'));
  for (const t of needTerms) {
    if (t.startsWith('w:')) continue;
    related.set(
      t,
      offered.filter((u) => u !== t && matchTerms([t], [u]).score > 0),
    );
  }
  // Closest first: `who` walks these lists in that order and stops early.
  const closer = (x: ConnectorPerson, y: ConnectorPerson) =>
    y.closeness - x.closeness || x.id - y.id;
  for (const m of [able, inCity]) for (const l of m.values()) l.sort(closer);
  const relatedBack = new Map<string, string[]>();
  for (const [t, near] of related) for (const u of near) push(relatedBack, u, t);
  const slotOf = new Map(people.map((p, i) => [p, i]));
  const slots = (m: Map<string, ConnectorPerson[]>): Postings =>
    new Map([...m].map(([t, l]) => [t, Int32Array.from(l, (p) => slotOf.get(p)!)]));
  return {
    people,
    byId: new Map(people.map((p) => [p.id, p])),
    offerers,
    able,
    inCity,
    needers,
    related,
    relatedBack,
    knows: new KnownPairs(knows),
    offerSlots: slots(offerers),
    ableSlots: slots(able),
    citySlots: slots(inCity),
    closeness: Float64Array.from(people, (p) => p.closeness),
    acc: new Accumulator(people.length),
    heap: new BoundHeap(people.length),
  };
}

/** The score of "introduce A (who needs) to B (who offers)": 0 when there is nothing to it. */
export function pairScore(a: ConnectorPerson, b: ConnectorPerson): PairMatch | undefined {
  if (a.id === b.id) return undefined;
  const need = a.needIds.length ? matchTerms(a.needIds, b.offerIds) : undefined;
  const seek = a.seekIds.length ? matchTerms(a.seekIds, b.canIds) : undefined;
  const raw = (need?.score ?? 0) + 0.5 * (seek?.score ?? 0);
  if (raw <= 0) return undefined;
  return {
    a,
    b,
    score: raw * a.closeness * b.closeness,
    needTerms: need?.shared ?? [],
    seekTerms: seek?.shared ?? [],
  };
}

/** Best first; ties in a stable order (by ids). */
export const byScore = (x: PairMatch, y: PairMatch) =>
  y.score - x.score || x.a.id - y.a.id || x.b.id - y.b.id;

/**
 * Suggestions for A as the one in need: the best B first, without people A already knows.
 * Bounds come from the postings of A's need terms (and, at half weight, of A's seeking terms);
 * people are scored exactly in order of their bound until nobody left could make the top.
 */
export function suggestFor(ix: ConnectorIndex, a: ConnectorPerson, limit: number): PairMatch[] {
  const { acc, heap } = ix;
  acc.reset();
  for (const t of a.needIds) acc.add(ix.offerSlots, t, 1);
  for (const t of a.seekIds) acc.add(ix.ableSlots, t, 0.5);
  heap.fill(
    acc.count,
    (i) => acc.touched[i]!,
    (i) => acc.totalOf(acc.touched[i]!) * ix.closeness[acc.touched[i]!]! * a.closeness,
  );
  const out: PairMatch[] = [];
  while (heap.peekBound() > 0) {
    if (out.length >= limit && heap.peekBound() * BOUND_SLACK < out[out.length - 1]!.score) break;
    const b = ix.people[heap.pop()]!;
    if (b.id === a.id || ix.knows.has(a.id, b.id)) continue;
    const m = pairScore(a, b);
    if (!m) continue;
    out.push(m);
    out.sort(byScore);
    if (out.length > limit) out.pop();
  }
  return out;
}

/** The same by scoring A against everyone: the reference the index must agree with. */
export function naiveSuggestFor(
  ix: ConnectorIndex,
  a: ConnectorPerson,
  limit: number,
): PairMatch[] {
  const out: PairMatch[] = [];
  for (const b of ix.people) {
    if (ix.knows.has(a.id, b.id)) continue;
    const m = pairScore(a, b);
    if (m) out.push(m);
  }
  return out.sort(byScore).slice(0, limit);
}

/** Suggestions where B is the one who can help: everyone whose needs B meets. */
export function suggestHelping(ix: ConnectorIndex, b: ConnectorPerson, limit: number): PairMatch[] {
  const askers = new Set<ConnectorPerson>();
  for (const u of b.canIds) {
    for (const a of ix.needers.get(u) ?? []) askers.add(a);
    for (const t of ix.relatedBack.get(u) ?? [])
      for (const a of ix.needers.get(t) ?? []) askers.add(a);
  }
  const out: PairMatch[] = [];
  for (const a of askers) {
    if (ix.knows.has(a.id, b.id)) continue;
    const m = pairScore(a, b);
    if (m) out.push(m);
  }
  return out.sort(byScore).slice(0, limit);
}

/** The best suggestions overall: each person's best few, merged. */
export function suggestAll(ix: ConnectorIndex, limit: number, perPerson = 10): PairMatch[] {
  const all: PairMatch[] = [];
  for (const a of ix.people)
    if (a.needIds.length || a.seekIds.length) all.push(...suggestFor(ix, a, perPerson));
  return all.sort(byScore).slice(0, limit);
}

export interface WhoMatch {
  person: ConnectorPerson;
  score: number;
  terms: string[];
  inCity: boolean;
}

/** How well a person answers a question's terms; cities narrow, they do not answer. */
export function whoScore(
  p: ConnectorPerson,
  skills: readonly string[],
  cities: readonly string[],
): WhoMatch | undefined {
  const m = skills.length ? matchTerms(skills, p.canIds) : undefined;
  const here = cities.length > 0 && cities.some((c) => p.city.includes(c));
  let score = m?.score ?? 0;
  if (skills.length === 0) score = here ? 1 : 0;
  else if (cities.length) score *= here ? 1.5 : 0.5;
  if (score <= 0) return undefined;
  return { person: p, score: score * p.closeness, terms: m?.shared ?? [], inCity: here };
}

const byWho = (x: WhoMatch, y: WhoMatch) => y.score - x.score || x.person.id - y.person.id;

/** Split a question's terms into what is asked for and where. */
export function splitQuestion(terms: readonly string[]): { skills: string[]; cities: string[] } {
  return {
    skills: terms.filter((t) => termKind(t) !== 'city'),
    cities: terms.filter((t) => termKind(t) === 'city'),
  };
}

/**
 * "Who can help?" through the index: bounds accumulated from the postings of the question's
 * terms (times the city factor and closeness), people scored exactly in order of their bound
 * until nobody left could make the top. A question naming only a city walks that city's people,
 * closest first.
 */
export function who(ix: ConnectorIndex, terms: readonly string[], limit: number): WhoMatch[] {
  const { skills, cities } = splitQuestion(terms);
  if (skills.length === 0) return whoInCity(ix, cities, limit);
  const { acc, heap } = ix;
  acc.reset();
  for (const t of skills) acc.add(ix.ableSlots, t, 1);
  const factor = (s: number) =>
    cities.length === 0 ? 1 : cities.some((c) => ix.people[s]!.city.includes(c)) ? 1.5 : 0.5;
  heap.fill(
    acc.count,
    (i) => acc.touched[i]!,
    (i) => {
      const s = acc.touched[i]!;
      return acc.totalOf(s) * factor(s) * ix.closeness[s]!;
    },
  );
  const top: WhoMatch[] = [];
  while (heap.peekBound() > 0) {
    if (top.length >= limit && heap.peekBound() * BOUND_SLACK < top[top.length - 1]!.score) break;
    const m = whoScore(ix.people[heap.pop()]!, skills, cities);
    if (!m) continue;
    top.push(m);
    top.sort(byWho);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** Everyone in the cities named, closest first (the lists are sorted by closeness). */
function whoInCity(ix: ConnectorIndex, cities: readonly string[], limit: number): WhoMatch[] {
  const seen = new Set<number>();
  const top: WhoMatch[] = [];
  for (const p of byCloseness(cities.map((c) => ix.inCity.get(c) ?? []))) {
    if (top.length >= limit && p.closeness < top[top.length - 1]!.score) break;
    if (seen.has(p.id)) continue;
    seen.add(p.id);
    const m = whoScore(p, [], cities);
    if (!m) continue;
    top.push(m);
    top.sort(byWho);
    if (top.length > limit) top.pop();
  }
  return top;
}

/** People of several lists sorted by closeness (each list already is), closest first. */
function* byCloseness(lists: readonly ConnectorPerson[][]): Generator<ConnectorPerson> {
  const at = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++) {
      const p = lists[i]![at[i]!];
      if (p && (best < 0 || p.closeness > lists[best]![at[best]!]!.closeness)) best = i;
    }
    if (best < 0) return;
    yield lists[best]![at[best]!++]!;
  }
}

/** The same by scoring everyone. */
export function naiveWho(ix: ConnectorIndex, terms: readonly string[], limit: number): WhoMatch[] {
  const { skills, cities } = splitQuestion(terms);
  const out: WhoMatch[] = [];
  for (const p of ix.people) {
    const m = whoScore(p, skills, cities);
    if (m) out.push(m);
  }
  return out.sort(byWho).slice(0, limit);
}
