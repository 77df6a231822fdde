import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../context.js';
import type { ReferralsTable } from '../../db/schema.js';
import type { ConnectorFollowUp } from '../agenda/connector-follow-ups.js';
import type { ReferralDirection, ReferralStatus } from '../vocab.js';
import { fromCents, OPEN_STATUSES, referralAbout, type Referral } from './referrals.js';
import { slices } from '../../db/bulk.js';

type Row = Selectable<ReferralsTable> & { person_name: string };

function rowToReferral(r: Row): Referral {
  return {
    id: r.id,
    direction: r.direction as ReferralDirection,
    person: { id: r.person_id, name: r.person_name },
    client: r.client,
    project: r.project,
    value: r.value_cents === null ? null : fromCents(r.value_cents),
    currency: r.currency,
    status: r.status as ReferralStatus,
    referredOn: r.referred_on,
    followUpOn: r.follow_up_on,
    closedOn: r.closed_on,
    thanksSentOn: r.thanks_sent_on,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function selectReferrals(db: Executor) {
  return db
    .selectFrom('referrals as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .selectAll('r')
    .select('p.name as person_name');
}

export async function insertReferral(
  db: Executor,
  row: Insertable<ReferralsTable>,
): Promise<number> {
  const { id } = await db
    .insertInto('referrals')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function findReferralRow(db: Executor, id: number): Promise<Referral | undefined> {
  const row = await selectReferrals(db).where('r.id', '=', id).executeTakeFirst();
  return row && rowToReferral(row);
}

/** Referrals matching every filter given, newest first. */
export async function listReferralRows(
  db: Executor,
  f: {
    direction?: ReferralDirection;
    status?: ReferralStatus;
    personId?: number;
    open?: boolean;
  },
): Promise<Referral[]> {
  let q = selectReferrals(db);
  if (f.direction) q = q.where('r.direction', '=', f.direction);
  if (f.status) q = q.where('r.status', '=', f.status);
  if (f.personId !== undefined) q = q.where('r.person_id', '=', f.personId);
  if (f.open === true) q = q.where('r.status', 'in', OPEN_STATUSES);
  if (f.open === false) q = q.where('r.status', 'not in', OPEN_STATUSES);
  const rows = await q.orderBy('r.referred_on', 'desc').orderBy('r.id', 'desc').execute();
  return rows.map(rowToReferral);
}

export async function updateReferralRow(
  db: Executor,
  id: number,
  patch: Updateable<ReferralsTable>,
): Promise<void> {
  await db.updateTable('referrals').set(patch).where('id', '=', id).execute();
}

export async function deleteReferralRow(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('referrals').where('id', '=', id).execute();
}

/**
 * The referral items of the agenda up to `until` (inclusive): open referrals whose follow-up
 * date has come, and referrals I received and won without having thanked the peer yet (due the
 * day they were won). Archived peers are left out, like everywhere on the agenda.
 */
export async function listReferralFollowUps(
  db: Executor,
  until: string,
): Promise<ConnectorFollowUp[]> {
  // `+r.person_id` keeps SQLite from walking all people and probing each one's referrals (its
  // choice for the thanks query on a fresh database): the referrals' own indexes lead instead.
  const base = () =>
    db
      .selectFrom('referrals as r')
      .innerJoin('people as p', (j) => j.on(sql<boolean>`p.id = +r.person_id`))
      .select(['r.id', 'r.client', 'r.project', 'r.person_id', 'p.name'])
      .where('p.archived_at', 'is', null);
  const [open, thanks] = await Promise.all([
    base()
      .select('r.follow_up_on as due_on')
      .where('r.status', 'in', OPEN_STATUSES)
      .where('r.follow_up_on', 'is not', null)
      .where('r.follow_up_on', '<=', until)
      .execute(),
    base()
      .select('r.closed_on as due_on')
      .where('r.direction', '=', 'in')
      .where('r.status', '=', 'won')
      .where('r.thanks_sent_on', 'is', null)
      .where('r.closed_on', '<=', until)
      .execute(),
  ]);
  const item = (kind: 'referral' | 'thanks') => (r: (typeof open)[number]) => ({
    kind,
    id: r.id,
    people: [{ id: r.person_id, name: r.name }],
    about: referralAbout(r.client, r.project),
    dueOn: r.due_on!,
  });
  return [...open.map(item('referral')), ...thanks.map(item('thanks'))].sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || a.id - b.id || a.kind.localeCompare(b.kind),
  );
}

/** Every referral as stored, oldest first: for backups. */
export async function listAllReferralRows(db: Executor): Promise<Selectable<ReferralsTable>[]> {
  return db.selectFrom('referrals').selectAll().orderBy('created_at').orderBy('id').execute();
}

/** Adds referrals as given, in this order (restoring a backup). */
export async function insertReferralRows(
  db: Executor,
  rows: readonly Insertable<ReferralsTable>[],
): Promise<void> {
  // 14 columns a row.
  for (const part of slices(rows, 500)) await db.insertInto('referrals').values(part).execute();
}
