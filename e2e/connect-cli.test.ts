/**
 * `tongxing match`, `who` and `knows` end to end: the built CLI against a temp database, in
 * Chinese and English, with the --json shapes the issue names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Suggestion, WhoAnswer } from '../src/core/connector/connector.service.js';
import { EN, startCliHome, ZH, type CliHome } from '../test/helpers/cli.js';

let cli: CliHome;

beforeAll(async () => {
  cli = await startCliHome('tongxing-connect-', [
    ['people', 'add', '张伟', '--city', '上海', '--needs', '需要一个会做动效的插画师'],
    ['people', 'add', '李娜', '--city', '杭州', '--offers', 'motion design (After Effects)'],
    ['people', 'add', '陈静', '--city', '杭州', '--offers', '产品摄影'],
    ['people', 'add', '王芳', '--city', '上海', '--offers', 'product photography'],
  ]);
}, 180_000);

afterAll(() => cli.close());

describe('tongxing match, who, knows', () => {
  it('suggests an introduction with its reason and the command that starts it', async () => {
    const zh = await cli.ok(['match'], ZH);
    expect(zh).toContain('张伟 ↔ 李娜');
    expect(zh).toContain(
      '张伟 需要“需要一个会做动效的插画师”——李娜 能提供“motion design (After Effects)”',
    );
    expect(zh).toMatch(/→ tongxing intro add \d+ \d+/);
    const en = await cli.json<Suggestion[]>(['match', '--for', '李娜'], EN);
    expect(en).toEqual([
      {
        a: { id: expect.any(Number) as number, name: '张伟' },
        b: { id: expect.any(Number) as number, name: '李娜' },
        score: expect.any(Number) as number,
        reasons: [expect.stringMatching(/^张伟 needs ".+" — 李娜 offers ".+"/) as string],
      },
    ]);
  });

  it('answers who can help, preferring the city asked about', async () => {
    const en = await cli.json<WhoAnswer[]>(['who', 'who can shoot product photos in Hangzhou'], EN);
    expect(en.map((a) => a.person.name)).toEqual(['陈静', '王芳']);
    expect(en[0]!.reasons).toContain('in Hangzhou');
    const zh = await cli.ok(['who', '上海', '谁会拍产品照片'], ZH);
    expect(zh.indexOf('王芳')).toBeLessThan(zh.indexOf('陈静'));
    expect(await cli.ok(['who', '谁会酿啤酒'], ZH)).toContain('没有找到能帮上“谁会酿啤酒”的人');
    expect(await cli.fails(['who', ' '], EN)).toMatch(/text|question/i);
  });

  it('stops suggesting two people once they know each other', async () => {
    expect(await cli.ok(['knows', '张伟', '李娜'], ZH)).toContain(
      '已记下：张伟 和 李娜 互相认识。',
    );
    expect(await cli.ok(['knows', '李娜', '张伟'], EN)).toContain('were already noted');
    expect(await cli.json<Suggestion[]>(['match'], EN)).toEqual([]);
    expect(await cli.ok(['knows', '李娜', '张伟', '--forget'], ZH)).toContain('已撤销');
    expect(await cli.json<Suggestion[]>(['match'], EN)).toHaveLength(1);
    expect(await cli.ok(['knows', '李娜', '张伟', '--forget'], EN)).toContain('were not noted');
    await cli.ok(['knows', '张伟', '李娜'], EN);
    expect(await cli.fails(['knows', '张伟', '没这个人'], ZH)).toContain('没这个人');
  });
});
