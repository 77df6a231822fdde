import os from 'node:os';
import path from 'node:path';

/** The data directory by platform convention; `TONGXING_HOME` overrides it. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.TONGXING_HOME) return path.resolve(env.TONGXING_HOME);
  const home = os.homedir();
  switch (process.platform) {
    case 'darwin':
      return path.join(home, 'Library', 'Application Support', 'tongxing');
    case 'win32':
      return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'tongxing');
    default:
      return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'tongxing');
  }
}

/** The database file: `--db PATH` when given, else `tongxing.db` in the data directory. */
export function defaultDbPath(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(dataDir(env), 'tongxing.db');
}

/** Backups sit beside the database they protect. */
export function backupsDir(dbPath: string): string {
  return path.join(path.dirname(path.resolve(dbPath)), 'backups');
}
