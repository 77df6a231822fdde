import { randomUUID } from 'node:crypto';
import type { Ctx } from '../context.js';
import { AppError, invalidField } from '../errors.js';
import { refreshDueDates } from '../cadence/cadence.service.js';
import { recordAllMetTogether, recordMetTogether } from '../connector/connector.service.js';
import { resolvePerson } from '../people/people.service.js';
import { getSettings } from '../settings/settings.service.js';
import { localDate } from '../time/dates.js';
import { parseInput } from '../validation.js';
import {
  bulkInteractionSchema,
  listInteractionsSchema,
  logInteractionSchema,
  modeOf,
  type Interaction,
  type BulkInteractionInput,
  type ListInteractionsInput,
  type LogInteractionInput,
} from './interactions.js';
import {
  bumpLastInteraction,
  deleteInteractionRow,
  insertInteraction,
  insertInteractionsBulk,
  listInteractionRows,
  recomputeLastInteraction,
} from './interactions.repository.js';

/**
 * Records a contact with one or more people and resets each one's cadence clock, in one
 * transaction. The date defaults to today in the user's time zone.
 */
export async function logInteraction(ctx: Ctx, input: LogInteractionInput): Promise<Interaction> {
  const data = parseInput(logInteractionSchema, input);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const people = [];
    for (const ref of data.people) people.push(await resolvePerson(trx, ref));
    const ids = [...new Set(people.map((p) => p.id))];
    const today = localDate(now, ctx.timeZone);
    const date = data.date ?? today;
    if (date > today) throw invalidField({ field: 'date', problem: 'in_future', value: date });
    const mode = data.mode ?? modeOf(data.channel);
    const id = await insertInteraction(
      trx,
      {
        uid: randomUUID(),
        occurred_on: date,
        channel: data.channel,
        mode,
        kind: data.kind,
        direction: data.direction ?? 'mutual',
        note: data.note ?? null,
        created_at: now.toISOString(),
      },
      ids,
    );
    await bumpLastInteraction(trx, ids, date);
    await refreshDueDates(trx, await getSettings(trx), ids);
    await recordMetTogether(trx, ids, mode, now.toISOString());
    const [row] = await listInteractionRows(trx, { id, limit: 1 });
    return row!;
  });
}

/** Interactions, newest first; for one person when `person` is given. */
export async function listInteractions(
  ctx: Ctx,
  input: ListInteractionsInput = {},
): Promise<Interaction[]> {
  const f = parseInput(listInteractionsSchema, input);
  const person =
    f.person === undefined
      ? undefined
      : await resolvePerson(ctx.db, f.person, { includeArchived: true });
  return listInteractionRows(ctx.db, { personId: person?.id, limit: f.limit ?? 50 });
}

/** Deletes an interaction (a mistaken log) and rewinds the clocks it had reset. */
export async function deleteInteraction(ctx: Ctx, id: number): Promise<Interaction> {
  return ctx.db.transaction().execute(async (trx) => {
    const [row] = await listInteractionRows(trx, { id, limit: 1 });
    if (!row) throw new AppError('InteractionNotFound', { id });
    await deleteInteractionRow(trx, id);
    const ids = row.people.map((p) => p.id);
    await recomputeLastInteraction(trx, ids);
    await refreshDueDates(trx, await getSettings(trx), ids);
    return row;
  });
}

/**
 * Records many interactions with people given by id, all or nothing, then recomputes every
 * affected clock once (imports and the synthetic network generator).
 */
export async function importInteractions(
  ctx: Ctx,
  input: readonly BulkInteractionInput[],
): Promise<number> {
  const items = input.map((i, n) => parseInput(bulkInteractionSchema, i, `interactions.${n}`));
  const createdAt = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await insertInteractionsBulk(
      trx,
      items.map((d) => ({
        row: {
          uid: randomUUID(),
          occurred_on: d.date,
          channel: d.channel,
          mode: d.mode ?? modeOf(d.channel),
          kind: d.kind,
          direction: d.direction ?? 'mutual',
          note: d.note ?? null,
          created_at: createdAt,
        },
        personIds: [...new Set(d.personIds)],
      })),
    );
    await recomputeLastInteraction(trx);
    await refreshDueDates(trx, await getSettings(trx));
    await recordAllMetTogether(trx, createdAt);
    return items.length;
  });
}
