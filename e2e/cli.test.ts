/**
 * The CLI contract end to end: the built binary (`dist/cli/main.cjs`) spawned against temporary
 * databases, as scripts and later checks will call it.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Agenda } from '../src/core/agenda/agenda.js';
import type { Interaction } from '../src/core/interactions/interactions.js';
import type { Person } from '../src/core/people/people.js';
import type { PersonSummary } from '../src/core/people/people.repository.js';
import { MIGRATIONS } from '../src/db/migrations/index.js';
import { openStore } from '../src/db/store.js';
import { cliEnv, EN, ensureBuilt, runCli, ZH, type CliResult } from '../test/helpers/cli.js';
import { folderState, sha256 } from '../test/helpers/files.js';

let home: string;

/** Runs `tongxing [--db DB] ARGS…` and collects everything it says. */
function tx(
  db: string | undefined,
  args: string[],
  opts: { lang?: string; env?: Record<string, string | undefined> } = {},
): Promise<CliResult> {
  return runCli([...(db ? ['--db', db] : []), ...args], {
    cwd: home,
    env: cliEnv(home, { LANG: opts.lang ?? EN, ...opts.env }),
  });
}

/** Runs with --json and expects success: stdout is one JSON document and nothing else, stderr is empty. */
async function txJson<T = unknown>(
  db: string,
  args: string[],
  opts: { lang?: string } = {},
): Promise<T> {
  const r = await tx(db, [...args, '--json'], opts);
  expect(r.stderr, `stderr of ${args.join(' ')}`).toBe('');
  expect(r.code, `exit code of ${args.join(' ')}`).toBe(0);
  return JSON.parse(r.stdout) as T;
}

/** Expects a user error: exit 1, a message on stderr, nothing on stdout. */
async function txFails(
  db: string | undefined,
  args: string[],
  opts: { lang?: string } = {},
): Promise<string> {
  const r = await tx(db, args, opts);
  expect(r.code, `exit code of ${args.join(' ')}: ${r.stderr}`).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim()).not.toBe('');
  return r.stderr;
}

interface ErrorDetails {
  path?: string;
  migration?: string;
  issues?: unknown[];
  candidates?: { id: number; name: string }[];
}

type Shown = Person & { recentInteractions: Interaction[] };

/** The --json error of a failing command. */
async function txJsonError(db: string, args: string[], opts: { lang?: string } = {}) {
  const r = await tx(db, [...args, '--json'], opts);
  expect(r.code).toBe(1);
  expect(r.stdout).toBe('');
  const parsed = JSON.parse(r.stderr) as {
    error: { code: string; message: string; details: ErrorDetails };
  };
  expect(Object.keys(parsed)).toEqual(['error']);
  expect(typeof parsed.error.message).toBe('string');
  expect(parsed.error.message.length).toBeGreaterThan(0);
  expect(parsed.error.details).toBeTypeOf('object');
  return parsed.error;
}

let dbSeq = 0;
/** A database path in a folder of its own (backups go beside it). */
function newDb(): string {
  const dir = path.join(home, `db${++dbSeq}`);
  fs.mkdirSync(dir);
  return path.join(dir, 'tongxing.db');
}

async function count(db: string): Promise<number> {
  return (await txJson<unknown[]>(db, ['people', 'list'])).length;
}

beforeAll(() => {
  ensureBuilt();
  home = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxing-e2e-'));
});

afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

describe('global options', () => {
  it('--version prints the version', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await tx(undefined, [flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe('0.1.0');
    }
  });

  it('--help works on every command, exits 0, and opens no database', async () => {
    const db = newDb();
    const commands = [
      [],
      ['people'],
      ['people', 'add'],
      ['people', 'list'],
      ['people', 'show'],
      ['people', 'edit'],
      ['people', 'archive'],
      ['people', 'restore'],
      ['people', 'snooze'],
      ['log'],
      ['interactions'],
      ['interactions', 'list'],
      ['interactions', 'delete'],
      ['today'],
      ['search'],
      ['settings'],
      ['settings', 'get'],
      ['settings', 'set'],
      ['settings', 'reset'],
      ['backup'],
      ['restore'],
    ];
    const runs = await Promise.all(commands.map((c) => tx(db, [...c, '--help'])));
    runs.forEach((r, i) => {
      const name = commands[i]!.join(' ') || '(root)';
      expect(r.code, name).toBe(0);
      expect(r.stdout, name).toMatch(/Usage: tongxing/);
      expect(r.stderr, name).toBe('');
    });
    expect(runs[3]!.stdout).toMatch(/--tier/);
    expect(runs[9]!.stdout).toMatch(/--kind/);
    expect(fs.existsSync(db)).toBe(false);
    // Help in Chinese, by flag or by locale.
    const zh = await tx(db, ['people', 'add', '--help', '--lang', 'zh']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('添加一位同行');
    expect((await tx(db, ['log', '--help'], { lang: ZH })).stdout).toContain('记录一次互动');
  });

  it('usage errors exit 2 and change nothing', async () => {
    const db = newDb();
    await txJson(db, ['people', 'add', '张伟']);
    await txJson(db, ['log', '张伟', '--kind', 'help', '--channel', 'wechat']);
    const before = folderState(path.dirname(db));
    const usage = [
      ['people', 'add', 'X', '--bogus'],
      ['people', 'list', '--colour'],
      ['log', '张伟', '--channel', 'coffee'],
      ['log', '张伟', '--kind', 'help'],
      ['log', '--kind', 'help', '--channel', 'coffee'],
      ['people', 'show'],
      ['people', 'add'],
      ['settings', 'set', 'cadence.core'],
      ['--lang', 'fr', 'today'],
      ['people', 'frobnicate'],
    ];
    for (const args of usage) {
      const r = await tx(db, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout, args.join(' ')).toBe('');
      expect(r.stderr, args.join(' ')).toMatch(/error/i);
    }
    expect((await tx(db, ['log', '张伟', '--channel', 'coffee'])).stderr).toContain('--kind');
    expect(folderState(path.dirname(db))).toEqual(before);
    // A usage error does not create a database either.
    const fresh = newDb();
    expect((await tx(fresh, ['people', 'add', 'X', '--bogus'])).code).toBe(2);
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('an unknown command says so, lists the commands, exits 2 and creates nothing', async () => {
    const fresh = newDb();
    const en = await tx(fresh, ['todya']);
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("unknown command 'todya'");
    expect(en.stderr).toContain('today');
    const zh = await tx(fresh, ['todya'], { lang: ZH });
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('没有“todya”这个命令');
    expect(fs.existsSync(fresh)).toBe(false);
  });

  it('a bare tongxing shows where the data is', async () => {
    const db = newDb();
    const j = await txJson<{ version: string; database: string; counts: { total: number } }>(
      db,
      [],
    );
    expect(j).toMatchObject({ version: '0.1.0', database: db, counts: { total: 0 } });
    expect(fs.statSync(db).mode & 0o777).toBe(0o600);
  });

  it('respects NO_COLOR', async () => {
    const db = newDb();
    await txJson(db, ['people', 'add', '张伟', '--tier', 'core', '--met-on', '2024-01-01']);
    const forced = await tx(db, ['people', 'list'], {
      env: { NO_COLOR: undefined, FORCE_COLOR: '1' },
    });
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain('\u001b[');
    for (const args of [['people', 'list'], ['today'], ['people', 'show', '张伟']]) {
      const plain = await tx(db, args, { env: { NO_COLOR: '1', FORCE_COLOR: '1' } });
      expect(plain.code).toBe(0);
      expect(plain.stdout).toContain('张伟');
      expect(plain.stdout).not.toContain('\u001b[');
    }
  });
});

describe.concurrent('people', () => {
  it('add with every option prints the created person as JSON, and it is stored', async () => {
    const db = newDb();
    const alice = await txJson<Person>(db, ['people', 'add', 'Alice Wong', '--tier', 'important']);
    expect(alice.id).toBeTypeOf('number');
    const p = await txJson<Person>(db, [
      'people',
      'add',
      '张伟',
      '--latin-name',
      'Wei Zhang',
      '--tier',
      'core',
      '--stage',
      'deepened',
      '--tag',
      '插画',
      '--tag',
      'shanghai',
      '--tag',
      '插画',
      '--city',
      '上海',
      '--company',
      '小象工作室',
      '--title',
      '主理人',
      '--does',
      '插画',
      '--does',
      '动效',
      '--skill',
      'After Effects',
      '--skill',
      'Procreate',
      '--needs',
      '找印刷厂',
      '--needs',
      '新客户',
      '--offers',
      '分镜',
      '--seeking',
      '独立游戏开发者',
      '--handle',
      'wechat:zw88',
      '--handle',
      '小红书:zhangwei_draws',
      '--birthday',
      '--11-25',
      '--met-on',
      '2024-05-04',
      '--met-at',
      '上海插画展',
      '--introduced-by',
      'Alice Wong',
      '--note',
      '聊了绘本合作',
    ]);
    expect(p).toMatchObject({
      name: '张伟',
      nameLatin: 'Wei Zhang',
      pinyin: 'zhang wei',
      initials: 'zw',
      tier: 'core',
      stage: 'deepened',
      tags: ['shanghai', '插画'],
      city: '上海',
      company: '小象工作室',
      title: '主理人',
      disciplines: ['插画', '动效'],
      skills: ['After Effects', 'Procreate'],
      needs: ['找印刷厂', '新客户'],
      offers: ['分镜'],
      seeking: ['独立游戏开发者'],
      handles: [
        { platform: 'wechat', value: 'zw88' },
        { platform: 'xiaohongshu', value: 'zhangwei_draws' },
      ],
      birthday: '--11-25',
      metOn: '2024-05-04',
      metPlace: '上海插画展',
      introducedBy: { id: alice.id, name: 'Alice Wong' },
      note: '聊了绘本合作',
      lastInteractionOn: null,
      dueOn: '2024-05-11',
      archivedAt: null,
    });
    expect(p.id).toBeTypeOf('number');
    expect(p.id).not.toBe(alice.id);
    // What was printed is what was stored.
    const shown = await txJson<Shown>(db, ['people', 'show', String(p.id)]);
    expect({ ...shown, recentInteractions: undefined }).toEqual({
      ...p,
      recentInteractions: undefined,
    });
    expect(shown.recentInteractions).toEqual([]);
    // Without --json: a readable line, no JSON.
    const plain = await tx(db, ['people', 'add', '李雷', '--tier', '核心']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('李雷');
    expect(plain.stdout.trim().startsWith('{')).toBe(false);
    expect((await txJson<Person>(db, ['people', 'show', '李雷'])).tier).toBe('core');
    expect(await count(db)).toBe(3);
  });

  it('list gives the contract fields and filters by tier, stage, tag and search', async () => {
    const db = newDb();
    await txJson(db, [
      'people',
      'add',
      '张伟',
      '--tier',
      'core',
      '--stage',
      'deepened',
      '--tag',
      'design',
      '--met-on',
      '2024-05-01',
    ]);
    await txJson(db, [
      'people',
      'add',
      '王芳',
      '--tier',
      'core',
      '--tag',
      'music',
      '--city',
      '成都',
    ]);
    await txJson(db, [
      'people',
      'add',
      'Emily Chen',
      '--tier',
      'important',
      '--stage',
      'deepened',
      '--tag',
      'design',
    ]);
    await txJson(db, ['people', 'add', '赵六']);
    const all = await txJson<PersonSummary[]>(db, ['people', 'list']);
    expect(all).toHaveLength(4);
    for (const p of all) {
      for (const k of ['id', 'name', 'tier', 'stage', 'lastInteractionOn', 'dueOn'])
        expect(p, k).toHaveProperty(k);
    }
    const zw = all.find((p) => p.name === '张伟')!;
    expect(zw).toMatchObject({
      tier: 'core',
      stage: 'deepened',
      lastInteractionOn: null,
      dueOn: '2024-05-08',
    });
    expect(all.find((p) => p.name === '赵六')).toMatchObject({
      tier: 'unsorted',
      stage: 'connected',
      dueOn: null,
    });

    const names = async (...args: string[]) =>
      (await txJson<{ name: string }[]>(db, ['people', 'list', ...args])).map((p) => p.name).sort();
    expect(await names('--tier', 'core')).toEqual(['张伟', '王芳'].sort());
    expect(await names('--stage', 'deepened')).toEqual(['Emily Chen', '张伟'].sort());
    expect(await names('--tag', 'design')).toEqual(['Emily Chen', '张伟'].sort());
    expect(await names('--tier', 'core', '--tag', 'design')).toEqual(['张伟']);
    expect(await names('--search', '成都')).toEqual(['王芳']);
    expect(await names('--search', 'emily')).toEqual(['Emily Chen']);
    expect(await names('--tag', 'nothing-tagged')).toEqual([]);
  });

  it('finds PERSON by id, exact name or a unique search; an ambiguous one lists the candidates', async () => {
    const db = newDb();
    const zw = await txJson<Person>(db, ['people', 'add', '张伟', '--city', '上海']);
    const zwm = await txJson<Person>(db, ['people', 'add', '张伟明', '--company', '大象设计']);
    const zw2 = await txJson<Person>(db, ['people', 'add', '周文', '--city', '北京']);
    const em = await txJson<Person>(db, ['people', 'add', 'Emily Chen']);
    expect((await txJson<Person>(db, ['people', 'show', String(zwm.id)])).name).toBe('张伟明');
    // An exact name wins although 张伟 is also part of 张伟明.
    expect((await txJson<Person>(db, ['people', 'show', '张伟'])).id).toBe(zw.id);
    expect((await txJson<Person>(db, ['people', 'show', 'zhangweiming'])).id).toBe(zwm.id);
    expect((await txJson<Person>(db, ['people', 'show', 'emily'])).id).toBe(em.id);
    expect((await txJson<Person>(db, ['people', 'show', '大象'])).id).toBe(zwm.id);

    const before = folderState(path.dirname(db));
    const stderr = await txFails(db, ['people', 'show', 'zw']);
    expect(stderr).toContain('more than one');
    for (const p of [zw, zwm, zw2]) expect(stderr).toContain(`#${p.id} ${p.name}`);
    expect(stderr).not.toContain('Emily');
    const zhErr = await txFails(db, ['people', 'show', 'zw'], { lang: ZH });
    expect(zhErr).toContain('不止一个人');
    expect(zhErr).toContain(`#${zw.id} 张伟`);
    const e = await txJsonError(db, ['people', 'show', 'zw']);
    expect(e.code).toBe('PersonAmbiguous');
    expect((e.details.candidates ?? []).map((c) => c.id).sort()).toEqual(
      [zw.id, zwm.id, zw2.id].sort(),
    );
    // An ambiguous person in log or edit changes nothing.
    await txFails(db, ['log', 'zw', '--kind', 'help', '--channel', 'wechat']);
    await txFails(db, ['people', 'edit', 'zw', '--tier', 'core']);
    await txFails(db, ['people', 'archive', 'zw']);
    expect(folderState(path.dirname(db))).toEqual(before);
  });

  it('edit changes only what is given; archive hides and restore brings back', async () => {
    const db = newDb();
    const p = await txJson<Person>(db, [
      'people',
      'add',
      '张伟',
      '--tier',
      'general',
      '--city',
      '上海',
      '--tag',
      'a',
      '--tag',
      'b',
      '--note',
      '留着',
    ]);
    const other = await txJson<Person>(db, ['people', 'add', '王芳']);
    const e = await txJson<Person>(db, [
      'people',
      'edit',
      '张伟',
      '--tier',
      'core',
      '--tag',
      'c',
      '--city',
      '杭州',
      '--handle',
      'jike:zw',
    ]);
    expect(e).toMatchObject({
      id: p.id,
      tier: 'core',
      tags: ['c'],
      city: '杭州',
      note: '留着',
      handles: [{ platform: 'jike', value: 'zw' }],
    });
    const renamed = await txJson<Person>(db, [
      'people',
      'edit',
      String(p.id),
      '--name',
      '张伟伟',
      '--city',
      '',
    ]);
    expect(renamed).toMatchObject({ name: '张伟伟', city: null, tier: 'core', tags: ['c'] });
    expect((await txJson<Person>(db, ['people', 'show', '张伟伟'])).city).toBeNull();
    expect(
      (await txJson<{ name: string }[]>(db, ['search', 'zhangweiwei'])).map((x) => x.name),
    ).toEqual(['张伟伟']);

    const archived = await txJson<Person>(db, ['people', 'archive', '张伟伟']);
    expect(archived.archivedAt).toBeTypeOf('string');
    expect((await txJson<{ id: number }[]>(db, ['people', 'list'])).map((x) => x.id)).toEqual([
      other.id,
    ]);
    expect(await txJson(db, ['search', '张伟伟'])).toEqual([]);
    expect(
      (await txJson<{ id: number }[]>(db, ['people', 'list', '--archived'])).map((x) => x.id),
    ).toEqual([p.id]);
    // Shown by id even when archived; archived people are not found for logging.
    expect((await txJson<Person>(db, ['people', 'show', String(p.id)])).archivedAt).toBeTypeOf(
      'string',
    );
    await txFails(db, ['log', '张伟伟', '--kind', 'help', '--channel', 'wechat']);

    const restored = await txJson<Person>(db, ['people', 'restore', '张伟伟']);
    expect(restored).toMatchObject({ id: p.id, archivedAt: null, tier: 'core' });
    expect(
      (await txJson<{ id: number }[]>(db, ['people', 'list'])).map((x) => x.id).sort(),
    ).toEqual([p.id, other.id].sort());
  });
});

describe.concurrent('log, today and search', () => {
  it('log records one interaction with several people and resets their clocks', async () => {
    const db = newDb();
    await txJson(db, ['people', 'add', '张伟', '--tier', 'core', '--met-on', '2024-03-01']);
    await txJson(db, ['people', 'add', '王芳', '--tier', 'important']);
    const i = await txJson<Interaction>(db, [
      'log',
      '张伟',
      '王芳',
      '--kind',
      'help',
      '--channel',
      'coffee',
      '--gave',
      '--date',
      '2024-03-05',
      '--note',
      '帮忙看作品集',
    ]);
    expect(i).toMatchObject({
      occurredOn: '2024-03-05',
      kind: 'help',
      channel: 'coffee',
      mode: 'offline',
      direction: 'gave',
      note: '帮忙看作品集',
    });
    expect(i.id).toBeTypeOf('number');
    expect(i.people.map((p) => p.name).sort()).toEqual(['张伟', '王芳'].sort());
    const people = await txJson<{ name: string; lastInteractionOn: string; dueOn: string }[]>(db, [
      'people',
      'list',
    ]);
    expect(people.find((p) => p.name === '张伟')).toMatchObject({
      lastInteractionOn: '2024-03-05',
      dueOn: '2024-03-12',
    });
    expect(people.find((p) => p.name === '王芳')).toMatchObject({
      lastInteractionOn: '2024-03-05',
      dueOn: '2024-04-04',
    });
    // Defaults: mutual, online for WeChat, today; Chinese labels work as input.
    const j = await txJson<Interaction>(db, ['log', '王芳', '--kind', '叙旧', '--channel', '微信']);
    expect(j).toMatchObject({
      kind: 'catch-up',
      channel: 'wechat',
      mode: 'online',
      direction: 'mutual',
    });
    expect(j.occurredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const list = await txJson<{ id: number }[]>(db, ['interactions', 'list']);
    expect(list.map((x) => x.id)).toEqual([j.id, i.id]);
    const shown = await txJson<Shown>(db, ['people', 'show', '张伟']);
    expect(shown.recentInteractions.map((x) => x.id)).toEqual([i.id]);
  });

  it('today lists due people, follow-ups, birthdays and warnings; logging changes it', async () => {
    const db = newDb();
    const li = await txJson<Person>(db, [
      'people',
      'add',
      '李雷',
      '--tier',
      'core',
      '--met-on',
      '2024-03-01',
    ]);
    const han = await txJson<Person>(db, [
      'people',
      'add',
      '韩梅梅',
      '--tier',
      'important',
      '--met-on',
      '2024-03-09T20:00',
      '--met-at',
      '读书会',
    ]);
    const wang = await txJson<Person>(db, ['people', 'add', '王芳', '--birthday', '--03-12']);
    await txJson(db, ['people', 'add', '路人', '--tier', 'general', '--met-on', '2023-01-01']);
    const at = ['today', '--date', '2024-03-10T10:00'];
    const a = await txJson<Agenda>(db, at);
    expect(Object.keys(a)).toEqual(
      expect.arrayContaining(['due', 'followUps', 'moments', 'warnings']),
    );
    for (const k of ['due', 'followUps', 'moments', 'warnings'] as const)
      expect(Array.isArray(a[k]), k).toBe(true);
    expect(a.date).toBe('2024-03-10');
    // 路人 was due long ago (2023-04-01) and is the most overdue.
    expect(a.due.map((d) => d.name)).toEqual(['路人', '李雷']);
    expect(a.due[1]).toMatchObject({
      personId: li.id,
      name: '李雷',
      tier: 'core',
      dueOn: '2024-03-08',
      daysOverdue: 2,
    });
    expect(a.followUps).toEqual([
      expect.objectContaining({ personId: li.id, name: '李雷', overdue: true }),
      expect.objectContaining({ personId: han.id, name: '韩梅梅', overdue: false, hoursLeft: 10 }),
    ]);
    expect(a.moments).toEqual([
      expect.objectContaining({
        personId: wang.id,
        name: '王芳',
        kind: 'birthday',
        date: '2024-03-12',
        daysUntil: 2,
      }),
    ]);
    expect(a.warnings).toEqual([]);
    for (const item of [...a.due, ...a.followUps, ...a.moments]) {
      expect(item.personId).toBeTypeOf('number');
      expect(item.name).toBeTypeOf('string');
    }

    await txJson(db, [
      'log',
      '李雷',
      '韩梅梅',
      '--kind',
      'check-in',
      '--channel',
      'wechat',
      '--date',
      '2024-03-10',
    ]);
    const b = await txJson<Agenda>(db, at);
    expect(b.due.map((d) => d.name)).toEqual(['路人']);
    expect(b.followUps).toEqual([]);
    expect(b.moments).toHaveLength(1);

    // Capacity warnings follow the configurable limit.
    await txJson(db, ['settings', 'set', 'capacity.core', '1']);
    await txJson(db, ['people', 'add', '第二位核心', '--tier', 'core']);
    const c = await txJson<Agenda>(db, at);
    expect(c.warnings).toEqual([expect.objectContaining({ tier: 'core', count: 2, limit: 1 })]);

    // The readable agenda shows the same people.
    const plain = await tx(db, at);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('路人');
    expect(plain.stdout).toContain('王芳');
  });

  it('search puts the best match first', async () => {
    const db = newDb();
    await txJson(db, ['people', 'add', '张伟明', '--tier', 'core']);
    await txJson(db, ['people', 'add', '周大为', '--company', 'ZW Studio', '--tier', 'core']);
    await txJson(db, ['people', 'add', '张伟', '--tier', 'general']);
    await txJson(db, ['people', 'add', '王芳']);
    const names = async (q: string) =>
      (await txJson<{ name: string }[]>(db, ['search', q])).map((p) => p.name);
    // Exact initials come first, whatever the tier.
    const zw = await names('zw');
    expect(zw[0]).toBe('张伟');
    expect([...zw].sort()).toEqual(['张伟', '张伟明', '周大为'].sort());
    // An exact name (or its full pinyin) beats a name that merely starts with it.
    expect(await names('张伟')).toEqual(['张伟', '张伟明']);
    expect(await names('zhang wei')).toEqual(['张伟', '张伟明']);
    expect(await names('zhangwei')).toEqual(['张伟', '张伟明']);
    // Equally good matches: the closer tier first.
    expect(await names('zhangw')).toEqual(['张伟明', '张伟']);
    expect(await names('wangfang')).toEqual(['王芳']);
    expect(await names('nobody-like-this')).toEqual([]);
    const rows = await txJson<Record<string, unknown>[]>(db, ['search', 'zw']);
    for (const k of ['id', 'name', 'tier', 'stage', 'lastInteractionOn', 'dueOn'])
      expect(rows[0]).toHaveProperty(k);
  });

  it('settings get, set and reset', async () => {
    const db = newDb();
    await txJson(db, ['people', 'add', '张伟', '--tier', 'core', '--met-on', '2024-03-01']);
    const all = await txJson<Record<string, unknown>>(db, ['settings', 'get']);
    expect(all).toMatchObject({
      'cadence.core': 7,
      'cadence.important': 30,
      'cadence.general': 90,
      'cadence.unsorted': null,
      'capacity.core': 10,
      'capacity.important': 30,
    });
    expect(await txJson(db, ['settings', 'get', 'cadence.core'])).toEqual({
      key: 'cadence.core',
      value: 7,
    });
    expect(await txJson(db, ['settings', 'set', 'cadence.core', '14'])).toEqual({
      key: 'cadence.core',
      value: 14,
    });
    expect(await txJson(db, ['settings', 'get', 'cadence.core'])).toEqual({
      key: 'cadence.core',
      value: 14,
    });
    // A cadence change re-plans at once.
    expect((await txJson<Person>(db, ['people', 'show', '张伟'])).dueOn).toBe('2024-03-15');
    expect(await txJson(db, ['settings', 'set', 'cadence.core', 'none'])).toEqual({
      key: 'cadence.core',
      value: null,
    });
    expect((await txJson<Person>(db, ['people', 'show', '张伟'])).dueOn).toBeNull();
    expect(await txJson(db, ['settings', 'reset', 'cadence.core'])).toEqual({
      key: 'cadence.core',
      value: 7,
    });
    expect((await txJson<Person>(db, ['people', 'show', '张伟'])).dueOn).toBe('2024-03-08');
    const plain = await tx(db, ['settings', 'get', 'capacity.core']);
    expect(plain).toMatchObject({ code: 0, stdout: '10\n' });

    const before = folderState(path.dirname(db));
    const unknown = await txFails(db, ['settings', 'set', 'cadence.friends', '3']);
    expect(unknown).toContain('cadence.friends');
    expect(unknown).toContain('cadence.core');
    await txFails(db, ['settings', 'get', 'nope']);
    await txFails(db, ['settings', 'set', 'capacity.core', '0']);
    await txFails(db, ['settings', 'set', 'language', 'fr']);
    expect(folderState(path.dirname(db))).toEqual(before);

    // The language setting decides the language when no flag says otherwise.
    await txJson(db, ['settings', 'set', 'language', 'zh']);
    expect(await txFails(db, ['people', 'add', 'X', '--tier', 'boss'])).toContain('层级');
    expect(await txFails(db, ['people', 'add', 'X', '--tier', 'boss', '--lang', 'en'])).toContain(
      'valid values',
    );
  });

  it('backup --to FILE, then restore FILE; the replaced data is kept', async () => {
    const db = newDb();
    const dir = path.dirname(db);
    await txJson(db, ['people', 'add', '老朋友']);
    const target = `${dir}-backup.db`;
    const b = await txJson<{ path: string; bytes: number }>(db, ['backup', '--to', target]);
    expect(b.path).toBe(target);
    expect(b.bytes).toBe(fs.statSync(target).size);
    expect(fs.statSync(target).mode & 0o777).toBe(0o600);
    // Never overwrites.
    const hash = sha256(target);
    expect((await txJsonError(db, ['backup', '--to', target])).code).toBe('FileExists');
    expect(sha256(target)).toBe(hash);

    await txJson(db, ['people', 'add', '新朋友']);
    const r = await txJson<{ restoredFrom: string; previousBackup: string }>(db, [
      'restore',
      target,
    ]);
    expect(r.restoredFrom).toBe(target);
    expect(r.previousBackup).toBeTypeOf('string');
    expect(path.dirname(r.previousBackup)).toBe(path.join(dir, 'backups'));
    expect((await txJson<{ name: string }[]>(db, ['people', 'list'])).map((p) => p.name)).toEqual([
      '老朋友',
    ]);
    expect(await txJson(db, ['search', '新朋友'])).toEqual([]);
    const prev = new Database(r.previousBackup, { readonly: true });
    expect(
      (prev.prepare('SELECT name FROM people ORDER BY id').all() as { name: string }[]).map(
        (x) => x.name,
      ),
    ).toEqual(['老朋友', '新朋友']);
    prev.close();
    // Undo: restore what was replaced.
    await txJson(db, ['restore', r.previousBackup]);
    expect(await count(db)).toBe(2);

    // A default backup goes to backups/ beside the database.
    const auto = await txJson<{ path: string }>(db, ['backup']);
    expect(path.dirname(auto.path)).toBe(path.join(dir, 'backups'));

    // Restoring something that is not ours changes nothing.
    const junk = `${dir}-junk.db`;
    fs.writeFileSync(junk, randomBytes(4096));
    const before = folderState(dir);
    expect((await txJsonError(db, ['restore', junk])).code).toBe('NotTongxingDatabase');
    expect((await txJsonError(db, ['restore', path.join(home, 'missing.db')])).code).toBe(
      'FileNotFound',
    );
    expect(folderState(dir)).toEqual(before);
    expect(await count(db)).toBe(2);
  });
});

describe('bad input: exit 1, a message naming the field and valid values, and nothing changed', () => {
  let db: string;
  let dir: string;

  beforeAll(async () => {
    db = newDb();
    dir = path.dirname(db);
    await txJson(db, ['people', 'add', '张伟', '--tier', 'core']);
    await txJson(db, ['people', 'add', 'Alice']);
    await txJson(db, [
      'log',
      '张伟',
      '--kind',
      'help',
      '--channel',
      'wechat',
      '--date',
      '2024-01-02',
    ]);
  });

  const LOG = ['log', '张伟', 'Alice'];
  const cases: { name: string; args: string[]; en: string[]; zh: string[]; code: string }[] = [
    {
      name: 'wrong tier',
      args: ['people', 'add', 'X', '--tier', 'boss'],
      en: ['tier', '"boss"', 'core, important, general, unsorted'],
      zh: ['层级', 'boss', 'core（核心）', 'unsorted（未分层）'],
      code: 'ValidationFailed',
    },
    {
      name: 'wrong stage',
      args: ['people', 'add', 'X', '--stage', 'besties'],
      en: ['stage', 'connected, deepened, maintained, dormant'],
      zh: ['阶段', 'connected（已连接）', 'dormant（沉睡）'],
      code: 'ValidationFailed',
    },
    {
      name: 'wrong tier on edit',
      args: ['people', 'edit', '张伟', '--tier', 'boss'],
      en: ['tier', 'core, important, general, unsorted'],
      zh: ['层级', 'core（核心）'],
      code: 'ValidationFailed',
    },
    {
      name: 'wrong kind',
      args: [...LOG, '--kind', 'gossip', '--channel', 'coffee'],
      en: ['kind', '"gossip"', 'share, help', 'check-in'],
      zh: ['互动类型', 'help（帮忙）'],
      code: 'ValidationFailed',
    },
    {
      name: 'wrong channel',
      args: [...LOG, '--kind', 'help', '--channel', 'pigeon'],
      en: ['channel', '"pigeon"', 'wechat, call', 'coffee'],
      zh: ['渠道', 'coffee（咖啡）'],
      code: 'ValidationFailed',
    },
    {
      name: 'impossible log date',
      args: [...LOG, '--kind', 'help', '--channel', 'coffee', '--date', '2025-02-30'],
      en: ['--date', '2025-02-30', 'not a valid date'],
      zh: ['日期', '2025-02-30', '不是有效的日期'],
      code: 'ValidationFailed',
    },
    {
      name: 'impossible birthday',
      args: ['people', 'add', 'X', '--birthday', '2025-02-30'],
      en: ['--birthday', '2025-02-30', 'not a valid date'],
      zh: ['生日', '2025-02-30'],
      code: 'ValidationFailed',
    },
    {
      name: 'impossible year-less birthday',
      args: ['people', 'add', 'X', '--birthday', '--02-30'],
      en: ['--birthday', '--02-30'],
      zh: ['生日'],
      code: 'ValidationFailed',
    },
    {
      name: 'impossible met-on',
      args: ['people', 'add', 'X', '--met-on', '2025-02-30'],
      en: ['--met-on', '2025-02-30'],
      zh: ['认识日期', '2025-02-30'],
      code: 'ValidationFailed',
    },
    {
      name: 'impossible agenda date',
      args: ['today', '--date', '2025-02-30'],
      en: ['2025-02-30', 'not a valid date'],
      zh: ['2025-02-30'],
      code: 'ValidationFailed',
    },
    {
      name: 'unknown person (show)',
      args: ['people', 'show', 'Nobody'],
      en: ['No one matches "Nobody"'],
      zh: ['找不到“Nobody”'],
      code: 'PersonNotFound',
    },
    {
      name: 'unknown person (log)',
      args: ['log', '张伟', 'Nobody', '--kind', 'help', '--channel', 'coffee'],
      en: ['"Nobody"'],
      zh: ['找不到“Nobody”'],
      code: 'PersonNotFound',
    },
    {
      name: 'unknown introducer',
      args: ['people', 'add', 'X', '--introduced-by', 'Nobody'],
      en: ['"Nobody"'],
      zh: ['Nobody'],
      code: 'PersonNotFound',
    },
    {
      name: 'empty name',
      args: ['people', 'add', ''],
      en: ['name is required'],
      zh: ['名字不能为空'],
      code: 'ValidationFailed',
    },
    {
      name: 'blank name',
      args: ['people', 'add', '   '],
      en: ['name is required'],
      zh: ['名字不能为空'],
      code: 'ValidationFailed',
    },
    {
      name: 'handle without a platform',
      args: ['people', 'add', 'X', '--handle', 'zw88'],
      en: ['"zw88"', 'no platform', 'PLATFORM:VALUE'],
      zh: ['zw88', '缺少平台'],
      code: 'ValidationFailed',
    },
    {
      name: 'handle with an empty platform',
      args: ['people', 'add', 'X', '--handle', ':zw88'],
      en: ['no platform', 'PLATFORM:VALUE'],
      zh: ['缺少平台'],
      code: 'ValidationFailed',
    },
    {
      name: 'handle on an unknown platform',
      args: ['people', 'add', 'X', '--handle', 'myspace:zw88'],
      en: ['unknown platform "myspace"', 'wechat', 'xiaohongshu'],
      zh: ['未知的平台', 'myspace', 'wechat（微信）'],
      code: 'ValidationFailed',
    },
  ];

  it.each(cases.map((c, i) => ({ ...c, i })))('$name', async (c) => {
    const before = folderState(dir);
    // English; Chinese from the locale or (every other case) from --lang with an English locale;
    // JSON for every kind of error and every third validation case (each run costs a process).
    const [en, zh, e] = await Promise.all([
      txFails(db, c.args),
      c.i % 2 === 0 ? txFails(db, c.args, { lang: ZH }) : txFails(db, [...c.args, '--lang', 'zh']),
      c.code !== 'ValidationFailed' || c.i % 3 === 0 ? txJsonError(db, c.args) : undefined,
    ]);
    expect(en.startsWith('Error: ')).toBe(true);
    for (const s of c.en) expect(en).toContain(s);
    expect(zh.startsWith('错误：')).toBe(true);
    for (const s of c.zh) expect(zh).toContain(s);
    if (e) {
      expect(e.code).toBe(c.code);
      expect(e.message).toBe(en.slice('Error: '.length).trimEnd());
      if (c.code === 'ValidationFailed') expect(e.details.issues?.length).toBeGreaterThan(0);
    }
    expect(folderState(dir)).toEqual(before);
  });

  it('the database still holds exactly what it held', async () => {
    const people = await txJson<{ name: string; tier: string }[]>(db, ['people', 'list']);
    expect(people.map((p) => [p.name, p.tier]).sort()).toEqual(
      [
        ['Alice', 'unsorted'],
        ['张伟', 'core'],
      ].sort(),
    );
    expect(await txJson<unknown[]>(db, ['interactions', 'list'])).toHaveLength(1);
  });
});

describe.concurrent('database files', () => {
  it('refuses a --db file that is not SQLite, and leaves it as it was', async () => {
    const dir = path.join(home, `rand${++dbSeq}`);
    fs.mkdirSync(dir);
    const file = path.join(dir, 'photo.jpg');
    fs.writeFileSync(file, randomBytes(10_000));
    const before = folderState(dir);
    const en = await txFails(file, ['people', 'list']);
    expect(en).toContain(file);
    expect(en).toContain('not a Tongxing database');
    expect(await txFails(file, ['people', 'add', 'X'], { lang: ZH })).toContain('不是同行的数据库');
    const e = await txJsonError(file, ['today']);
    expect(e.code).toBe('NotTongxingDatabase');
    expect(e.details.path).toBe(file);
    expect(folderState(dir)).toEqual(before);
  });

  it("refuses another application's SQLite database, and leaves it as it was", async () => {
    const dir = path.join(home, `foreign${++dbSeq}`);
    fs.mkdirSync(dir);
    const file = path.join(dir, 'notes.sqlite');
    const other = new Database(file);
    other.exec(`CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')`);
    other.close();
    const before = folderState(dir);
    await txFails(file, ['people', 'add', '张伟']);
    expect(
      (await txJsonError(file, ['log', 'x', '--kind', 'help', '--channel', 'wechat'])).code,
    ).toBe('NotTongxingDatabase');
    expect(folderState(dir)).toEqual(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a database from a newer version, and leaves it as it was', async () => {
    const db = newDb();
    await txJson(db, ['people', 'add', '张伟']);
    const raw = new Database(db);
    raw
      .prepare('INSERT INTO schema_migrations (id, applied_at) VALUES (?, ?)')
      .run('20991231-0001-hologram', '2099-12-31T00:00:00Z');
    raw.close();
    const dir = path.dirname(db);
    const before = folderState(dir);
    expect(await txFails(db, ['people', 'list'])).toContain('newer version');
    expect(await txFails(db, ['people', 'add', 'X'], { lang: ZH })).toContain('更新版本');
    const e = await txJsonError(db, ['today']);
    expect(e.code).toBe('DatabaseTooNew');
    expect(folderState(dir)).toEqual(before);
  });

  it('opens a database made by the first schema version, migrating it after a backup', async () => {
    const db = newDb();
    const v1 = await openStore(db, { migrations: [MIGRATIONS[0]!] });
    v1.sqlite
      .prepare(
        `INSERT INTO people (uid, name, pinyin, initials, name_norm, tier, added_on, created_at, updated_at)
         VALUES ('u-1', '解小东', 'xie xiao dong', 'xxd', '解小东', 'core', '2024-01-01', 'x', 'x')`,
      )
      .run();
    await v1.close();
    const r = await tx(db, ['search', 'xxd']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('解小东');
    // The user is told where the pre-migration backup is (on stderr, so stdout stays clean).
    expect(r.stderr).toContain(path.join(path.dirname(db), 'backups'));
    const backups = fs.readdirSync(path.join(path.dirname(db), 'backups'));
    expect(backups).toHaveLength(1);
    expect(
      (await txJson<{ name: string }[]>(db, ['search', 'xiexiaodong'])).map((p) => p.name),
    ).toEqual(['解小东']);
    expect(fs.readdirSync(path.join(path.dirname(db), 'backups'))).toEqual(backups);
  });
});

describe('export', () => {
  it('writes vCard and CSV to a file readable by the owner only, or to stdout, and never overwrites', async () => {
    const db = newDb();
    await txJson(db, ['people', 'add', '张伟', '--tag', '插画', '--birthday', '--11-25']);
    const out = path.join(path.dirname(db), 'people.vcf');
    const r = await txJson<{ path: string; format: string; count: number }>(db, [
      'export',
      '--format',
      'vcard',
      '-o',
      out,
    ]);
    expect(r).toEqual({ path: out, format: 'vcard', count: 1 });
    expect(fs.statSync(out).mode & 0o777).toBe(0o600);
    const vcf = fs.readFileSync(out, 'utf8');
    expect(vcf.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n')).toBe(true);
    expect(vcf).toContain('FN:张伟\r\n');
    const again = await tx(db, ['export', '--format', 'vcard', '-o', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(out);
    expect(fs.readFileSync(out, 'utf8')).toBe(vcf);
    const csv = await tx(db, ['export', '--format', 'csv'], { lang: ZH });
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFFID,姓名,')).toBe(true);
    expect((await tx(db, ['export', '--format', 'xml'])).code).toBe(2);
  });
});

describe('JSON backup through the CLI', () => {
  it('exports, imports into a new database, exports the same text, and refuses a second import', async () => {
    const db = newDb();
    await txJson(db, [
      'people',
      'add',
      '张伟',
      '--tier',
      'core',
      '--tag',
      '插画',
      '--met-on',
      '2026-11-01',
    ]);
    await txJson(db, ['people', 'add', 'Emily Chen', '--introduced-by', '张伟']);
    await txJson(db, [
      'log',
      '张伟',
      'Emily',
      '--kind',
      'help',
      '--channel',
      'coffee',
      '--date',
      '2026-11-10',
    ]);
    const first = path.join(path.dirname(db), 'first.json');
    await txJson(db, ['export', '--format', 'json', '-o', first]);
    const copy = newDb();
    expect(await txJson(copy, ['import', first])).toMatchObject({
      created: 2,
      interactions: 1,
      files: [{ format: 'json' }],
    });
    const second = path.join(path.dirname(copy), 'second.json');
    await txJson(copy, ['export', '--format', 'json', '-o', second]);
    expect(fs.readFileSync(second, 'utf8')).toBe(fs.readFileSync(first, 'utf8'));
    const again = await tx(copy, ['import', first]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('empty database');
  });
});
