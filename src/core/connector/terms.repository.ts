import { sql, type Selectable } from 'kysely';
import type { Executor } from '../context.js';
import type { KnowsTable } from '../../db/schema.js';
import { dataVersion } from '../../db/data-version.js';
import { connectionOf } from '../../db/raw.js';
import { slices } from '../../db/bulk.js';

/** What the connector reads of a person. */
export interface ConnectorRow {
  id: number;
  name: string;
  tier: string;
  city: string | null;
  last_interaction_on: string | null;
  needs: string;
  offers: string;
  seeking: string;
  disciplines: string;
  skills: string;
  title: string | null;
}

/** Live people whose terms are missing or older than their row (or than the vocabulary). */
export async function listStaleTermRows(
  db: Executor,
  vocabulary: string,
): Promise<(ConnectorRow & { updated_at: string })[]> {
  return db
    .selectFrom('people as p')
    .leftJoin('person_terms_state as s', 's.person_id', 'p.id')
    .select([
      'p.id',
      'p.name',
      'p.tier',
      'p.city',
      'p.last_interaction_on',
      'p.needs',
      'p.offers',
      'p.seeking',
      'p.disciplines',
      'p.skills',
      'p.title',
      'p.updated_at',
    ])
    .where((eb) =>
      eb.or([
        eb('s.person_id', 'is', null),
        eb('s.updated_at', '!=', eb.ref('p.updated_at')),
        eb('s.vocabulary', '!=', vocabulary),
      ]),
    )
    .execute();
}

export interface TermRow {
  person_id: number;
  field: string;
  term: string;
  text_index: number;
}

/** Replaces the terms of these people (one transaction, the caller's). */
export async function replaceTermRows(
  db: Executor,
  people: readonly { id: number; updatedAt: string }[],
  rows: readonly TermRow[],
  vocabulary: string,
): Promise<void> {
  for (const part of slices(people, 500)) {
    const ids = part.map((p) => p.id);
    await db.deleteFrom('person_terms').where('person_id', 'in', ids).execute();
    await db.deleteFrom('person_terms_state').where('person_id', 'in', ids).execute();
  }
  // 4 and 3 columns a row.
  for (const part of slices(rows, 5000)) await db.insertInto('person_terms').values(part).execute();
  for (const part of slices(people, 5000)) {
    await db
      .insertInto('person_terms_state')
      .values(part.map((p) => ({ person_id: p.id, updated_at: p.updatedAt, vocabulary })))
      .execute();
  }
}

/** Everyone the connector considers (live people), and their stored terms. */
export async function loadConnectorRows(
  db: Executor,
): Promise<{ people: ConnectorRow[]; terms: TermRow[] }> {
  const people = await db
    .selectFrom('people')
    .select([
      'id',
      'name',
      'tier',
      'city',
      'last_interaction_on',
      'needs',
      'offers',
      'seeking',
      'disciplines',
      'skills',
      'title',
    ])
    .where('archived_at', 'is', null)
    .execute();
  const terms = await sql<TermRow>`
    SELECT t.person_id, t.field, t.term, t.text_index FROM person_terms t
    JOIN people p ON p.id = t.person_id WHERE p.archived_at IS NULL`.execute(db);
  return { people, terms: terms.rows };
}

/** Pairs who know each other, as [smaller id, larger id]. */
export async function listKnownPairs(db: Executor): Promise<[number, number][]> {
  const rows = await db.selectFrom('knows').select(['a_id', 'b_id']).execute();
  return rows.map((r) => [r.a_id, r.b_id]);
}

export async function insertKnows(
  db: Executor,
  a: number,
  b: number,
  source: string,
  createdAt: string,
): Promise<boolean> {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const r = await db
    .insertInto('knows')
    .values({ a_id: lo, b_id: hi, source, created_at: createdAt })
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Forgets that two people know each other, whatever recorded it; false when it was not recorded. */
export async function deleteKnows(db: Executor, a: number, b: number): Promise<boolean> {
  const [lo, hi] = a < b ? [a, b] : [b, a];
  const r = await db
    .deleteFrom('knows')
    .where('a_id', '=', lo)
    .where('b_id', '=', hi)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Records that everyone in `ids` knows everyone else (one row per pair; existing pairs stay). */
export async function insertKnowsAmong(
  db: Executor,
  ids: readonly number[],
  source: string,
  createdAt: string,
): Promise<void> {
  const sorted = [...new Set(ids)].sort((x, y) => x - y);
  const rows = [];
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++)
      rows.push({ a_id: sorted[i]!, b_id: sorted[j]!, source, created_at: createdAt });
  // 4 columns a row.
  for (const part of slices(rows, 200)) {
    await db
      .insertInto('knows')
      .values(part)
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/**
 * Records that people who were at the same offline interaction (a meal, a meetup, an event)
 * know each other, for every such interaction stored: after bulk imports, and once when the
 * connector first learned to do this.
 */
export async function insertKnowsFromInteractions(db: Executor, createdAt: string): Promise<void> {
  await sql`
    INSERT INTO knows (a_id, b_id, source, created_at)
    SELECT DISTINCT x.person_id, y.person_id, 'event', ${createdAt}
    FROM interactions i
    JOIN interaction_people x ON x.interaction_id = i.id
    JOIN interaction_people y ON y.interaction_id = i.id AND x.person_id < y.person_id
    WHERE i.mode = 'offline'
    ON CONFLICT DO NOTHING`.execute(db);
}

/** Changes whenever the store does (see db/data-version.ts); undefined off a store. */
export function storeVersion(db: Executor): string | undefined {
  const sqlite = connectionOf(db);
  return sqlite ? dataVersion(sqlite) : undefined;
}

/** Every "knows" row as stored, for the JSON backup. */
export async function listAllKnowsRows(db: Executor): Promise<Selectable<KnowsTable>[]> {
  return db.selectFrom('knows').selectAll().orderBy('a_id').orderBy('b_id').execute();
}

/** Adds "knows" rows as given (a_id < b_id each), for restoring a backup. */
export async function insertKnowsRows(
  db: Executor,
  rows: readonly Selectable<KnowsTable>[],
): Promise<void> {
  // 4 columns a row.
  for (const part of slices(rows, 2000)) await db.insertInto('knows').values(part).execute();
}
