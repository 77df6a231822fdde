import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { backupsDir } from './paths.js';

/** Creates a file readable by the owner only (the database holds private notes on people). */
export function createPrivateFile(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'wx', 0o600));
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** A fresh path in the backups folder, e.g. `backups/tongxing-20261123-101500-before-restore.db`. */
export function backupPath(dbPath: string, reason: string, now: Date): string {
  const base = path.basename(dbPath, path.extname(dbPath));
  const dir = backupsDir(dbPath);
  let file = path.join(dir, `${base}-${stamp(now)}-${reason}.db`);
  for (let i = 2; fs.existsSync(file); i++)
    file = path.join(dir, `${base}-${stamp(now)}-${reason}-${i}.db`);
  return file;
}

/**
 * Copies a live database with SQLite's online backup API: consistent even while another process
 * writes. The target must not exist yet; it is created private.
 */
export async function backupTo(sqlite: Database.Database, target: string): Promise<void> {
  createPrivateFile(target);
  try {
    await sqlite.backup(target);
    // The copy inherits WAL mode from a live database. A backup is one self-contained file: in
    // rollback-journal mode it can be read (validated, restored) without creating -wal/-shm
    // files beside it, and from read-only media, where a WAL file cannot be opened at all.
    const copy = new Database(target, { fileMustExist: true });
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    fs.chmodSync(target, 0o600);
  } catch (e) {
    fs.rmSync(target, { force: true });
    throw e;
  }
}
