import type Database from 'better-sqlite3';

/**
 * A value that changes whenever the database does: `PRAGMA data_version` moves when another
 * connection (the CLI, a second process) commits, `total_changes()` when this one writes.
 * Reading both costs microseconds, so answers computed from the database can be reused until it moves.
 */
export function dataVersion(sqlite: Database.Database): string {
  const v = sqlite.pragma('data_version', { simple: true }) as number;
  const own = (sqlite.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
  return `${v}.${own}`;
}
