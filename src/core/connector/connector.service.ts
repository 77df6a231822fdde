import { z } from 'zod';
import type { Ctx, Executor } from '../context.js';
import { AppError } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { listIntroducedPairs } from '../introductions/introductions.repository.js';
import { resolvePerson } from '../people/people.service.js';
import { localDate } from '../time/dates.js';
import { parseInput, personRef } from '../validation.js';
import {
  buildIndex,
  byScore,
  closenessOf,
  suggestAll,
  suggestFor,
  suggestHelping,
  who,
  type ConnectorIndex,
  type ConnectorPerson,
  type TermRef,
} from './match.js';
import { pairReasons, whoReasons } from './reasons.js';
import {
  deleteKnows,
  insertKnows,
  insertKnowsAmong,
  insertKnowsFromInteractions,
  listKnownPairs,
  listStaleTermRows,
  loadConnectorRows,
  replaceTermRows,
  storeVersion,
  type ConnectorRow,
  type TermRow,
} from './terms.repository.js';
import { extractTerms, termKind, termLabel, vocabularyVersion } from './terms.js';

const list = (json: string): string[] => JSON.parse(json) as string[];

/** The term rows of one person: each need, offer and seeking text, their profile and city. */
function termRowsOf(p: ConnectorRow): TermRow[] {
  const rows: TermRow[] = [];
  const add = (field: string, texts: readonly string[]) =>
    texts.forEach((text, i) => {
      for (const term of extractTerms(text))
        rows.push({ person_id: p.id, field, term, text_index: i });
    });
  add('need', list(p.needs));
  add('offer', list(p.offers));
  add('seek', list(p.seeking));
  add('profile', [...list(p.disciplines), ...list(p.skills), ...(p.title ? [p.title] : [])]);
  if (p.city) add('city', [p.city]);
  // One row per term and text: a term twice in one text is one row.
  const seen = new Set<string>();
  return rows.filter((r) => {
    const k = `${r.field}\u0000${r.term}\u0000${r.text_index}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Brings the stored terms up to date: people added or changed since (their `updated_at` moved),
 * or everyone after a vocabulary change. The first run on a large network does them all.
 */
export async function refreshTerms(db: Executor): Promise<number> {
  const stale = await listStaleTermRows(db, vocabularyVersion());
  if (stale.length === 0) return 0;
  const rows = stale.flatMap(termRowsOf);
  await db.transaction().execute((trx) =>
    replaceTermRows(
      trx,
      stale.map((p) => ({ id: p.id, updatedAt: p.updated_at })),
      rows,
      vocabularyVersion(),
    ),
  );
  return stale.length;
}

/** The last index built per store, reused until the database (or the day) changes. */
const cache = new WeakMap<object, { key: string; index: ConnectorIndex }>();

/** Everyone live, with their terms, indexed. */
export async function connectorIndex(ctx: Ctx): Promise<ConnectorIndex> {
  await refreshTerms(ctx.db);
  const today = localDate(ctx.now(), ctx.timeZone);
  const version = storeVersion(ctx.db);
  const key = version === undefined ? undefined : `${version}|${today}`;
  const hit = cache.get(ctx.db);
  if (key && hit?.key === key) return hit.index;
  const index = await buildConnectorIndex(ctx, today);
  if (key) cache.set(ctx.db, { key, index });
  return index;
}

async function buildConnectorIndex(ctx: Ctx, today: string): Promise<ConnectorIndex> {
  const { people, terms } = await loadConnectorRows(ctx.db);
  const byId = new Map<number, ConnectorPerson>();
  for (const r of people) {
    byId.set(r.id, {
      id: r.id,
      name: r.name,
      tier: r.tier,
      lastInteractionOn: r.last_interaction_on,
      needs: list(r.needs),
      offers: list(r.offers),
      seeking: list(r.seeking),
      need: [],
      offer: [],
      seek: [],
      profile: [],
      city: [],
      needIds: [],
      offerIds: [],
      seekIds: [],
      canIds: [],
      closeness: closenessOf(r.tier, r.last_interaction_on, today),
    });
  }
  for (const t of terms) {
    const p = byId.get(t.person_id);
    if (!p) continue;
    const ref: TermRef = { term: t.term, text: t.text_index };
    if (t.field === 'need') p.need.push(ref);
    else if (t.field === 'offer') p.offer.push(ref);
    else if (t.field === 'seek') p.seek.push(ref);
    else if (t.field === 'profile') p.profile.push(t.term);
    else if (t.field === 'city') p.city.push(t.term);
  }
  const uniq = (xs: readonly string[]) => [...new Set(xs)];
  for (const p of byId.values()) {
    p.needIds = uniq(p.need.map((r) => r.term));
    p.offerIds = uniq(p.offer.map((r) => r.term));
    p.seekIds = uniq(p.seek.map((r) => r.term));
    p.canIds = uniq([...p.offerIds, ...p.profile]);
  }
  // Pairs already introduced (or turned down) are left out like pairs who know each other.
  const [known, introduced] = await Promise.all([
    listKnownPairs(ctx.db),
    listIntroducedPairs(ctx.db),
  ]);
  return buildIndex([...byId.values()], [...known, ...introduced]);
}

export const matchOptionsSchema = z.object({
  for: personRef.optional(),
  limit: z.number().int().min(1).max(500).optional(),
});

export interface Suggestion {
  a: { id: number; name: string };
  b: { id: number; name: string };
  score: number;
  reasons: string[];
}

/**
 * Introductions worth making: A needs what B offers (or A is looking for someone like B), best
 * first, leaving out pairs who already know each other or were introduced, and archived people. With `for`, the
 * suggestions involving that person (as the one in need, then as the one who can help).
 */
export async function suggestIntroductions(
  ctx: Ctx,
  input: z.input<typeof matchOptionsSchema>,
  lang: Lang,
): Promise<Suggestion[]> {
  const opts = parseInput(matchOptionsSchema, input);
  const limit = opts.limit ?? 20;
  const ix = await connectorIndex(ctx);
  let found;
  if (opts.for !== undefined) {
    const person = await resolvePerson(ctx.db, opts.for);
    const me = ix.byId.get(person.id);
    if (!me) return [];
    found = [...suggestFor(ix, me, limit), ...suggestHelping(ix, me, limit)]
      .sort(byScore)
      .slice(0, limit);
  } else {
    found = suggestAll(ix, limit);
  }
  return found.map((m) => ({
    a: { id: m.a.id, name: m.a.name },
    b: { id: m.b.id, name: m.b.name },
    score: Math.round(m.score * 1000) / 1000,
    reasons: pairReasons(m, lang),
  }));
}

export const whoSchema = z.object({
  text: z.string().trim().min(1).max(500),
  limit: z.number().int().min(1).max(200).optional(),
});

export interface WhoAnswer {
  person: { id: number; name: string };
  score: number;
  reasons: string[];
}

/** "Who can help?": people ranked for a free-text question, with reasons. */
export async function whoCanHelp(
  ctx: Ctx,
  input: z.input<typeof whoSchema>,
  lang: Lang,
): Promise<WhoAnswer[]> {
  const { text, limit } = parseInput(whoSchema, input);
  const terms = extractTerms(text);
  const ix = await connectorIndex(ctx);
  const city = terms.find((t) => termKind(t) === 'city');
  return who(ix, terms, limit ?? 10).map((m) => ({
    person: { id: m.person.id, name: m.person.name },
    score: Math.round(m.score * 1000) / 1000,
    reasons: whoReasons(m, city ? termLabel(city, lang) : undefined, lang),
  }));
}

type PairRef = { id: number; name: string };

/** Records that two people know each other (manual; introductions and events record it too). */
export async function addKnows(
  ctx: Ctx,
  aRef: string | number,
  bRef: string | number,
  source: 'manual' | 'introduction' | 'event' | 'group' = 'manual',
): Promise<{ a: PairRef; b: PairRef; added: boolean }> {
  return ctx.db.transaction().execute(async (trx) => {
    const [a, b] = await resolvePair(trx, aRef, bRef);
    const added = await insertKnows(trx, a.id, b.id, source, ctx.now().toISOString());
    return { a, b, added };
  });
}

/** Forgets that two people know each other (an undo, or a mistake): they can be suggested again. */
export async function removeKnows(
  ctx: Ctx,
  aRef: string | number,
  bRef: string | number,
): Promise<{ a: PairRef; b: PairRef; removed: boolean }> {
  return ctx.db.transaction().execute(async (trx) => {
    const [a, b] = await resolvePair(trx, aRef, bRef);
    return { a, b, removed: await deleteKnows(trx, a.id, b.id) };
  });
}

async function resolvePair(
  db: Executor,
  aRef: string | number,
  bRef: string | number,
): Promise<[PairRef, PairRef]> {
  const a = await resolvePerson(db, aRef);
  const b = await resolvePerson(db, bRef);
  if (a.id === b.id) {
    throw new AppError('ValidationFailed', {
      issues: [{ field: 'people', problem: 'invalid_value', value: b.name }],
    });
  }
  return [
    { id: a.id, name: a.name },
    { id: b.id, name: b.name },
  ];
}

/**
 * People who were at the same offline interaction know each other (the issue's "from shared
 * events"). Called by the interactions service inside its transaction.
 */
export async function recordMetTogether(
  db: Executor,
  personIds: readonly number[],
  mode: 'online' | 'offline',
  at: string,
): Promise<void> {
  if (mode === 'offline' && personIds.length > 1)
    await insertKnowsAmong(db, personIds, 'event', at);
}

/** The same for every interaction stored (after bulk imports of interactions). */
export async function recordAllMetTogether(db: Executor, at: string): Promise<void> {
  await insertKnowsFromInteractions(db, at);
}
