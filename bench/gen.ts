// npm run gen -- --people N --interactions M --db FILE [--seed S] [--today YYYY-MM-DD]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { SingleBar, Presets } from 'cli-progress';
import { openStore } from '../src/db/store.js';
import { generateNetwork } from './generator.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '10000' },
    interactions: { type: 'string', default: '500000' },
    db: { type: 'string' },
    seed: { type: 'string', default: '20261123' },
    today: { type: 'string', default: '2026-11-23' },
    force: { type: 'boolean', default: false },
  },
});
if (!values.db) {
  console.error(
    'usage: npm run gen -- --people N --interactions M --db FILE [--seed S] [--today YYYY-MM-DD] [--force]',
  );
  process.exit(2);
}
if (fs.existsSync(values.db)) {
  if (!values.force) {
    console.error(`${values.db} exists; pass --force to replace it`);
    process.exit(1);
  }
  for (const ext of ['', '-wal', '-shm']) fs.rmSync(values.db + ext, { force: true });
}
const store = await openStore(values.db);
const bar = process.stderr.isTTY
  ? new SingleBar({ format: '{phase} [{bar}] {value}/{total}' }, Presets.shades_classic)
  : undefined;
let phase = '';
const started = Date.now();
const r = await generateNetwork(
  { db: store.db, now: () => new Date(`${values.today}T12:00:00Z`), timeZone: 'Asia/Shanghai' },
  {
    people: Number(values.people),
    interactions: Number(values.interactions),
    seed: Number(values.seed),
    today: values.today,
    onProgress: (p, done, total) => {
      if (!bar) return;
      if (p !== phase) {
        if (phase) bar.stop();
        bar.start(total, done, { phase: p });
        phase = p;
      } else bar.update(done);
    },
  },
);
bar?.stop();
await store.close();
console.error(
  `generated ${r.people} people and ${r.interactions} interactions in ${((Date.now() - started) / 1000).toFixed(1)} s → ${values.db}`,
);
