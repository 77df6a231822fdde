import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Kysely } from 'kysely';
import { registerConnection } from './raw.js';
import { AppError } from '../core/errors.js';
import { backupPath, backupTo, createPrivateFile } from './backup.js';
import { ImmediateSqliteDialect } from './dialect.js';
import { APPLICATION_ID, appliedMigrationIds, runMigrations, type Migration } from './migrator.js';
import { MIGRATIONS } from './migrations/index.js';
import type { DB } from './schema.js';

/** An open Tongxing database: the query builder for the core, the raw handle for backups. */
export interface Store {
  db: Kysely<DB>;
  sqlite: Database.Database;
  path: string;
  /** Backups taken while opening (before migrations). */
  backups: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply only these migrations (tests use the first one alone to build an old database). */
  migrations?: readonly Migration[];
  now?: () => Date;
  readonly?: boolean;
}

/** How long a write waits for another process's write lock before giving up. */
const BUSY_TIMEOUT_MS = 10_000;

/**
 * Opens (or creates) a database: checks it is ours and not from a newer version, backs it up
 * if migrations are pending, and applies them.
 */
export async function openStore(dbPath: string, opts: OpenOptions = {}): Promise<Store> {
  const file = path.resolve(dbPath);
  const now = opts.now ?? (() => new Date());
  const migrations = opts.migrations ?? MIGRATIONS;
  if (!fs.existsSync(file)) {
    if (opts.readonly) throw new AppError('FileNotFound', { path: file });
    try {
      createPrivateFile(file);
    } catch (e) {
      // Another process created it a moment ago: open theirs.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const sqlite = openSqlite(file, opts.readonly ?? false);
  try {
    const applied = inspect(sqlite, file, migrations);
    sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    sqlite.pragma('foreign_keys = ON');
    const backups: string[] = [];
    // Only pending migrations take the write lock: an up-to-date file opens with reads alone, so a
    // CLI command does not queue behind a running server's writes just to start.
    const pending = opts.readonly ? [] : migrations.filter((m) => !applied.includes(m.id));
    if (!opts.readonly) {
      sqlite.pragma('journal_mode = WAL');
      sqlite.pragma('synchronous = NORMAL');
      if (pending.length > 0 && applied.length > 0) {
        const target = backupPath(file, `before-${pending[0]!.id}`, now());
        await backupTo(sqlite, target);
        backups.push(target);
      }
    }
    const db = new Kysely<DB>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });
    registerConnection(db, sqlite);
    if (pending.length > 0) await runMigrations(db as Kysely<unknown>, pending, now);
    const close = async () => {
      if (!sqlite.open) return;
      // SQLite's advice for long-lived files: let it refresh planner statistics as a connection closes.
      if (!opts.readonly) {
        try {
          sqlite.pragma('analysis_limit = 400');
          sqlite.pragma('optimize');
        } catch {
          // Busy or read-only media: statistics can wait for the next close.
        }
      }
      await db.destroy();
    };
    return { db, sqlite, path: file, backups, close };
  } catch (e) {
    if (sqlite.open) sqlite.close();
    throw e;
  }
}

function openSqlite(file: string, readonly: boolean): Database.Database {
  try {
    return new Database(file, { fileMustExist: true, readonly });
  } catch (e) {
    throw new AppError('NotTongxingDatabase', { path: file, reason: (e as Error).message });
  }
}

/**
 * Reads identity and version without writing anything, so a foreign or newer file is left
 * exactly as it was. Returns the applied migration ids.
 */
export function inspect(
  sqlite: Database.Database,
  file: string,
  migrations: readonly Migration[] = MIGRATIONS,
): string[] {
  let appId: number;
  let objects: number;
  let applied: string[];
  try {
    // One read transaction, one snapshot: a process creating this file at this moment is seen
    // before or after a migration (which sets application_id with its tables), never half-way.
    ({ appId, objects, applied } = sqlite.transaction(() => ({
      appId: sqlite.pragma('application_id', { simple: true }) as number,
      objects: (sqlite.prepare('SELECT count(*) AS n FROM sqlite_master').get() as { n: number }).n,
      applied: appliedMigrationIds(sqlite),
    }))());
  } catch (e) {
    throw new AppError('NotTongxingDatabase', { path: file, reason: (e as Error).message });
  }
  if (appId !== APPLICATION_ID && objects > 0) {
    throw new AppError('NotTongxingDatabase', { path: file });
  }
  const known = new Set(MIGRATIONS.map((m) => m.id));
  const unknown = applied.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError('DatabaseTooNew', { path: file, migration: unknown[unknown.length - 1] });
  }
  // Opening with fewer migrations than the file has (a test building an old file) is not allowed.
  if (applied.some((id) => !migrations.some((m) => m.id === id))) {
    throw new AppError('DatabaseTooNew', { path: file });
  }
  return applied;
}
