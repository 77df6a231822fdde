import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore, type Store } from '../src/db/store.js';
import { generateNetwork } from './generator.js';

export const DATA_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '.data');
export const TODAY = '2026-11-23';
export const TZ = 'Asia/Shanghai';
/** The benchmarks' fixed clock: 10:00 in Shanghai on the generated network's "today". */
export const NOW = new Date(`${TODAY}T02:00:00Z`);

/** Opens a generated database, generating it first if it is not cached in bench/.data. */
export async function dataset(name: string, people: number, interactions: number): Promise<Store> {
  fs.mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, `${name}.db`);
  if (!fs.existsSync(file)) {
    const tmp = `${file}.partial`;
    for (const ext of ['', '-wal', '-shm']) fs.rmSync(tmp + ext, { force: true });
    const store = await openStore(tmp);
    console.error(`generating ${name}: ${people} people, ${interactions} interactions…`);
    await generateNetwork(
      { db: store.db, now: () => NOW, timeZone: TZ },
      { people, interactions, today: TODAY },
    );
    store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    await store.close();
    fs.renameSync(tmp, file);
    for (const ext of ['-wal', '-shm']) fs.rmSync(tmp + ext, { force: true });
  }
  return openStore(file);
}
