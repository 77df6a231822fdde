import { sql, type Selectable } from 'kysely';
import type { Executor } from '../context.js';
import type { InteractionsTable } from '../../db/schema.js';
import type { Channel, Direction, Kind, Mode } from '../vocab.js';
import type { Interaction } from './interactions.js';
import { idsInInsertOrder, slices } from '../../db/bulk.js';

type Row = Selectable<InteractionsTable>;

export async function insertInteraction(
  db: Executor,
  row: Omit<Row, 'id'>,
  personIds: readonly number[],
): Promise<number> {
  const { id } = await db
    .insertInto('interactions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('interaction_people')
    .values(personIds.map((person_id) => ({ interaction_id: id, person_id })))
    .execute();
  return id;
}

/** Moves each person's last-contact date forward to `date` if it is later. */
export async function bumpLastInteraction(
  db: Executor,
  personIds: readonly number[],
  date: string,
): Promise<void> {
  await db
    .updateTable('people')
    .set({ last_interaction_on: date })
    .where('id', 'in', personIds)
    .where((eb) =>
      eb.or([eb('last_interaction_on', 'is', null), eb('last_interaction_on', '<', date)]),
    )
    .execute();
}

/** Inserts many interactions with their people; returns the new ids in input order. */
export async function insertInteractionsBulk(
  db: Executor,
  items: readonly { row: Omit<Row, 'id'>; personIds: readonly number[] }[],
): Promise<number[]> {
  const ids: number[] = [];
  // 9 columns a row, 2 a link.
  for (const chunk of slices(items, 500)) {
    const chunkIds = idsInInsertOrder(
      await db
        .insertInto('interactions')
        .values(chunk.map((c) => c.row))
        .returning('id')
        .execute(),
    );
    const links = chunk.flatMap((c, j) =>
      c.personIds.map((person_id) => ({ interaction_id: chunkIds[j]!, person_id })),
    );
    for (const part of slices(links, 2000)) {
      await db.insertInto('interaction_people').values(part).execute();
    }
    ids.push(...chunkIds);
  }
  return ids;
}

/** Recomputes last-contact dates from the interactions themselves (after a deletion or a bulk import). */
export async function recomputeLastInteraction(
  db: Executor,
  personIds?: readonly number[],
): Promise<void> {
  let q = db.updateTable('people').set({
    last_interaction_on: sql<string | null>`(
        SELECT max(i.occurred_on) FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
        WHERE ip.person_id = people.id)`,
  });
  if (personIds) q = q.where('id', 'in', personIds);
  await q.execute();
}

export async function deleteInteractionRow(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('interactions').where('id', '=', id).execute();
}

/** Interactions, newest first, optionally only those involving one person. */
export async function listInteractionRows(
  db: Executor,
  opts: { personId?: number; id?: number; limit: number },
): Promise<Interaction[]> {
  let q = db
    .selectFrom('interactions as i')
    .selectAll('i')
    .select(
      sql<string>`(SELECT json_group_array(json_object('id', p.id, 'name', p.name))
        FROM interaction_people ip JOIN people p ON p.id = ip.person_id
        WHERE ip.interaction_id = i.id)`.as('people'),
    );
  if (opts.personId !== undefined) {
    const pid = opts.personId;
    q = q.where('i.id', 'in', (eb) =>
      eb.selectFrom('interaction_people').select('interaction_id').where('person_id', '=', pid),
    );
  }
  if (opts.id !== undefined) q = q.where('i.id', '=', opts.id);
  const rows = await q
    .orderBy('i.occurred_on', 'desc')
    .orderBy('i.id', 'desc')
    .limit(opts.limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    uid: r.uid,
    occurredOn: r.occurred_on,
    channel: r.channel as Channel,
    mode: r.mode as Mode,
    kind: r.kind as Kind,
    direction: r.direction as Direction,
    note: r.note,
    people: JSON.parse(r.people) as { id: number; name: string }[],
    createdAt: r.created_at,
  }));
}
