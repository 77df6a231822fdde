import { sql, type Selectable } from 'kysely';
import type { Executor } from '../context.js';
import type { PeopleTable } from '../../db/schema.js';
import type { Platform, Stage, Tier } from '../vocab.js';
import type { Handle, Person } from './people.js';

export type PersonRow = Selectable<PeopleTable>;
export type NewPersonRow = Omit<PersonRow, 'id'>;

const list = (json: string): string[] => JSON.parse(json) as string[];

/** Row (plus its tags, handles and introducer) to domain object. */
export function rowToPerson(
  r: PersonRow,
  tags: string[],
  handles: Handle[],
  introducedBy: { id: number; name: string } | null,
  effectiveCadenceDays: number | null,
  hasPhoto = false,
): Person {
  return {
    id: r.id,
    uid: r.uid,
    name: r.name,
    nameLatin: r.name_latin,
    pinyin: r.pinyin,
    initials: r.initials,
    nicknames: list(r.nicknames),
    disciplines: list(r.disciplines),
    skills: list(r.skills),
    title: r.title,
    company: r.company,
    city: r.city,
    handles,
    metOn: r.met_on,
    metTime: r.met_time,
    metPlace: r.met_place,
    metHow: r.met_how,
    introducedBy,
    birthday: r.birthday,
    needs: list(r.needs),
    offers: list(r.offers),
    seeking: list(r.seeking),
    challenges: list(r.challenges),
    goals: list(r.goals),
    tags,
    note: r.note,
    tier: r.tier as Tier,
    stage: r.stage as Stage,
    cadenceDays: r.cadence_days,
    effectiveCadenceDays,
    snoozedUntil: r.snoozed_until,
    lastInteractionOn: r.last_interaction_on,
    dueOn: r.due_on,
    addedOn: r.added_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    archivedAt: r.archived_at,
    hasPhoto,
  };
}

export async function insertPerson(db: Executor, row: NewPersonRow): Promise<number> {
  const r = await db.insertInto('people').values(row).returning('id').executeTakeFirstOrThrow();
  return r.id;
}

export async function updatePersonRow(
  db: Executor,
  id: number,
  patch: Partial<NewPersonRow>,
): Promise<void> {
  if (Object.keys(patch).length === 0) return;
  await db.updateTable('people').set(patch).where('id', '=', id).execute();
}

export async function findPersonRow(db: Executor, id: number): Promise<PersonRow | undefined> {
  return db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listTags(db: Executor, personId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('person_tags')
    .select('tag')
    .where('person_id', '=', personId)
    .orderBy('tag')
    .execute();
  return rows.map((r) => r.tag);
}

export async function replaceTags(
  db: Executor,
  personId: number,
  tags: readonly string[],
): Promise<void> {
  await db.deleteFrom('person_tags').where('person_id', '=', personId).execute();
  if (tags.length === 0) return;
  await db
    .insertInto('person_tags')
    .values(tags.map((tag) => ({ person_id: personId, tag })))
    .execute();
}

export async function listHandles(db: Executor, personId: number): Promise<Handle[]> {
  const rows = await db
    .selectFrom('person_handles')
    .select(['platform', 'value'])
    .where('person_id', '=', personId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ platform: r.platform as Platform, value: r.value }));
}

export async function replaceHandles(
  db: Executor,
  personId: number,
  handles: readonly Handle[],
): Promise<void> {
  await db.deleteFrom('person_handles').where('person_id', '=', personId).execute();
  if (handles.length === 0) return;
  await db
    .insertInto('person_handles')
    .values(
      handles.map((h, i) => ({
        person_id: personId,
        platform: h.platform,
        value: h.value,
        position: i,
      })),
    )
    .execute();
}

/** People whose name or Latin name equals the normalised text exactly. */
export async function findIdsByExactName(
  db: Executor,
  norm: string,
  includeArchived: boolean,
): Promise<number[]> {
  let q = db
    .selectFrom('people')
    .select('id')
    .where((eb) => eb.or([eb('name_norm', '=', norm), eb('latin_norm', '=', norm)]));
  if (!includeArchived) q = q.where('archived_at', 'is', null);
  return (await q.orderBy('id').limit(50).execute()).map((r) => r.id);
}

/** A compact view for lists and tables. */
export interface PersonSummary {
  id: number;
  name: string;
  nameLatin: string | null;
  tier: Tier;
  stage: Stage;
  city: string | null;
  company: string | null;
  tags: string[];
  lastInteractionOn: string | null;
  dueOn: string | null;
  archivedAt: string | null;
}

export interface SummaryFilter {
  tier?: Tier;
  stage?: Stage;
  tag?: string;
  ids?: readonly number[];
  archived: 'exclude' | 'include' | 'only';
  limit?: number;
}

/** Summaries matching the filter, by name (or in `ids` order when ids are given). */
export async function listSummaries(db: Executor, f: SummaryFilter): Promise<PersonSummary[]> {
  if (f.ids?.length === 0) return [];
  let q = db
    .selectFrom('people as p')
    .select([
      'p.id',
      'p.name',
      'p.name_latin',
      'p.tier',
      'p.stage',
      'p.city',
      'p.company',
      'p.last_interaction_on',
      'p.due_on',
      'p.archived_at',
      sql<string>`(SELECT json_group_array(tag) FROM person_tags t WHERE t.person_id = p.id)`.as(
        'tags',
      ),
    ]);
  if (f.archived === 'exclude') q = q.where('p.archived_at', 'is', null);
  if (f.archived === 'only') q = q.where('p.archived_at', 'is not', null);
  if (f.tier) q = q.where('p.tier', '=', f.tier);
  if (f.stage) q = q.where('p.stage', '=', f.stage);
  if (f.tag) {
    const tag = f.tag;
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_tags as t')
          .select(sql`1`.as('x'))
          .whereRef('t.person_id', '=', 'p.id')
          .where('t.tag', '=', tag),
      ),
    );
  }
  if (f.ids) {
    q = q.where('p.id', 'in', sql<number>`(SELECT value FROM json_each(${JSON.stringify(f.ids)}))`);
  } else {
    // Chinese names sort by their pinyin among Latin ones, as in phone address books.
    q = q.orderBy(sql`coalesce(replace(p.pinyin, ' ', ''), p.name_norm)`).orderBy('p.id');
  }
  if (f.limit !== undefined && f.limit > 0) q = q.limit(f.limit);
  const rows = await q.execute();
  const out = rows.map((r) => ({
    id: r.id,
    name: r.name,
    nameLatin: r.name_latin,
    tier: r.tier as Tier,
    stage: r.stage as Stage,
    city: r.city,
    company: r.company,
    tags: (JSON.parse(r.tags) as string[]).sort(),
    lastInteractionOn: r.last_interaction_on,
    dueOn: r.due_on,
    archivedAt: r.archived_at,
  }));
  if (!f.ids) return out;
  const order = new Map(f.ids.map((id, i) => [id, i]));
  return out.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** How many live people each tier holds. */
export async function countByTier(db: Executor): Promise<{ tier: string; n: number }[]> {
  return db
    .selectFrom('people')
    .select(['tier', (eb) => eb.fn.countAll<number>().as('n')])
    .where('archived_at', 'is', null)
    .groupBy('tier')
    .execute();
}
