import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import { importFiles } from '../src/core/exchange/import.service.js';
import { nameFields } from '../src/core/people/people.service.js';
import { readContacts } from '../src/formats/contacts/detect.js';
import { openStore } from '../src/db/store.js';
import { appleVCards, cardAppCsv, linkedInCsv } from './contact-files.js';
import { NOW, TODAY, TZ } from './datasets.js';
import { median } from './stats.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'tongxing-bench-import-'));
}

/** The whole import, from file bytes to a committed transaction, on a fresh database. */
async function ours(bytes: Uint8Array): Promise<{ ms: number; created: number }> {
  const dir = tmp();
  const store = await openStore(path.join(dir, 'db.sqlite'));
  try {
    const t = process.hrtime.bigint();
    const r = await importFiles({ db: store.db, now: () => NOW, timeZone: TZ }, [
      { file: 'Connections.csv', bytes },
    ]);
    return { ms: Number(process.hrtime.bigint() - t) / 1e6, created: r.created };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The floor: the same people rows, already parsed, through one prepared INSERT in one transaction. */
async function floor(rows: Record<string, unknown>[]): Promise<number> {
  const dir = tmp();
  const store = await openStore(path.join(dir, 'db.sqlite'));
  try {
    const cols = Object.keys(rows[0]!);
    const stmt = store.sqlite.prepare(
      `INSERT INTO people (${cols.join(',')}) VALUES (${cols.map((c) => `@${c}`).join(',')})`,
    );
    const insertAll = store.sqlite.transaction((rs: Record<string, unknown>[]) => {
      for (const r of rs) stmt.run(r);
    });
    const t = process.hrtime.bigint();
    insertAll(rows);
    return Number(process.hrtime.bigint() - t) / 1e6;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function floorRows(bytes: Uint8Array): Promise<Record<string, unknown>[]> {
  const parsed = await readContacts(bytes, 'Connections.csv', { format: 'linkedin' });
  const ts = NOW.toISOString();
  const rows: Record<string, unknown>[] = [];
  for (const r of parsed.records) {
    if (!r.name) continue;
    rows.push({
      uid: randomUUID(),
      ...(await nameFields(r.name, null)),
      company: r.company ?? null,
      title: r.title ?? null,
      met_on: r.metOn ?? null,
      met_how: r.metHow ?? null,
      added_on: TODAY,
      created_at: ts,
      updated_at: ts,
    });
  }
  return rows;
}

/** `tongxing import FILE` as a process: wall time and peak RSS. */
function cliImport(file: string): { ms: number; maxRssMb: number; out: string } {
  const dir = tmp();
  try {
    const t = process.hrtime.bigint();
    const r = spawnSync(
      process.execPath,
      [
        '--require',
        path.join(ROOT, 'bench/maxrss.cjs'),
        'dist/cli/main.cjs',
        '--lang',
        'en',
        '--db',
        path.join(dir, 'db.sqlite'),
        'import',
        file,
      ],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 },
    );
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    const err = r.stderr.toString();
    if (r.status !== 0) throw new Error(`import ${file} exited ${r.status}: ${err}`);
    const kb = Number(/MAXRSS_KB (\d+)/.exec(err)?.[1]);
    const summary =
      r.stdout
        .toString()
        .split('\n')
        .find((l) => / new · /.test(l)) ?? '';
    return { ms, maxRssMb: kb / 1024, out: summary.replace(/\x1b\[[0-9;]*m/g, '').trim() };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchImport() {
  const linkedin = Buffer.from(linkedInCsv(30_000));
  const rows = await floorRows(linkedin);
  await ours(linkedin); // warm-up: module loading, pinyin dictionary, JIT
  await floor(rows);
  const oursMs: number[] = [];
  const floorMs: number[] = [];
  let created = 0;
  for (let i = 0; i < 5; i++) {
    const r = await ours(linkedin);
    oursMs.push(r.ms);
    created = r.created;
    floorMs.push(await floor(rows));
  }

  const dir = tmp();
  try {
    const vcf = path.join(dir, 'apple-10k.vcf');
    fs.writeFileSync(vcf, appleVCards(10_000));
    const csv = path.join(dir, 'cards-100k.csv');
    fs.writeFileSync(csv, cardAppCsv(100_000));
    const li = path.join(dir, 'Connections.csv');
    fs.writeFileSync(li, linkedin);
    return {
      linkedin: {
        rows: rows.length,
        created,
        oursMedian: median(oursMs),
        floorMedian: median(floorMs),
        ratio: median(oursMs) / median(floorMs),
        cli: cliImport(li),
      },
      vcard: { bytes: fs.statSync(vcf).size, ...cliImport(vcf) },
      csv100k: { bytes: fs.statSync(csv).size, ...cliImport(csv) },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
