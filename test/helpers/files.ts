import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The SHA-256 of a file's contents, in hex. */
export const sha256 = (f: string): string =>
  createHash('sha256').update(fs.readFileSync(f)).digest('hex');

/**
 * Every file in a folder (recursively) with its hash: "changes nothing" means this stays identical.
 * SQLite's `-shm` index and an empty `-wal` hold no data, and whether they outlive a process depends
 * on which of several concurrent readers closes last, so they are left out; a WAL with content
 * counts (and switching a file to WAL mode would change the database header itself).
 */
export function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const f = path.join(dir, name);
    const stat = fs.statSync(f);
    if (name.endsWith('-shm') || (name.endsWith('-wal') && stat.size === 0)) continue;
    out[name] = stat.isDirectory() ? 'dir' : sha256(f);
  }
  return out;
}
