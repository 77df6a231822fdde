import { sql, type Kysely } from 'kysely';
import type Database from 'better-sqlite3';

export interface Migration {
  /** Timestamped and ordered: `YYYYMMDD-NNNN-name`. */
  id: string;
  up(db: Kysely<unknown>): Promise<void>;
}

/** Marks the file as ours in the SQLite header (`PRAGMA application_id`), 'TXNG'. */
export const APPLICATION_ID = 0x54584e47;

/** Ids of migrations already applied to a database (none for a fresh file). */
export function appliedMigrationIds(sqlite: Database.Database): string[] {
  const hasTable = sqlite
    .prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`)
    .get();
  if (!hasTable) return [];
  return (
    sqlite.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as { id: string }[]
  ).map((r) => r.id);
}

/**
 * Applies pending migrations, each in its own write transaction. The list is read again inside
 * the transaction: a second process that opened the same new file at the same time waits for the
 * lock and then finds the work done.
 */
export async function runMigrations(
  db: Kysely<unknown>,
  migrations: readonly Migration[],
  now: () => Date,
): Promise<string[]> {
  const applied: string[] = [];
  for (const m of migrations) {
    const done = await db.transaction().execute(async (trx) => {
      await sql`CREATE TABLE IF NOT EXISTS schema_migrations (id TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.execute(
        trx,
      );
      const exists = await sql`SELECT 1 AS x FROM schema_migrations WHERE id = ${m.id}`.execute(
        trx,
      );
      if (exists.rows.length > 0) return false;
      await m.up(trx);
      await sql`INSERT INTO schema_migrations (id, applied_at) VALUES (${m.id}, ${now().toISOString()})`.execute(
        trx,
      );
      await sql.raw(`PRAGMA application_id = ${APPLICATION_ID}`).execute(trx);
      return true;
    });
    if (done) applied.push(m.id);
  }
  return applied;
}
