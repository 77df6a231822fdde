import type { Executor } from '../context.js';
import type { Stage, Tier } from '../vocab.js';
import type { CadenceInput } from './cadence.js';

export interface CadenceRow extends CadenceInput {
  id: number;
  dueOn: string | null;
}

/** The cadence fields of the given people, or of everyone when `ids` is omitted. */
export async function listCadenceRows(
  db: Executor,
  ids?: readonly number[],
): Promise<CadenceRow[]> {
  if (ids?.length === 0) return [];
  let q = db
    .selectFrom('people')
    .select([
      'id',
      'tier',
      'stage',
      'cadence_days',
      'last_interaction_on',
      'met_on',
      'added_on',
      'snoozed_until',
      'due_on',
    ]);
  if (ids) q = q.where('id', 'in', ids);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    tier: r.tier as Tier,
    stage: r.stage as Stage,
    cadenceDays: r.cadence_days,
    lastInteractionOn: r.last_interaction_on,
    metOn: r.met_on,
    addedOn: r.added_on,
    snoozedUntil: r.snoozed_until,
    dueOn: r.due_on,
  }));
}

export async function updateDueOn(db: Executor, id: number, dueOn: string | null): Promise<void> {
  await db.updateTable('people').set({ due_on: dueOn }).where('id', '=', id).execute();
}
