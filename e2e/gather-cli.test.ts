/**
 * `tongxing gather` end to end: the built CLI against a temp database — suggestions in Chinese and
 * English, then planning one, marking it held and cancelling another, with --json throughout.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gathering, GatheringSuggestion } from '../src/core/gatherings/gatherings.js';
import type { Interaction } from '../src/core/interactions/interactions.js';
import { EN, startCliHome, ZH, type CliHome } from '../test/helpers/cli.js';

let cli: CliHome;

beforeAll(async () => {
  cli = await startCliHome('tongxing-gather-', [
    ['people', 'add', '张伟', '--city', '杭州', '--tier', 'core', '--does', '品牌设计'],
    ['people', 'add', '李娜', '--city', '杭州', '--does', '插画', '--offers', '动效设计（AE）'],
    ['people', 'add', '陈静', '--city', '杭州', '--does', '品牌设计', '--does', '插画'],
    ['people', 'edit', '张伟', '--needs', '需要做动效'],
  ]);
}, 180_000);

afterAll(() => cli.close());

describe('tongxing gather', () => {
  it('suggests a group with its reasons, in Chinese and in English', async () => {
    const zh = await cli.run(['gather', '--size', '3'], ZH);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('1. 张伟、李娜、陈静');
    expect(zh.stdout).toContain('张伟 需要“需要做动效”——李娜 能提供“动效设计（AE）”');
    expect(zh.stdout).toContain('三人都在杭州');
    expect(zh.stdout).toMatch(/计划：tongxing gather plan \d+ \d+ \d+/);
    const en = await cli.run(['gather', '--size', '3', '--around', '陈静'], EN);
    expect(en.stdout).toContain('All three are in Hangzhou');
    const none = await cli.run(['gather'], EN);
    expect(none.stdout).toContain('No gathering to suggest yet');
    const bad = await cli.run(['gather', '--size', '9'], EN);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('size');
  });

  it('plans one from a suggestion, marks it held; cancels another', async () => {
    const [s] = await cli.json<GatheringSuggestion[]>(['gather', '--size', '3'], ZH);
    expect(s!.people.map((p) => p.name)).toEqual(['张伟', '李娜', '陈静']);
    const ids = s!.people.map((p) => String(p.id));
    const g = await cli.json<Gathering>(
      ['gather', 'plan', ...ids, '--on', 'yesterday', '--place', '西湖边'],
      ZH,
    );
    expect(g).toMatchObject({
      title: '小聚：张伟、李娜、陈静',
      status: 'planned',
      place: '西湖边',
    });
    expect(g.reasons).toContain('三人都在杭州');
    const held = await cli.run(['gather', 'held', String(g.id)], ZH);
    expect(held.code, held.stderr).toBe(0);
    expect(held.stdout).toContain(`小聚 #${g.id} 已举办`);
    const log = await cli.json<Interaction[]>(['interactions', 'list']);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ channel: 'meetup', mode: 'offline', occurredOn: g.on });
    const again = await cli.run(['gather', 'held', String(g.id)], EN);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('has already been held');

    const other = await cli.run(['gather', 'plan', '李娜', '陈静', '--title', 'Lunch'], EN);
    expect(other.stdout).toMatch(/Planned gathering #\d+/);
    const list = await cli.json<Gathering[]>(['gather', 'list', '--status', 'planned']);
    expect(list.map((x) => x.title)).toEqual(['Lunch']);
    const cancelled = await cli.run(['gather', 'cancel', String(list[0]!.id)], EN);
    expect(cancelled.stdout).toContain(`Cancelled gathering #${list[0]!.id} (Lunch)`);
    const table = await cli.run(['gather', 'list'], ZH);
    expect(table.stdout).toContain('已举办');
    expect(table.stdout).toContain('已取消');
    const missing = await cli.run(['gather', 'cancel', 'abc'], ZH);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('找不到编号为 abc 的小聚');
  });
});
