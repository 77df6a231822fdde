import type { Ctx } from '../context.js';
import { dataVersion } from '../../db/data-version.js';
import { connectionOf } from '../../db/raw.js';
import { AppError } from '../errors.js';
import { resolvePerson } from '../people/people.service.js';
import { parseInput } from '../validation.js';
import {
  listReciprocitySchema,
  rowToReciprocity,
  type ListReciprocityInput,
  type Reciprocity,
} from './reciprocity.js';
import { listReciprocityRows, reciprocityRow } from './reciprocity.repository.js';
import { DEFAULT_CURRENCY } from './referrals.js';

/** The give and take with one person (by id or name; archived people too, it is history). */
export async function getReciprocity(ctx: Ctx, ref: string | number): Promise<Reciprocity> {
  // An id goes straight to the one query; a name is resolved first.
  const id =
    typeof ref === 'number'
      ? ref
      : (await resolvePerson(ctx.db, ref, { includeArchived: true })).id;
  const row = await reciprocityRow(ctx.db, id, DEFAULT_CURRENCY);
  if (!row) throw new AppError('PersonNotFound', { query: String(ref) });
  return rowToReciprocity(row);
}

/**
 * Everyone's balance, most out of balance first, per store until the database changes: the
 * aggregate reads every non-mutual interaction (a quarter of a second on 500,000), and a
 * balance page is read far more often than the network changes.
 */
const cache = new WeakMap<object, { version: string; all: Reciprocity[] }>();

async function allBalances(ctx: Ctx): Promise<Reciprocity[]> {
  // Off a store (inside a transaction) there is no version to key on: no caching then.
  const sqlite = connectionOf(ctx.db);
  const version = sqlite ? dataVersion(sqlite) : undefined;
  const hit = cache.get(ctx.db);
  if (version !== undefined && hit?.version === version) return hit.all;
  const all = (await listReciprocityRows(ctx.db, DEFAULT_CURRENCY)).map(rowToReciprocity);
  if (version !== undefined) cache.set(ctx.db, { version, all });
  return all;
}

/**
 * Balances of everyone live with any give or take, most out of balance first; `lean:
 * 'receiving'` lists the people I owe (they gave more than I did). Default limit 20.
 */
export async function listReciprocity(
  ctx: Ctx,
  input: ListReciprocityInput = {},
): Promise<Reciprocity[]> {
  const o = parseInput(listReciprocitySchema, input);
  const all = await allBalances(ctx);
  return (o.lean ? all.filter((b) => b.lean === o.lean) : all).slice(0, o.limit ?? 20);
}
