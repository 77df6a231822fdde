import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The SHA-256 of a file's contents, in hex. */
export const sha256 = (f: string): string =>
  createHash('sha256').update(fs.readFileSync(f)).digest('hex');

/** Every file in a folder (recursively) with its hash: "changes nothing" means this stays identical. */
export function folderState(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of fs.readdirSync(dir, { recursive: true }) as string[]) {
    const f = path.join(dir, name);
    out[name] = fs.statSync(f).isDirectory() ? 'dir' : sha256(f);
  }
  return out;
}
