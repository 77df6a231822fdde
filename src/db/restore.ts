import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../core/errors.js';
import { backupPath, backupTo } from './backup.js';
import { inspect, openStore, type Store } from './store.js';

/** Checks that a file is a healthy Tongxing database this version can read. */
export function validateBackupFile(file: string): void {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new AppError('FileNotFound', { path: abs });
  let src: Database.Database;
  try {
    src = new Database(abs, { readonly: true, fileMustExist: true });
  } catch (e) {
    throw new AppError('NotTongxingDatabase', { path: abs, reason: (e as Error).message });
  }
  try {
    const applied = inspect(src, abs);
    if (applied.length === 0) throw new AppError('NotTongxingDatabase', { path: abs });
    const check = src.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new AppError('NotTongxingDatabase', { path: abs, reason: String(check) });
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('NotTongxingDatabase', { path: abs, reason: (e as Error).message });
  } finally {
    src.close();
  }
}

/**
 * Replaces the database at `dbPath` with the contents of `file`. The current contents are backed
 * up first; the copy goes through SQLite's backup API, so a server holding the file open sees the
 * new data instead of a file swapped under its feet. Older backups are migrated afterwards.
 */
export async function restoreDatabase(
  dbPath: string,
  file: string,
  now: () => Date = () => new Date(),
): Promise<{ restoredFrom: string; previousBackup: string | undefined; store: Store }> {
  const target = path.resolve(dbPath);
  if (path.resolve(file) === target) throw new AppError('FileExists', { path: target });
  validateBackupFile(file);
  let previousBackup: string | undefined;
  if (fs.existsSync(target)) {
    const current = await openStore(target, { now });
    previousBackup = backupPath(target, 'before-restore', now());
    await backupTo(current.sqlite, previousBackup);
    await current.close();
  }
  const src = new Database(path.resolve(file), { readonly: true, fileMustExist: true });
  try {
    await src.backup(target);
  } finally {
    src.close();
  }
  fs.chmodSync(target, 0o600);
  const store = await openStore(target, { now });
  return { restoredFrom: path.resolve(file), previousBackup, store };
}
