/**
 * `tongxing gather` end to end: the built CLI against a temp database — suggestions in Chinese and
 * English, then planning one, marking it held and cancelling another, with --json throughout.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gathering, GatheringSuggestion } from '../src/core/gatherings/gatherings.js';
import type { Interaction } from '../src/core/interactions/interactions.js';
import { ensureBuilt, runCli, type CliResult } from '../test/helpers/cli.js';
import { tempDir } from '../test/helpers/test-db.js';

let home: string;
let db: string;

const EN = 'en_US.UTF-8';
const ZH = 'zh_CN.UTF-8';

function env(lang: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {
    ...process.env,
    LANG: lang,
    NO_COLOR: '1',
    TZ: 'Asia/Shanghai',
    TONGXING_HOME: home,
  };
  for (const k of ['LC_ALL', 'LC_MESSAGES', 'LANGUAGE', 'TONGXING_LANG', 'FORCE_COLOR'])
    delete e[k];
  return e;
}

function tx(args: string[], lang = EN): Promise<CliResult> {
  return runCli(['--db', db, ...args], { cwd: home, env: env(lang) });
}

async function txJson<T>(args: string[], lang = EN): Promise<T> {
  const r = await tx([...args, '--json'], lang);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
}

beforeAll(async () => {
  ensureBuilt();
  home = tempDir('tongxing-gather-');
  db = path.join(home, 'gather.db');
  for (const args of [
    ['people', 'add', '张伟', '--city', '杭州', '--tier', 'core', '--does', '品牌设计'],
    ['people', 'add', '李娜', '--city', '杭州', '--does', '插画', '--offers', '动效设计（AE）'],
    ['people', 'add', '陈静', '--city', '杭州', '--does', '品牌设计', '--does', '插画'],
    ['people', 'edit', '张伟', '--needs', '需要做动效'],
  ]) {
    const r = await tx(args);
    expect(r.code, r.stderr).toBe(0);
  }
}, 180_000);

afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

describe('tongxing gather', () => {
  it('suggests a group with its reasons, in Chinese and in English', async () => {
    const zh = await tx(['gather', '--size', '3'], ZH);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('1. 张伟、李娜、陈静');
    expect(zh.stdout).toContain('张伟 需要“需要做动效”——李娜 能提供“动效设计（AE）”');
    expect(zh.stdout).toContain('三人都在杭州');
    expect(zh.stdout).toMatch(/计划：tongxing gather plan \d+ \d+ \d+/);
    const en = await tx(['gather', '--size', '3', '--around', '陈静'], EN);
    expect(en.stdout).toContain('All three are in Hangzhou');
    const none = await tx(['gather'], EN);
    expect(none.stdout).toContain('No gathering to suggest yet');
    const bad = await tx(['gather', '--size', '9'], EN);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('size');
  });

  it('plans one from a suggestion, marks it held; cancels another', async () => {
    const [s] = await txJson<GatheringSuggestion[]>(['gather', '--size', '3'], ZH);
    expect(s!.people.map((p) => p.name)).toEqual(['张伟', '李娜', '陈静']);
    const ids = s!.people.map((p) => String(p.id));
    const g = await txJson<Gathering>(
      ['gather', 'plan', ...ids, '--on', 'yesterday', '--place', '西湖边'],
      ZH,
    );
    expect(g).toMatchObject({
      title: '小聚：张伟、李娜、陈静',
      status: 'planned',
      place: '西湖边',
    });
    expect(g.reasons).toContain('三人都在杭州');
    const held = await tx(['gather', 'held', String(g.id)], ZH);
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toContain(`小聚 #${g.id} 已举办`);
    const log = await txJson<Interaction[]>(['interactions', 'list']);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ channel: 'meetup', mode: 'offline', occurredOn: g.on });
    const again = await tx(['gather', 'held', String(g.id)], EN);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('has already been held');

    const other = await tx(['gather', 'plan', '李娜', '陈静', '--title', 'Lunch'], EN);
    expect(other.stdout).toMatch(/Planned gathering #\d+/);
    const list = await txJson<Gathering[]>(['gather', 'list', '--status', 'planned']);
    expect(list.map((x) => x.title)).toEqual(['Lunch']);
    const cancelled = await tx(['gather', 'cancel', String(list[0]!.id)], EN);
    expect(cancelled.stdout).toContain(`Cancelled gathering #${list[0]!.id} (Lunch)`);
    const table = await tx(['gather', 'list'], ZH);
    expect(table.stdout).toContain('已举办');
    expect(table.stdout).toContain('已取消');
    const missing = await tx(['gather', 'cancel', 'abc'], ZH);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('找不到编号为 abc 的小聚');
  });
});
