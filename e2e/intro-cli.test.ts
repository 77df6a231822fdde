/**
 * `tongxing intro` end to end: the built CLI against a temp database, in Chinese and English,
 * human output and --json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntroDrafts, Introduction } from '../src/core/introductions/introductions.js';
import { startCliHome, ZH, type CliHome } from '../test/helpers/cli.js';

let cli: CliHome;

beforeAll(async () => {
  cli = await startCliHome('tongxing-intro-', [
    ['people', 'add', '张伟', '--needs', '找人做小程序开发'],
    ['people', 'add', '李娜', '--latin-name', 'Li Na', '--offers', '小程序开发'],
  ]);
}, 180_000);

afterAll(() => cli.close());

describe('tongxing intro', () => {
  let id: number;

  it('add prints the contract shape with --json, and the next step in both languages', async () => {
    const n = await cli.json<Introduction>([
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
    const zh = await cli.fails(['intro', 'add', '李娜', '张伟'], ZH);
    expect(zh).toContain(`#${id}`);
    expect(zh).toContain('错误：');
    const list = await cli.ok(['intro', 'list'], ZH);
    expect(list).toContain('张伟 → 李娜');
    expect(list).toContain('想法');
    expect(list).toContain('A· B·');
    expect(list).toContain('问 张伟');
  });

  it('advance refuses skipping unless told, and consent is needed before introduced', async () => {
    const skipped = await cli.fails(['intro', 'advance', String(id), '--to', 'asked-b'], ZH);
    expect(skipped).toContain('已问A');
    expect(skipped).toContain('--skip');
    const out = await cli.ok(
      ['intro', 'advance', String(id), '--to', 'asked-b', '--skip', '--consent', 'a'],
      ZH,
    );
    expect(out).toContain('已问B（跳过了：已问A）');
    expect(out).toContain('下一步：等 李娜 点头');
    const missing = await cli.fails(['intro', 'advance', String(id)]);
    expect(missing).toContain('李娜 (B) has not said yes');
    expect(missing).toContain(`tongxing intro consent ${id} b`);
    expect(await cli.ok(['intro', 'consent', String(id), 'b'])).toContain(
      'Recorded: 李娜 (B) agreed',
    );
    const made = await cli.ok(['intro', 'advance', String(id)]);
    expect(made).toContain('introduced');
    expect(made).toMatch(/follow up in 7 days \(\d{4}-\d{2}-\d{2}\)/);
    const list = await cli.json<Introduction[]>(['intro', 'list', '--open', '--person', 'Li Na']);
    expect(list.map((n) => [n.id, n.stage])).toEqual([[id, 'introduced']]);
    expect(list[0]!.consentA).not.toBeNull();
  });

  it('show prints the drafts in the language asked for, and --json has them all', async () => {
    const zh = await cli.ok(['intro', 'show', String(id)], ZH);
    expect(zh).toContain(`引荐 #${id}  张伟 → 李娜`);
    expect(zh).toContain('── 问 张伟（A） ──');
    expect(zh).toContain('张伟，你好！');
    expect(zh).toContain('英文草稿：');
    expect(zh).not.toContain('Hi ');
    const en = await cli.ok(['intro', 'show', String(id), '--drafts', 'en']);
    expect(en).toContain('Hi Li Na!');
    expect(en).toContain('History:');
    const n = await cli.json<Introduction & { drafts: IntroDrafts }>(['intro', 'show', String(id)]);
    expect(n.drafts.introduce.zh).toContain('给你们互相介绍一下');
    expect(n.drafts.askB.en).toContain('Li Na');
  });

  it('records the outcome, then refuses to move on; remove deletes it', async () => {
    expect(await cli.fails(['intro', 'advance', String(id), '--outcome', 'friends'])).toContain(
      'skips followed-up',
    );
    await cli.ok(['intro', 'advance', String(id)]);
    expect(await cli.fails(['intro', 'advance', String(id)], ZH)).toContain('--outcome');
    expect(await cli.ok(['intro', 'advance', String(id), '--outcome', '合作了'], ZH)).toContain(
      '有结果 · 合作了',
    );
    expect(await cli.fails(['intro', 'advance', String(id)])).toContain('is finished');
    expect(await cli.ok(['intro', 'remove', String(id)])).toContain(`Deleted introduction #${id}`);
    expect(await cli.ok(['intro', 'list'])).toContain('No introductions yet');
  });
});
