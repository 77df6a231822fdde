import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Executor } from '../context.js';
import {
  searchDocument,
  toFtsQuery,
  type QueryTerm,
  type SearchableFields,
} from './search-text.js';

/** Writes (or rewrites) one person's entry in the search index; rowid = person id. */
export async function indexPerson(db: Executor, id: number, p: SearchableFields): Promise<void> {
  await sql`DELETE FROM people_search WHERE rowid = ${id}`.execute(db);
  await sql`INSERT INTO people_search (rowid, tokens) VALUES (${id}, ${searchDocument(p).join(' ')})`.execute(
    db,
  );
}

/** Every person's searchable fields (live ones only when asked): for rebuilding, and for checks. */
export async function listSearchableFields(
  db: Executor,
  opts: { liveOnly?: boolean } = {},
): Promise<(SearchableFields & { id: number })[]> {
  let q = db
    .selectFrom('people as p')
    .select([
      'p.id',
      'p.name',
      'p.name_latin',
      'p.pinyin',
      'p.initials',
      'p.nicknames',
      'p.company',
      'p.city',
      'p.disciplines',
      'p.skills',
      sql<string>`(SELECT json_group_array(tag) FROM person_tags t WHERE t.person_id = p.id)`.as(
        'tags',
      ),
    ]);
  if (opts.liveOnly) q = q.where('p.archived_at', 'is', null);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
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
  }));
}

/** Rebuilds the whole index from the people table (migrations, repairs). */
export async function rebuildSearchIndex(db: Kysely<DB>): Promise<number> {
  await sql`DELETE FROM people_search`.execute(db);
  const people = await listSearchableFields(db);
  for (const p of people) await indexPerson(db, p.id, p);
  return people.length;
}

const TIER_ORDER = sql`CASE p.tier WHEN 'core' THEN 0 WHEN 'important' THEN 1 WHEN 'general' THEN 2 ELSE 3 END`;

/**
 * Ids of people matching the terms, best first: an exact name, then exact pinyin or initials,
 * then names, pinyin or initials that start with the query, then the rest; ties by tier, recent contact and name.
 */
export async function searchIds(
  db: Executor,
  terms: readonly QueryTerm[],
  norm: string,
  opts: { includeArchived: boolean; limit: number },
): Promise<number[]> {
  const compact = norm.replace(/ /g, '');
  const live = opts.includeArchived ? sql`` : sql`AND p.archived_at IS NULL`;
  const limit = opts.limit > 0 ? sql`LIMIT ${opts.limit}` : sql``;
  const rows = await sql<{ id: number }>`
    SELECT p.id FROM people_search s JOIN people p ON p.id = s.rowid
    WHERE people_search MATCH ${toFtsQuery(terms)} ${live}
    ORDER BY
      CASE
        WHEN p.name_norm = ${norm} OR p.latin_norm = ${norm} THEN 0
        WHEN replace(p.pinyin, ' ', '') = ${compact} OR p.initials = ${compact} THEN 1
        WHEN substr(p.name_norm, 1, length(${norm})) = ${norm}
          OR substr(p.latin_norm, 1, length(${norm})) = ${norm}
          OR substr(replace(p.pinyin, ' ', ''), 1, length(${compact})) = ${compact}
          OR substr(p.initials, 1, length(${compact})) = ${compact} THEN 2
        ELSE 3
      END,
      ${TIER_ORDER}, p.last_interaction_on DESC, p.name_norm, p.id
    ${limit}`.execute(db);
  return rows.rows.map((r) => r.id);
}
