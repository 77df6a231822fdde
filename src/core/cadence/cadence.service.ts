import type { Executor } from '../context.js';
import type { Settings } from '../settings/settings.js';
import { computeDueOn } from './cadence.js';
import { listCadenceRows, updateDueOn } from './cadence.repository.js';

/**
 * Recomputes the stored due dates of the given people (everyone when omitted) with computeDueOn,
 * writing only the ones that changed. Call inside the transaction that changed their inputs.
 */
export async function refreshDueDates(
  db: Executor,
  settings: Settings,
  ids?: readonly number[],
): Promise<void> {
  for (const row of await listCadenceRows(db, ids)) {
    const due = computeDueOn(row, settings);
    if (due !== row.dueOn) await updateDueOn(db, row.id, due);
  }
}
