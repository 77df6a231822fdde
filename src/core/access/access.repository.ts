import type { Executor } from '../context.js';

export async function hasTokenHash(db: Executor, hash: string): Promise<boolean> {
  const row = await db
    .selectFrom('access_tokens')
    .select('id')
    .where('hash', '=', hash)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countTokens(db: Executor): Promise<number> {
  const r = await db
    .selectFrom('access_tokens')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return r.n;
}

/** Replaces every stored token hash with this one. */
export async function replaceTokenHashes(
  db: Executor,
  hash: string,
  createdAt: string,
): Promise<void> {
  await db.deleteFrom('access_tokens').execute();
  await db.insertInto('access_tokens').values({ hash, created_at: createdAt }).execute();
}
