/**
 * `tongxing intro` end to end: the built CLI against a temp database, in Chinese and English,
 * human output and --json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntroDrafts, Introduction } from '../src/core/introductions/introductions.js';
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

async function txOk(args: string[], lang = EN): Promise<string> {
  const r = await tx(args, lang);
  expect(r.stderr, `stderr of ${args.join(' ')}`).toBe('');
  expect(r.code, `exit code of ${args.join(' ')}`).toBe(0);
  return r.stdout;
}

async function txJson<T>(args: string[]): Promise<T> {
  return JSON.parse(await txOk([...args, '--json'])) as T;
}

/** A user error: exit 1, the message on stderr, nothing on stdout. */
async function txFails(args: string[], lang = EN): Promise<string> {
  const r = await tx(args, lang);
  expect(r.code, `exit code of ${args.join(' ')}: ${r.stderr}`).toBe(1);
  expect(r.stdout).toBe('');
  return r.stderr;
}

beforeAll(async () => {
  ensureBuilt();
  home = tempDir('tongxing-intro-');
  db = path.join(home, 'intro.db');
  for (const args of [
    ['people', 'add', '张伟', '--needs', '找人做小程序开发'],
    ['people', 'add', '李娜', '--latin-name', 'Li Na', '--offers', '小程序开发'],
  ]) {
    const r = await tx(args);
    expect(r.code, r.stderr).toBe(0);
  }
}, 180_000);

afterAll(() => {
  fs.rmSync(home, { recursive: true, force: true });
});

describe('tongxing intro', () => {
  let id: number;

  it('add prints the contract shape with --json, and the next step in both languages', async () => {
    const n = await txJson<Introduction>([
      'intro',
      'add',
      '张伟',
      '李娜',
      '--reason',
      '小程序开发',
    ]);
    expect(n).toMatchObject({
      a: { name: '张伟' },
      b: { name: '李娜' },
      stage: 'idea',
      outcome: null,
      reason: '小程序开发',
      consentA: null,
      consentB: null,
      history: [{ stage: 'idea', skipped: [], note: null }],
    });
    id = n.id;
    const zh = await txFails(['intro', 'add', '李娜', '张伟'], ZH);
    expect(zh).toContain(`#${id}`);
    expect(zh).toContain('错误：');
    const list = await txOk(['intro', 'list'], ZH);
    expect(list).toContain('张伟 → 李娜');
    expect(list).toContain('想法');
    expect(list).toContain('A· B·');
    expect(list).toContain('问 张伟');
  });

  it('advance refuses skipping unless told, and consent is needed before introduced', async () => {
    const skipped = await txFails(['intro', 'advance', String(id), '--to', 'asked-b'], ZH);
    expect(skipped).toContain('已问A');
    expect(skipped).toContain('--skip');
    const out = await txOk(
      ['intro', 'advance', String(id), '--to', 'asked-b', '--skip', '--consent', 'a'],
      ZH,
    );
    expect(out).toContain('已问B（跳过了：已问A）');
    expect(out).toContain('下一步：等 李娜 点头');
    const missing = await txFails(['intro', 'advance', String(id)]);
    expect(missing).toContain('李娜 (B) has not said yes');
    expect(missing).toContain(`tongxing intro consent ${id} b`);
    expect(await txOk(['intro', 'consent', String(id), 'b'])).toContain(
      'Recorded: 李娜 (B) agreed',
    );
    const made = await txOk(['intro', 'advance', String(id)]);
    expect(made).toContain('introduced');
    expect(made).toMatch(/follow up in 7 days \(\d{4}-\d{2}-\d{2}\)/);
    const list = await txJson<Introduction[]>(['intro', 'list', '--open', '--person', 'Li Na']);
    expect(list.map((n) => [n.id, n.stage])).toEqual([[id, 'introduced']]);
    expect(list[0]!.consentA).not.toBeNull();
  });

  it('show prints the drafts in the language asked for, and --json has them all', async () => {
    const zh = await txOk(['intro', 'show', String(id)], ZH);
    expect(zh).toContain(`引荐 #${id}  张伟 → 李娜`);
    expect(zh).toContain('── 问 张伟（A） ──');
    expect(zh).toContain('张伟，你好！');
    expect(zh).toContain('英文草稿：');
    expect(zh).not.toContain('Hi ');
    const en = await txOk(['intro', 'show', String(id), '--drafts', 'en']);
    expect(en).toContain('Hi Li Na!');
    expect(en).toContain('History:');
    const n = await txJson<Introduction & { drafts: IntroDrafts }>(['intro', 'show', String(id)]);
    expect(n.drafts.introduce.zh).toContain('给你们互相介绍一下');
    expect(n.drafts.askB.en).toContain('Li Na');
  });

  it('records the outcome, then refuses to move on; remove deletes it', async () => {
    expect(await txFails(['intro', 'advance', String(id), '--outcome', 'friends'])).toContain(
      'skips followed-up',
    );
    await txOk(['intro', 'advance', String(id)]);
    expect(await txFails(['intro', 'advance', String(id)], ZH)).toContain('--outcome');
    expect(await txOk(['intro', 'advance', String(id), '--outcome', '合作了'], ZH)).toContain(
      '有结果 · 合作了',
    );
    expect(await txFails(['intro', 'advance', String(id)])).toContain('is finished');
    expect(await txOk(['intro', 'remove', String(id)])).toContain(`Deleted introduction #${id}`);
    expect(await txOk(['intro', 'list'])).toContain('No introductions yet');
  });
});
