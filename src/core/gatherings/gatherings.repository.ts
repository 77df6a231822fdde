import type { Selectable } from 'kysely';
import type { Executor } from '../context.js';
import type { ConnectorFollowUp } from '../agenda/connector-follow-ups.js';
import type { GatheringsTable } from '../../db/schema.js';
import type { GatheringStatus } from '../vocab.js';
import type { Gathering } from './gatherings.js';
import { idsInInsertOrder, slices } from '../../db/bulk.js';

type Row = Selectable<GatheringsTable>;

function reasonsOf(json: string): string[] {
  const v = JSON.parse(json) as unknown;
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function toGathering(r: Row, people: { id: number; name: string }[]): Gathering {
  return {
    id: r.id,
    title: r.title,
    on: r.on_date,
    place: r.place,
    status: r.status as GatheringStatus,
    reasons: reasonsOf(r.reasons),
    note: r.note,
    people,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** The people of these gatherings, in the order they were planned. */
async function peopleOf(
  db: Executor,
  ids: readonly number[],
  opts: { liveOnly?: boolean } = {},
): Promise<Map<number, { id: number; name: string }[]>> {
  const out = new Map<number, { id: number; name: string }[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('gathering_people as gp')
    .innerJoin('people as p', 'p.id', 'gp.person_id')
    .select(['gp.gathering_id', 'p.id', 'p.name'])
    .where('gp.gathering_id', 'in', ids)
    .$if(opts.liveOnly === true, (q) => q.where('p.archived_at', 'is', null))
    .orderBy('gp.gathering_id')
    .orderBy('gp.position')
    .execute();
  for (const r of rows) {
    const list = out.get(r.gathering_id) ?? [];
    list.push({ id: r.id, name: r.name });
    out.set(r.gathering_id, list);
  }
  return out;
}

/** Adds a gathering and its people (in this order); returns its id. */
export async function insertGathering(
  db: Executor,
  row: Omit<Row, 'id'>,
  personIds: readonly number[],
): Promise<number> {
  const { id } = await db
    .insertInto('gatherings')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('gathering_people')
    .values(personIds.map((person_id, position) => ({ gathering_id: id, person_id, position })))
    .execute();
  return id;
}

/** Gatherings with their people; all of them, or those of one status. */
export async function listGatheringRows(
  db: Executor,
  filter: { id?: number; status?: GatheringStatus } = {},
): Promise<Gathering[]> {
  let q = db.selectFrom('gatherings').selectAll();
  if (filter.id !== undefined) q = q.where('id', '=', filter.id);
  if (filter.status !== undefined) q = q.where('status', '=', filter.status);
  const rows = await q.orderBy('id').execute();
  const people = await peopleOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toGathering(r, people.get(r.id) ?? []));
}

/** One gathering, or undefined. */
export async function findGatheringRow(db: Executor, id: number): Promise<Gathering | undefined> {
  const [g] = await listGatheringRows(db, { id });
  return g;
}

export async function updateGatheringStatus(
  db: Executor,
  id: number,
  status: GatheringStatus,
  updatedAt: string,
): Promise<void> {
  await db
    .updateTable('gatherings')
    .set({ status, updated_at: updatedAt })
    .where('id', '=', id)
    .execute();
}

/**
 * Planned gatherings dated within [from, until], soonest first, for the agenda: one follow-up
 * each, about its title, with its people.
 */
export async function listGatheringFollowUps(
  db: Executor,
  from: string,
  until: string,
): Promise<ConnectorFollowUp[]> {
  const rows = await db
    .selectFrom('gatherings')
    .select(['id', 'title', 'on_date'])
    .where('status', '=', 'planned')
    .where('on_date', 'is not', null)
    .where('on_date', '>=', from)
    .where('on_date', '<=', until)
    .orderBy('on_date')
    .orderBy('id')
    .execute();
  // The gathering still happens; archived people are left out of it on the agenda, as elsewhere.
  const people = await peopleOf(
    db,
    rows.map((r) => r.id),
    { liveOnly: true },
  );
  return rows.map((r) => ({
    kind: 'gathering' as const,
    id: r.id,
    people: people.get(r.id) ?? [],
    about: r.title,
    dueOn: r.on_date!,
  }));
}

/** Every gathering with its people in planned order, oldest first (ties by id): for backups. */
export async function listAllGatherings(db: Executor): Promise<Gathering[]> {
  const rows = await db
    .selectFrom('gatherings')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const people = await peopleOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toGathering(r, people.get(r.id) ?? []));
}

/** Adds gatherings with their people, in the order given (restoring a backup). */
export async function insertGatheringRows(
  db: Executor,
  items: readonly { row: Omit<Row, 'id'>; personIds: readonly number[] }[],
): Promise<void> {
  // 8 columns a row, 3 a link.
  for (const chunk of slices(items, 500)) {
    const ids = idsInInsertOrder(
      await db
        .insertInto('gatherings')
        .values(chunk.map((c) => c.row))
        .returning('id')
        .execute(),
    );
    const links = chunk.flatMap((c, j) =>
      c.personIds.map((person_id, position) => ({
        gathering_id: ids[j]!,
        person_id,
        position,
      })),
    );
    for (const part of slices(links, 2000)) {
      await db.insertInto('gathering_people').values(part).execute();
    }
  }
}
