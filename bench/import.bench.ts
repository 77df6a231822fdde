import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFiles } from '../src/core/exchange/import.service.js';
import { openStore } from '../src/db/store.js';
import { appleVCards, cardAppCsv, linkedInCsv } from './contact-files.js';
import { NOW, TZ } from './datasets.js';
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

type Rows = Record<string, Record<string, unknown>[]>;

/** The tables an import writes, in the order it writes them. */
const TABLES = ['people', 'person_tags', 'person_handles', 'people_search'] as const;

/**
 * The floor: the very rows the import stores, already parsed and computed, each table through one
 * prepared INSERT, all in one transaction. `only` limits it to some tables (people alone, as a
 * stricter reference).
 */
async function floor(packed: string, only: readonly string[] = TABLES): Promise<number> {
  const rows = JSON.parse(packed) as Rows;
  const dir = tmp();
  const store = await openStore(path.join(dir, 'db.sqlite'));
  try {
    const stmts = only
      .filter((t) => rows[t]!.length > 0)
      .map((t) => {
        const cols = Object.keys(rows[t]![0]!);
        return {
          rows: rows[t]!,
          stmt: store.sqlite.prepare(
            `INSERT INTO ${t} (${cols.join(',')}) VALUES (${cols.map((c) => `@${c}`).join(',')})`,
          ),
        };
      });
    const insertAll = store.sqlite.transaction(() => {
      for (const { rows: rs, stmt } of stmts) for (const r of rs) stmt.run(r);
    });
    const t = process.hrtime.bigint();
    insertAll();
    return Number(process.hrtime.bigint() - t) / 1e6;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The rows an import of `bytes` stores, read back from a database it was imported into. */
async function storedRows(bytes: Uint8Array): Promise<Rows> {
  const dir = tmp();
  const store = await openStore(path.join(dir, 'db.sqlite'));
  try {
    await importFiles({ db: store.db, now: () => NOW, timeZone: TZ }, [
      { file: 'Connections.csv', bytes },
    ]);
    const out: Rows = {};
    for (const t of TABLES) {
      const cols = t === 'people_search' ? 'rowid, tokens' : '*';
      out[t] = store.sqlite.prepare(`SELECT ${cols} FROM ${t}`).all() as Record<string, unknown>[];
    }
    return out;
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
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

/**
 * The floor's rows, kept as one string between runs: tens of thousands of live row objects would
 * slow every garbage collection of the import measured next to them.
 */
async function floorData(
  bytes: Uint8Array,
): Promise<{ stored: Record<string, number>; packed: string }> {
  const rows = await storedRows(bytes);
  return {
    stored: Object.fromEntries(TABLES.map((t) => [t, rows[t]!.length])),
    packed: JSON.stringify(rows),
  };
}

export async function benchImport() {
  const linkedin = Buffer.from(linkedInCsv(30_000));
  const { stored, packed } = await floorData(linkedin);
  await ours(linkedin); // warm-up: module loading, pinyin dictionary, JIT
  await floor(packed);
  const oursMs: number[] = [];
  const floorMs: number[] = [];
  const peopleMs: number[] = [];
  let created = 0;
  for (let i = 0; i < 7; i++) {
    const r = await ours(linkedin);
    oursMs.push(r.ms);
    created = r.created;
    floorMs.push(await floor(packed));
    peopleMs.push(await floor(packed, ['people']));
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
        rows: 30_000,
        stored,
        created,
        oursMedian: median(oursMs),
        floorMedian: median(floorMs),
        ratio: median(oursMs) / median(floorMs),
        peopleFloorMedian: median(peopleMs),
        peopleRatio: median(oursMs) / median(peopleMs),
        cli: cliImport(li),
      },
      vcard: { bytes: fs.statSync(vcf).size, ...cliImport(vcf) },
      csv100k: { bytes: fs.statSync(csv).size, ...cliImport(csv) },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
