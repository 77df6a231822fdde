/** `tongxing refer` end to end: the built CLI against a temp database, in Chinese and English. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCliHome, ZH, type CliHome } from '../test/helpers/cli.js';
import type { Reciprocity } from '../src/core/referrals/reciprocity.js';
import type { Referral } from '../src/core/referrals/referrals.js';

let cli: CliHome;
const zh = (args: string[]) => cli.run(args, ZH);

beforeAll(async () => {
  cli = await startCliHome('tongxing-refer-', [
    ['people', 'add', '王芳'],
    ['people', 'add', 'Emily Chen'],
    ['log', '王芳', '--kind', 'help', '--channel', 'wechat', '--received'],
    ['log', '王芳', '--kind', 'help', '--channel', 'wechat', '--received'],
    ['log', 'Emily Chen', '--kind', 'help', '--channel', 'coffee', '--gave'],
  ]);
}, 180_000);

afterAll(() => cli.close());

describe('tongxing refer', () => {
  let incoming: Referral;

  it('in / out record referrals; --json prints the Referral shape', async () => {
    incoming = await cli.json<Referral>([
      'refer',
      'in',
      '王芳',
      '--client',
      '星巴克',
      '--project',
      '品牌视频',
      '--value',
      '1.2万',
    ]);
    expect(incoming).toMatchObject({
      direction: 'in',
      person: { name: '王芳' },
      client: '星巴克',
      project: '品牌视频',
      value: 12000,
      currency: 'CNY',
      status: 'referred',
    });
    expect(incoming.followUpOn).not.toBeNull();
    const out = await zh([
      'refer',
      'out',
      'Emily Chen',
      '--client',
      'Acme',
      '--value',
      '8,000',
      '--follow-up',
      'none',
    ]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout).toContain('已记下：你把客户转介绍给了 Emily Chen');
    expect(out.stdout).toContain('¥8,000');
    expect(out.stdout).not.toContain('跟进 20');
  });

  it('help says the defaults; a missing --client is a usage error', async () => {
    const help = await zh(['refer', 'out', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('默认 14 天后');
    expect((await cli.run(['refer', 'in', '--help'])).stdout).toContain('default 14 days later');
    const r = await cli.run(['refer', 'out', '王芳']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--client');
  });

  it('list shows status labels, values, follow-ups and a thanks hint, in zh and en', async () => {
    const z = await zh(['refer', 'list']);
    expect(z.code, z.stderr).toBe(0);
    for (const s of [
      '星巴克 · 品牌视频',
      '¥12,000',
      '已转介',
      '转入',
      '未感谢',
      incoming.followUpOn!,
    ])
      expect(z.stdout).toContain(s);
    expect(z.stdout).toContain(
      `别忘了感谢 王芳，道谢后记一笔：tongxing refer thanks ${incoming.id}`,
    );
    const e = await cli.run(['refer', 'list', '--direction', 'in']);
    expect(e.stdout).toContain('referred');
    expect(e.stdout).toContain('Remember to thank 王芳');
    expect(e.stdout).not.toContain('Acme');
    const rows = await cli.json<Referral[]>(['refer', 'list', '--open']);
    expect(rows).toHaveLength(2);
  });

  it('advance, thanks and the refusals speak the user’s language', async () => {
    const won = await cli.json<Referral>(['refer', 'advance', String(incoming.id), '--to', 'won']);
    expect(won).toMatchObject({ status: 'won', followUpOn: null });
    const back = await zh(['refer', 'advance', String(incoming.id), '--to', 'in-talks']);
    expect(back.code).toBe(1);
    expect(back.stderr).toContain(`先删除（tongxing refer remove ${incoming.id}）`);
    const thanked = await zh(['refer', 'thanks', String(incoming.id)]);
    expect(thanked.code, thanked.stderr).toBe(0);
    expect(thanked.stdout).toContain('感谢了 王芳');
    const bad = await cli.run(['refer', 'out', '王芳', '--client', 'X', '--value', '-5']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('value');
    const missing = await cli.run(['refer', 'thanks', '999', '--json']);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stderr)).toMatchObject({ error: { code: 'ReferralNotFound' } });
  });

  it('balance prints the give and take in words, and --json the Reciprocity shape', async () => {
    const b = await cli.json<Reciprocity>(['refer', 'balance', '王芳']);
    expect(b).toMatchObject({
      given: { referrals: 0, introductions: 0, help: 0 },
      received: { referrals: 1, help: 2 },
      lean: 'receiving',
      wonValue: { given: 0, received: 12000 },
    });
    const z = await zh(['refer', 'balance', '王芳']);
    expect(z.stdout).toContain(
      '你给过 TA：转介绍 0、引荐 0、帮忙 0；TA 给过你：转介绍 1、帮忙 2 —— TA 付出更多',
    );
    expect(z.stdout).toContain('先给予，再索取');
    const e = await cli.run(['refer', 'balance', 'Emily Chen']);
    expect(e.stdout).toContain(
      'You gave them: referrals 1, introductions 0, help 1; they gave you: referrals 0, help 0 — you have given more',
    );
    const owe = await zh(['refer', 'balance']);
    expect(owe.stdout).toContain('你欠人情最多的同行');
    expect(owe.stdout).toContain('王芳');
    expect(owe.stdout).not.toContain('Emily');
    const list = await cli.json<Reciprocity[]>(['refer', 'balance']);
    expect(list.map((r) => r.person.name)).toEqual(['王芳']);
  });
});
