import fs from 'node:fs';
import { linkedInCsv } from './contact-files.js';
import { importFiles } from '../src/core/exchange/import.service.js';
import { openStore } from '../src/db/store.js';
const bytes = Buffer.from(linkedInCsv(30_000));
for (let i = 0; i < 5; i++) {
  for (const e of ['', '-wal', '-shm']) fs.rmSync('/tmp/qb.db' + e, { force: true });
  const store = await openStore('/tmp/qb.db');
  const t = performance.now();
  await importFiles({ db: store.db, now: () => new Date(), timeZone: 'Asia/Shanghai' }, [
    { file: 'c.csv', bytes },
  ]);
  console.log('total', (performance.now() - t).toFixed(0));
  await store.close();
}
