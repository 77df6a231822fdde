import type { Executor } from '../context.js';
import type { Stage, Tier } from '../vocab.js';

/**
 * Live people due on or before `until`, most overdue first. Someone snoozed stays hidden until
 * the snooze date itself, not from three days before it.
 */
export async function listDueRows(db: Executor, today: string, until: string) {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name', 'tier', 'stage', 'cadence_days', 'last_interaction_on', 'due_on'])
    .where('archived_at', 'is', null)
    .where('due_on', 'is not', null)
    .where('due_on', '<=', until)
    .where((eb) => eb.or([eb('snoozed_until', 'is', null), eb('snoozed_until', '<=', today)]))
    .orderBy('due_on')
    .orderBy('name_norm')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    tier: r.tier as Tier,
    stage: r.stage as Stage,
    cadenceDays: r.cadence_days,
    lastInteractionOn: r.last_interaction_on,
    dueOn: r.due_on!,
  }));
}

/** Live people met between two dates with no interaction on or after the day we met. */
export async function listFollowUpRows(db: Executor, from: string, to: string) {
  const rows = await db
    .selectFrom('people')
    .select(['id', 'name', 'tier', 'met_on', 'met_time', 'met_place'])
    .where('archived_at', 'is', null)
    .where('met_on', '>=', from)
    .where('met_on', '<=', to)
    .where((eb) =>
      eb.or([
        eb('last_interaction_on', 'is', null),
        eb('last_interaction_on', '<', eb.ref('met_on')),
      ]),
    )
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    tier: r.tier as Tier,
    metOn: r.met_on!,
    metTime: r.met_time,
    metPlace: r.met_place,
  }));
}

/** Live people whose birthday falls on one of the given `MM-DD` days. */
export async function listBirthdayRows(db: Executor, monthDays: readonly string[]) {
  if (monthDays.length === 0) return [];
  return db
    .selectFrom('people')
    .select(['id', 'name', 'birthday'])
    .where('archived_at', 'is', null)
    .where('birthday_md', 'in', monthDays)
    .execute();
}
