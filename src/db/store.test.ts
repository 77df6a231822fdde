import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { Ctx } from '../core/context.js';
import { AppError } from '../core/errors.js';
import { createPerson, listPeople, searchPeople } from '../core/people/people.service.js';
import { makeInteraction, makePerson } from '../../test/helpers/factories.js';
import { tempDir } from '../../test/helpers/test-db.js';
import { expectAppError } from '../../test/helpers/errors.js';
import { folderState, sha256 } from '../../test/helpers/files.js';
import { backupTo } from './backup.js';
import { APPLICATION_ID } from './migrator.js';
import { MIGRATIONS } from './migrations/index.js';
import { restoreDatabase, validateBackupFile } from './restore.js';
import { openStore, type Store } from './store.js';

const dirs: string[] = [];
const stores: Store[] = [];

afterEach(async () => {
  for (const s of stores.splice(0)) if (s.sqlite.open) await s.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function dir(): string {
  const d = tempDir('tongxing-store-');
  dirs.push(d);
  return d;
}

async function open(file: string, opts?: Parameters<typeof openStore>[1]): Promise<Store> {
  const s = await openStore(file, opts);
  stores.push(s);
  return s;
}

function ctxFor(store: Store): Ctx {
  return { db: store.db, now: () => new Date('2026-11-23T02:00:00Z'), timeZone: 'Asia/Shanghai' };
}

const mode = (f: string) => fs.statSync(f).mode & 0o777;
function throwsWith(fn: () => unknown, code: AppError['code']): AppError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(AppError);
  expect((caught as AppError).code).toBe(code);
  return caught as AppError;
}

/** Names of live people, read with raw SQL (independent of the services). */
function namesIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (db.prepare('SELECT name FROM people ORDER BY name').all() as { name: string }[]).map(
      (r) => r.name,
    );
  } finally {
    db.close();
  }
}

/** A foreign SQLite file: another application's notes. */
function foreignSqlite(file: string, journal: 'delete' | 'wal' = 'delete'): void {
  const db = new Database(file);
  db.pragma(`journal_mode = ${journal}`);
  db.exec(
    `CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES ('keep me')`,
  );
  db.close();
}

describe('a fresh database', () => {
  it('is created readable by the owner only, in WAL mode, with foreign keys and a busy timeout', async () => {
    const d = dir();
    const file = path.join(d, 'nested', 'tongxing.db');
    const store = await open(file);
    expect(fs.existsSync(file)).toBe(true);
    expect(mode(file)).toBe(0o600);
    expect(mode(path.dirname(file))).toBe(0o700);
    expect(store.path).toBe(path.resolve(file));
    expect(String(store.sqlite.pragma('journal_mode', { simple: true })).toLowerCase()).toBe('wal');
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    expect(store.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(store.backups).toEqual([]);
    // The WAL sidecar holds data too: it must be as private as the database.
    await createPerson(ctxFor(store), { name: '私密' });
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    expect(mode(`${file}-wal`)).toBe(0o600);
  });

  it('has every migration applied, each recorded once', async () => {
    const store = await open(path.join(dir(), 'tongxing.db'));
    const ids = (
      store.sqlite.prepare('SELECT id FROM schema_migrations ORDER BY id').all() as { id: string }[]
    ).map((r) => r.id);
    expect(ids).toEqual(MIGRATIONS.map((m) => m.id));
    await store.close();
    // Opening again applies nothing and takes no backup.
    const again = await open(store.path);
    expect(again.backups).toEqual([]);
    expect(again.sqlite.prepare('SELECT count(*) AS n FROM schema_migrations').get()).toEqual({
      n: MIGRATIONS.length,
    });
    expect(fs.existsSync(path.join(path.dirname(store.path), 'backups'))).toBe(false);
  });

  it('enforces foreign keys', async () => {
    const store = await open(path.join(dir(), 'tongxing.db'));
    expect(() =>
      store.sqlite.prepare('INSERT INTO person_tags (person_id, tag) VALUES (999, ?)').run('x'),
    ).toThrow(/FOREIGN KEY/);
  });
});

describe('migrating a database made by the first schema version', () => {
  const v1 = MIGRATIONS[0]!;

  async function makeV1(file: string): Promise<void> {
    const old = await openStore(file, { migrations: [v1] });
    const ts = '2025-06-01T08:00:00.000Z';
    // What version 1 wrote for a person: every NOT NULL column, search fields derived by the app.
    old.sqlite
      .prepare(
        `INSERT INTO people (uid, name, name_latin, pinyin, initials, name_norm, latin_norm,
           nicknames, disciplines, skills, needs, offers, seeking, challenges, goals,
           city, company, tier, stage, added_on, created_at, updated_at)
         VALUES ('7c1e0a52-3c55-4c55-9d55-000000000001', '曾小贤', 'Xiaoxian Zeng', 'zeng xiao xian', 'zxx',
           '曾小贤', 'xiaoxian zeng', '["贤哥"]', '["主持"]', '["播音"]', '[]', '[]', '[]', '[]', '[]',
           '上海', '爱情公寓电台', 'core', 'deepened', '2025-06-01', ?, ?)`,
      )
      .run(ts, ts);
    old.sqlite.prepare(`INSERT INTO person_tags (person_id, tag) VALUES (1, '电台')`).run();
    expect(
      old.sqlite.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'people_search'`).get(),
    ).toBeUndefined();
    await old.close();
  }

  it('keeps the data, makes it searchable, and backs up the old file first', async () => {
    const d = dir();
    const file = path.join(d, 'tongxing.db');
    await makeV1(file);

    const store = await open(file);
    const ctx = ctxFor(store);
    const people = await listPeople(ctx);
    expect(people.map((p) => [p.name, p.tier, p.stage, p.city])).toEqual([
      ['曾小贤', 'core', 'deepened', '上海'],
    ]);

    // The search index is built by the second migration from the rows already there.
    for (const q of [
      '曾小贤',
      '小贤',
      'zengxiaoxian',
      'zeng xiao xian',
      'zxx',
      'Xiaoxian',
      '贤哥',
      '电台',
      '主持',
      '播音',
    ]) {
      expect(
        (await searchPeople(ctx, q)).map((p) => p.name),
        q,
      ).toEqual(['曾小贤']);
    }
    expect(await searchPeople(ctx, '张伟')).toEqual([]);

    // Exactly one backup, taken before the migration, private, and itself a version-1 database.
    expect(store.backups).toHaveLength(1);
    const backup = store.backups[0]!;
    expect(path.dirname(backup)).toBe(path.join(d, 'backups'));
    expect(path.basename(backup)).toContain(MIGRATIONS[1]!.id);
    expect(mode(backup)).toBe(0o600);
    const b = new Database(backup, { readonly: true, fileMustExist: true });
    try {
      expect(b.pragma('quick_check', { simple: true })).toBe('ok');
      expect(b.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(b.prepare('SELECT id FROM schema_migrations').all()).toEqual([{ id: v1.id }]);
      expect(b.prepare('SELECT name, pinyin FROM people').all()).toEqual([
        { name: '曾小贤', pinyin: 'zeng xiao xian' },
      ]);
      expect(
        b.prepare(`SELECT 1 FROM sqlite_master WHERE name = 'people_search'`).get(),
      ).toBeUndefined();
    } finally {
      b.close();
    }
    expect(fs.readdirSync(path.join(d, 'backups'))).toEqual([path.basename(backup)]);
    // The migrated file still works for new writes, and they are searchable too.
    await createPerson(ctx, { name: '单田芳', tags: ['评书'] });
    expect((await searchPeople(ctx, 'shantianfang')).map((p) => p.name)).toEqual(['单田芳']);
    expect((await searchPeople(ctx, '电台')).map((p) => p.name)).toEqual(['曾小贤']);
  });

  it('will not open a database with fewer migrations than the file has', async () => {
    const file = path.join(dir(), 'tongxing.db');
    await (await openStore(file)).close();
    const before = sha256(file);
    await expectAppError(openStore(file, { migrations: [v1] }), 'DatabaseTooNew');
    expect(sha256(file)).toBe(before);
  });
});

describe('the knows backfill (20261124-0010)', () => {
  it('records that people logged at the same offline interaction before it know each other', async () => {
    const file = path.join(dir(), 'tongxing.db');
    const upTo = MIGRATIONS.findIndex((m) => m.id === '20261124-0010-knows-from-meetings');
    const old = await open(file, { migrations: MIGRATIONS.slice(0, upTo) });
    const ctx = ctxFor(old);
    const [a, b, c, d] = await Promise.all(
      ['张伟', '李娜', '王芳', '赵磊'].map((name) => makePerson(ctx, { name })),
    );
    await makeInteraction(ctx, [a!, b!, c!], { channel: 'meal' });
    await makeInteraction(ctx, [a!, d!], { channel: 'community' });
    old.sqlite.prepare('DELETE FROM knows').run(); // as an older version would have left it
    await old.close();
    const store = await open(file);
    expect(
      store.sqlite.prepare('SELECT a_id, b_id, source FROM knows ORDER BY 1, 2').all(),
    ).toEqual([
      { a_id: a!.id, b_id: b!.id, source: 'event' },
      { a_id: a!.id, b_id: c!.id, source: 'event' },
      { a_id: b!.id, b_id: c!.id, source: 'event' },
    ]);
  });
});

describe('files that are not ours', () => {
  it('refuses random bytes and leaves them exactly as they were', async () => {
    const d = dir();
    const file = path.join(d, 'photo.db');
    fs.writeFileSync(file, randomBytes(8192));
    const before = folderState(d);
    const e = await expectAppError(openStore(file), 'NotTongxingDatabase');
    expect(e.details.path).toBe(file);
    expect(folderState(d)).toEqual(before);
  });

  it('refuses a short text file', async () => {
    const d = dir();
    const file = path.join(d, 'notes.txt');
    fs.writeFileSync(file, 'hello, this is not a database\n');
    const before = folderState(d);
    await expectAppError(openStore(file), 'NotTongxingDatabase');
    expect(folderState(d)).toEqual(before);
  });

  it.each(['delete', 'wal'] as const)(
    "refuses another application's SQLite file (journal %s) and changes nothing",
    async (journal) => {
      const d = dir();
      const file = path.join(d, 'other-app.db');
      foreignSqlite(file, journal);
      const before = folderState(d);
      await expectAppError(openStore(file), 'NotTongxingDatabase');
      expect(folderState(d)).toEqual(before);
      expect(fs.existsSync(`${file}-wal`)).toBe(false);
      expect(fs.existsSync(path.join(d, 'backups'))).toBe(false);
      const db = new Database(file, { readonly: true });
      expect(db.prepare('SELECT body FROM notes').all()).toEqual([{ body: 'keep me' }]);
      expect(
        db.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'people'`).get(),
      ).toEqual({ n: 0 });
      db.close();
    },
  );

  it('refuses a database from a newer version and changes nothing', async () => {
    const d = dir();
    const file = path.join(d, 'tongxing.db');
    const store = await openStore(file);
    await createPerson(ctxFor(store), { name: '未来人' });
    store.sqlite
      .prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)')
      .run('20991231-0001-from-the-future', '2099-12-31T00:00:00.000Z');
    await store.close();
    const before = folderState(d);
    const e = await expectAppError(openStore(file), 'DatabaseTooNew');
    expect(e.details.migration).toBe('20991231-0001-from-the-future');
    expect(folderState(d)).toEqual(before);
    expect(fs.existsSync(path.join(d, 'backups'))).toBe(false);
  });

  it('does not create a missing file when opened read-only', async () => {
    const d = dir();
    const file = path.join(d, 'missing.db');
    await expectAppError(openStore(file, { readonly: true }), 'FileNotFound');
    expect(fs.existsSync(file)).toBe(false);
  });
});

describe('backup and restore', () => {
  it('backupTo copies a live database into a new private file, and refuses to overwrite', async () => {
    const d = dir();
    const store = await open(path.join(d, 'tongxing.db'));
    const ctx = ctxFor(store);
    const a = await makePerson(ctx, { name: '备份前' });
    await makeInteraction(ctx, [a]);
    const target = path.join(d, 'out', 'copy.db');
    await backupTo(store.sqlite, target);
    expect(mode(target)).toBe(0o600);
    // A backup is one self-contained file: no WAL, so it can be copied alone and read from read-only media.
    const b = new Database(target, { readonly: true });
    expect(String(b.pragma('journal_mode', { simple: true })).toLowerCase()).toBe('delete');
    b.close();
    expect(() => validateBackupFile(target)).not.toThrow();
    expect(namesIn(target)).toEqual(['备份前']);
    expect(fs.readdirSync(path.dirname(target))).toEqual(['copy.db']);
    // An existing target is never overwritten.
    const before = sha256(target);
    await expect(backupTo(store.sqlite, target)).rejects.toThrow();
    expect(sha256(target)).toBe(before);
  });

  it('validateBackupFile names what is wrong', () => {
    const d = dir();
    throwsWith(() => validateBackupFile(path.join(d, 'nope.db')), 'FileNotFound');
    const rnd = path.join(d, 'random.db');
    fs.writeFileSync(rnd, randomBytes(4096));
    throwsWith(() => validateBackupFile(rnd), 'NotTongxingDatabase');
    const foreign = path.join(d, 'foreign.db');
    foreignSqlite(foreign);
    throwsWith(() => validateBackupFile(foreign), 'NotTongxingDatabase');
    const empty = path.join(d, 'empty.db');
    new Database(empty).close();
    throwsWith(() => validateBackupFile(empty), 'NotTongxingDatabase');
  });

  it('restore brings back the old data and keeps a backup of what it replaced', async () => {
    const d = dir();
    const file = path.join(d, 'tongxing.db');
    const live = await open(file);
    const ctx = ctxFor(live);
    await makePerson(ctx, { name: '老朋友', tags: ['旧'] });
    const snapshot = path.join(d, 'snapshot.db');
    await backupTo(live.sqlite, snapshot);
    await makePerson(ctx, { name: '新朋友', tags: ['新'] });
    expect(namesIn(snapshot)).toEqual(['老朋友']);

    // The live connection stays open, as a running server's would.
    const now = () => new Date('2026-11-23T03:00:00Z');
    const r = await restoreDatabase(file, snapshot, now);
    stores.push(r.store);
    expect(r.restoredFrom).toBe(snapshot);
    expect((await listPeople(ctxFor(r.store))).map((p) => p.name)).toEqual(['老朋友']);
    expect(await searchPeople(ctxFor(r.store), '新朋友')).toEqual([]);
    expect((await searchPeople(ctxFor(r.store), '旧')).map((p) => p.name)).toEqual(['老朋友']);
    // The connection that was open all along sees the restored data, not a stale copy.
    expect((await listPeople(ctx)).map((p) => p.name)).toEqual(['老朋友']);

    expect(r.previousBackup).toBeDefined();
    const prev = r.previousBackup!;
    expect(fs.existsSync(prev)).toBe(true);
    expect(path.dirname(prev)).toBe(path.join(d, 'backups'));
    expect(mode(prev)).toBe(0o600);
    expect(mode(file)).toBe(0o600);
    expect(() => validateBackupFile(prev)).not.toThrow();
    expect(namesIn(prev)).toEqual(['新朋友', '老朋友'].sort());

    // The replaced data can be restored in turn: restore is undoable.
    await r.store.close();
    const back = await restoreDatabase(file, prev, now);
    stores.push(back.store);
    expect((await listPeople(ctxFor(back.store))).map((p) => p.name).sort()).toEqual(
      ['新朋友', '老朋友'].sort(),
    );
    expect(back.previousBackup).not.toBe(prev);
  });

  it('restoring a backup from the first schema version migrates it', async () => {
    const d = dir();
    const old = path.join(d, 'old.db');
    const v1 = await openStore(old, { migrations: [MIGRATIONS[0]!] });
    v1.sqlite
      .prepare(
        `INSERT INTO people (uid, name, pinyin, initials, name_norm, added_on, created_at, updated_at)
         VALUES ('u-1', '区小白', 'ou xiao bai', 'oxb', '区小白', '2025-01-01', 'x', 'x')`,
      )
      .run();
    await v1.close();
    const file = path.join(d, 'tongxing.db');
    await (await openStore(file)).close();
    const r = await restoreDatabase(file, old);
    stores.push(r.store);
    expect((await searchPeople(ctxFor(r.store), 'oxb')).map((p) => p.name)).toEqual(['区小白']);
  });

  it('restore refuses a file that is not ours and changes nothing', async () => {
    const d = dir();
    const file = path.join(d, 'tongxing.db');
    const store = await openStore(file);
    await createPerson(ctxFor(store), { name: '留下' });
    await store.close();
    const rnd = path.join(d, 'random.db');
    fs.writeFileSync(rnd, randomBytes(4096));
    const foreign = path.join(d, 'foreign.db');
    foreignSqlite(foreign);
    // A backup made by a newer version of Tongxing.
    const future = await openStore(path.join(d, 'future', 'tongxing.db'));
    future.sqlite
      .prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)')
      .run('20991231-0001-future', 'x');
    const newer = path.join(d, 'newer.db');
    await backupTo(future.sqlite, newer);
    await future.close();
    fs.rmSync(path.join(d, 'future'), { recursive: true });

    const before = folderState(d);
    await expectAppError(restoreDatabase(file, rnd), 'NotTongxingDatabase');
    await expectAppError(restoreDatabase(file, foreign), 'NotTongxingDatabase');
    await expectAppError(restoreDatabase(file, newer), 'DatabaseTooNew');
    await expectAppError(restoreDatabase(file, path.join(d, 'missing.db')), 'FileNotFound');
    await expectAppError(restoreDatabase(file, file), 'FileExists');
    expect(folderState(d)).toEqual(before);
    expect(namesIn(file)).toEqual(['留下']);
  });
});
