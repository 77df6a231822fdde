import type { Executor } from '../context.js';
import type { Tier } from '../vocab.js';

/** Live people with a birthday: whoever the feed shows a yearly event for. */
export async function listBirthdayPeople(db: Executor) {
  const rows = await db
    .selectFrom('people')
    .select(['uid', 'name', 'birthday'])
    .where('archived_at', 'is', null)
    .where('birthday', 'is not', null)
    .orderBy('birthday_md')
    .orderBy('name_norm')
    .execute();
  return rows.map((r) => ({ uid: r.uid, name: r.name, birthday: r.birthday! }));
}

/**
 * Live people due on or before `until`, overdue ones included. The stored due date already
 * carries cadence and snooze (a snoozed person is due on the snooze date).
 */
export async function listDuePeople(db: Executor, until: string) {
  const rows = await db
    .selectFrom('people')
    .select(['uid', 'name', 'tier', 'due_on', 'last_interaction_on'])
    .where('archived_at', 'is', null)
    .where('due_on', 'is not', null)
    .where('due_on', '<=', until)
    .orderBy('due_on')
    .orderBy('name_norm')
    .execute();
  return rows.map((r) => ({
    uid: r.uid,
    name: r.name,
    tier: r.tier as Tier,
    dueOn: r.due_on!,
    lastInteractionOn: r.last_interaction_on,
  }));
}

/** uid by id of the given people (live or not). */
export async function listUids(db: Executor, ids: readonly number[]): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  // In slices: SQLite limits the number of bound parameters.
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db
      .selectFrom('people')
      .select(['id', 'uid'])
      .where('id', 'in', ids.slice(i, i + 500))
      .execute();
    for (const r of rows) out.set(r.id, r.uid);
  }
  return out;
}

export async function findCalendarToken(db: Executor): Promise<string | undefined> {
  const row = await db
    .selectFrom('calendar_tokens')
    .select('token')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.token;
}

/** Stores the token, replacing any earlier one. */
export async function saveCalendarToken(
  db: Executor,
  token: string,
  createdAt: string,
): Promise<void> {
  await db
    .insertInto('calendar_tokens')
    .values({ id: 1, token, created_at: createdAt })
    .onConflict((oc) => oc.column('id').doUpdateSet({ token, created_at: createdAt }))
    .execute();
}
