/**
 * The CLI and a second process write to the same database at the same time: no errors, no
 * "database is locked", no lost writes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../src/core/context.js';
import { listInteractions, logInteraction } from '../src/core/interactions/interactions.service.js';
import { createPerson, listPeople, searchPeopleIds } from '../src/core/people/people.service.js';
import { backupTo } from '../src/db/backup.js';
import { validateBackupFile } from '../src/db/restore.js';
import { openStore, type Store } from '../src/db/store.js';
import { ensureBuilt, runCli, type CliResult } from '../test/helpers/cli.js';

interface Run extends CliResult {
  args: string[];
}

let home: string;

async function tx(db: string, args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    LANG: 'en_US.UTF-8',
    NO_COLOR: '1',
    TZ: 'Asia/Shanghai',
    TONGXING_HOME: home,
  };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'TONGXING_LANG', 'TONGXING_DEBUG'])
    delete env[k];
  return { args, ...(await runCli(['--db', db, ...args], { cwd: home, env })) };
}

/** One writer: `people add` then `log` (with a shared person), N times in a row. */
async function cliWriter(db: string, prefix: string, n: number, shared: string): Promise<Run[]> {
  const runs: Run[] = [];
  for (let i = 1; i <= n; i++) {
    const name = `${prefix}-${i}`;
    runs.push(await tx(db, ['people', 'add', name, '--tier', 'core', '--tag', prefix, '--json']));
    runs.push(
      await tx(db, [
        'log',
        name,
        shared,
        '--kind',
        'check-in',
        '--channel',
        'wechat',
        '--note',
        name,
        '--json',
      ]),
    );
  }
  return runs;
}

/** Every run succeeded, quietly: exit 0, nothing on stderr (so no "busy" or "locked"), JSON on stdout. */
function expectAllClean(runs: Run[]): void {
  const failed = runs.filter((r) => r.code !== 0 || r.stderr !== '');
  expect(failed.map((r) => `${r.args.join(' ')} → ${r.code}: ${r.stderr}`)).toEqual([]);
  expect(runs.filter((r) => /busy|locked/i.test(r.stdout + r.stderr))).toEqual([]);
  for (const r of runs) expect(() => JSON.parse(r.stdout) as unknown).not.toThrow();
}

function ctxFor(store: Store): Ctx {
  return { db: store.db, now: () => new Date(), timeZone: 'Asia/Shanghai' };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(() => {
  ensureBuilt();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxing-concurrency-'));
});

afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

describe('concurrent writers', () => {
  it(
    'several CLI processes opening a brand-new database at once all succeed',
    { timeout: 60_000 },
    async () => {
      // Each round races K processes on the creation, first migration and first write of one file.
      const K = 6;
      for (let round = 1; round <= 3; round++) {
        const db = path.join(home, `fresh-${round}`, 'tongxing.db');
        const runs = await Promise.all(
          Array.from({ length: K }, (_, i) =>
            tx(db, ['people', 'add', `R${round}P${i}`, '--json']),
          ),
        );
        expectAllClean(runs);
        const store = await openStore(db);
        try {
          expect((await listPeople(ctxFor(store))).map((p) => p.name).sort()).toEqual(
            Array.from({ length: K }, (_, i) => `R${round}P${i}`).sort(),
          );
          expect(fs.statSync(db).mode & 0o777).toBe(0o600);
        } finally {
          await store.close();
        }
      }
    },
  );

  it('two CLI writers in parallel lose nothing', { timeout: 90_000 }, async () => {
    const db = path.join(home, 'two-writers', 'tongxing.db');
    const hub = await tx(db, ['people', 'add', 'Hub', '--json']);
    expectAllClean([hub]);
    const N = 15;
    const [a, b] = await Promise.all([
      cliWriter(db, 'Alpha', N, 'Hub'),
      cliWriter(db, 'Beta', N, 'Hub'),
    ]);
    expectAllClean([...a, ...b]);

    const store = await openStore(db);
    try {
      const ctx = ctxFor(store);
      const people = await listPeople(ctx);
      const expected = [
        'Hub',
        ...['Alpha', 'Beta'].flatMap((p) => Array.from({ length: N }, (_, i) => `${p}-${i + 1}`)),
      ];
      expect(people.map((p) => p.name).sort()).toEqual(expected.sort());
      // Every log is there, each with its own person and the shared one.
      const interactions = await listInteractions(ctx, { limit: 1000 });
      expect(interactions).toHaveLength(2 * N);
      for (const i of interactions)
        expect(i.people.map((p) => p.name).sort()).toEqual(['Hub', i.note!].sort());
      expect(await listInteractions(ctx, { person: 'Hub', limit: 1000 })).toHaveLength(2 * N);
      for (const p of people) expect(p.lastInteractionOn, p.name).not.toBeNull();
      expect(people.filter((p) => p.tags.includes('Alpha'))).toHaveLength(N);
      // The search index got every write too: each name finds its person first.
      for (const p of people)
        expect((await searchPeopleIds(store.db, p.name))[0], p.name).toBe(p.id);
    } finally {
      await store.close();
    }
  });

  it(
    'the CLI writes while another process holds the database open and writes too',
    { timeout: 90_000 },
    async () => {
      const db = path.join(home, 'long-lived', 'tongxing.db');
      // The long-lived process (a server, say): this test process.
      const server = await openStore(db);
      const ctx = ctxFor(server);
      const serverErrors: unknown[] = [];
      let serverWrites = 0;
      let done = false;
      const serverLoop = (async () => {
        while (!done) {
          try {
            const p = await createPerson(ctx, {
              name: `Server-${serverWrites + 1}`,
              tier: 'important',
            });
            await logInteraction(ctx, {
              people: [p.id],
              kind: 'share',
              channel: 'email',
              note: p.name,
            });
            serverWrites++;
          } catch (e) {
            serverErrors.push(e);
          }
          await sleep(3);
        }
      })();

      const N = 6;
      let cliRuns: Run[] = [];
      let backup: Run | undefined;
      try {
        await sleep(20);
        const hub = await tx(db, ['people', 'add', 'Hub', '--json']);
        const [a, b, c] = await Promise.all([
          cliWriter(db, 'Gamma', N, 'Hub'),
          cliWriter(db, 'Delta', N, 'Hub'),
          (async () => {
            await sleep(200);
            // An online backup while both sides write.
            return [
              await tx(db, ['backup', '--to', path.join(home, 'long-lived-backup.db'), '--json']),
            ];
          })(),
        ]);
        cliRuns = [hub, ...a, ...b];
        backup = c[0];
      } finally {
        done = true;
        await serverLoop;
      }
      try {
        expectAllClean([...cliRuns, backup!]);
        expect(serverErrors).toEqual([]);
        expect(serverWrites).toBeGreaterThan(0);

        // The open connection sees what the CLI wrote, and nothing was lost on either side.
        const people = await listPeople(ctx);
        const names = people.map((p) => p.name);
        const expected = [
          'Hub',
          ...['Gamma', 'Delta'].flatMap((p) =>
            Array.from({ length: N }, (_, i) => `${p}-${i + 1}`),
          ),
          ...Array.from({ length: serverWrites }, (_, i) => `Server-${i + 1}`),
        ];
        expect(names.sort()).toEqual(expected.sort());
        const interactions = await listInteractions(ctx, { limit: 10_000 });
        expect(interactions).toHaveLength(2 * N + serverWrites);
        expect(interactions.filter((i) => i.people.some((p) => p.name === 'Hub'))).toHaveLength(
          2 * N,
        );

        // The backup taken mid-way is a consistent database.
        const backupFile = JSON.parse(backup!.stdout) as { path: string };
        expect(() => validateBackupFile(backupFile.path)).not.toThrow();
      } finally {
        await server.close();
      }
    },
  );

  it('an in-process backup while the CLI writes is consistent', { timeout: 60_000 }, async () => {
    const db = path.join(home, 'backup-race', 'tongxing.db');
    const store = await openStore(db);
    try {
      const writer = cliWriter(db, 'Eps', 4, 'Eps-1');
      await sleep(300);
      const target = path.join(home, 'backup-race.db');
      await backupTo(store.sqlite, target);
      expectAllClean(await writer);
      expect(() => validateBackupFile(target)).not.toThrow();
      const copy = await openStore(target);
      try {
        // Whatever the backup caught, interactions never point at people it lacks.
        const n = (
          copy.sqlite
            .prepare(
              'SELECT count(*) AS n FROM interaction_people ip LEFT JOIN people p ON p.id = ip.person_id WHERE p.id IS NULL',
            )
            .get() as { n: number }
        ).n;
        expect(n).toBe(0);
        expect(copy.sqlite.pragma('foreign_key_check')).toEqual([]);
      } finally {
        await copy.close();
      }
    } finally {
      await store.close();
    }
  });
});
