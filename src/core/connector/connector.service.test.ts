import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { expectAppError } from '../../../test/helpers/errors.js';
import { makeInteraction, makePerson } from '../../../test/helpers/factories.js';
import { importInteractions } from '../interactions/interactions.service.js';
import { addIntroduction, advanceIntroduction } from '../introductions/introductions.service.js';
import { archivePerson, updatePerson } from '../people/people.service.js';
import {
  addKnows,
  connectorIndex,
  refreshTerms,
  suggestIntroductions,
  whoCanHelp,
} from './connector.service.js';
import { naiveSuggestFor, naiveWho, suggestFor, who } from './match.js';
import { extractTerms } from './terms.js';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

describe('suggestions', () => {
  it('pairs a need with an offer across languages, with a reason naming both sides', async () => {
    const a = await makePerson(ctx, { name: '张伟', needs: ['需要一个会做动效的插画师'] });
    const b = await makePerson(ctx, { name: '李娜', offers: ['motion design (After Effects)'] });
    await makePerson(ctx, { name: '王芳', offers: ['婚礼摄影'] });
    const zh = await suggestIntroductions(ctx, {}, 'zh');
    expect(zh.map((s) => [s.a.name, s.b.name])).toEqual([['张伟', '李娜']]);
    expect(zh[0]!.reasons[0]).toContain(
      '张伟 需要“需要一个会做动效的插画师”——李娜 能提供“motion design (After Effects)”',
    );
    const en = await suggestIntroductions(ctx, { for: b.id }, 'en');
    expect(en[0]).toMatchObject({ a: { id: a.id }, b: { id: b.id } });
    expect(en[0]!.reasons[0]).toMatch(/^张伟 needs ".+" — 李娜 offers ".+" \(/);
  });

  it('leaves out archived people and pairs who already know each other', async () => {
    await makePerson(ctx, { name: '张伟', needs: ['找人做小程序开发'] });
    const b = await makePerson(ctx, { name: '李娜', offers: ['小程序开发'] });
    const c = await makePerson(ctx, {
      name: 'Emily Chen',
      offers: ['WeChat mini program development'],
    });
    expect((await suggestIntroductions(ctx, {}, 'en')).map((s) => s.b.name).sort()).toEqual(
      ['Emily Chen', '李娜'].sort(),
    );
    await archivePerson(ctx, c.id);
    expect((await addKnows(ctx, '张伟', b.id)).added).toBe(true);
    expect((await addKnows(ctx, b.id, '张伟')).added).toBe(false);
    expect(await suggestIntroductions(ctx, {}, 'en')).toEqual([]);
    await expectAppError(addKnows(ctx, b.id, b.id), 'ValidationFailed');
  });

  it('favours people the user is close to and recently in touch with', async () => {
    await makePerson(ctx, { name: '张伟', needs: ['need product photography'] });
    await makePerson(ctx, { name: '远方', offers: ['产品摄影'] });
    const near = await makePerson(ctx, { name: '近邻', offers: ['产品摄影'], tier: 'core' });
    await makeInteraction(ctx, [near], { date: '2026-11-20' });
    const rows = await suggestIntroductions(ctx, {}, 'zh');
    expect(rows.map((r) => r.b.name)).toEqual(['近邻', '远方']);
  });

  it('follows edits: a changed offer is matched the next time', async () => {
    await makePerson(ctx, { name: '张伟', needs: ['找人做包装设计'] });
    const b = await makePerson(ctx, { name: '李娜', offers: ['网页开发'] });
    expect(await suggestIntroductions(ctx, {}, 'zh')).toEqual([]);
    ctx.setNow('2026-11-23T03:00:00Z');
    await updatePerson(ctx, b.id, { offers: ['packaging design'] });
    expect((await suggestIntroductions(ctx, {}, 'zh')).map((r) => r.b.name)).toEqual(['李娜']);
    expect(await refreshTerms(ctx.db)).toBe(0);
  });
});

describe('who knows whom', () => {
  it('learns that people at the same offline meeting know each other, not from a group chat', async () => {
    const a = await makePerson(ctx, { name: '张伟', needs: ['找人做小程序开发'] });
    const b = await makePerson(ctx, { name: '李娜', offers: ['小程序开发'] });
    const c = await makePerson(ctx, { name: '王芳', offers: ['小程序开发'] });
    await makeInteraction(ctx, [a, c], { channel: 'community' });
    expect((await suggestIntroductions(ctx, {}, 'zh')).map((s) => s.b.name).sort()).toEqual(
      ['李娜', '王芳'].sort(),
    );
    await makeInteraction(ctx, [a, b], { channel: 'meal' });
    expect((await suggestIntroductions(ctx, {}, 'zh')).map((s) => s.b.name)).toEqual(['王芳']);
    // Again, and in bulk (imports): no duplicate rows, no error.
    await importInteractions(ctx, [
      { personIds: [a.id, b.id, c.id], date: '2026-11-01', channel: 'event', kind: 'catch-up' },
    ]);
    expect(await suggestIntroductions(ctx, {}, 'zh')).toEqual([]);
  });
});

describe('introductions', () => {
  it('leaves a pair out once an introduction of them is started, and after it', async () => {
    const a = await makePerson(ctx, { name: '张伟', needs: ['找人做小程序开发'] });
    const b = await makePerson(ctx, { name: '李娜', offers: ['小程序开发'] });
    await makePerson(ctx, { name: '王芳', offers: ['小程序开发'] });
    const intro = await addIntroduction(ctx, { a: a.id, b: b.id });
    expect((await suggestIntroductions(ctx, {}, 'zh')).map((s) => s.b.name)).toEqual(['王芳']);
    await advanceIntroduction(ctx, intro.id, { outcome: 'declined' });
    expect((await suggestIntroductions(ctx, {}, 'zh')).map((s) => s.b.name)).toEqual(['王芳']);
  });
});

describe('who can help', () => {
  it('ranks people by what they offer, preferring the city asked for', async () => {
    await makePerson(ctx, { name: '沪上', offers: ['产品摄影'], city: '上海' });
    await makePerson(ctx, { name: '杭城', offers: ['product photography'], city: '杭州' });
    await makePerson(ctx, { name: '无关', offers: ['品牌设计'], city: '杭州' });
    const rows = await whoCanHelp(ctx, { text: 'who can shoot product photos in Hangzhou' }, 'en');
    expect(rows.map((r) => r.person.name)).toEqual(['杭城', '沪上']);
    expect(rows[0]!.reasons.join(' ')).toMatch(/in /);
    const zh = await whoCanHelp(ctx, { text: '谁会做小程序开发' }, 'zh');
    expect(zh).toEqual([]);
  });

  it('refuses an empty question', async () => {
    await expectAppError(whoCanHelp(ctx, { text: '  ' }, 'en'), 'ValidationFailed');
  });
});

describe('the index agrees with scoring everything', () => {
  it('gives the same top 10 per person and the same who answers as the naive scans', async () => {
    const needs = [
      '需要动效设计师',
      'need a packaging designer',
      '找人拍产品照',
      '想学 Blender',
      '找前端开发',
    ];
    const offers = [
      '动效 (AE)',
      '包装设计',
      'product photography',
      'Blender 建模',
      'React 前端',
      '插画',
    ];
    for (let i = 0; i < 60; i++) {
      await makePerson(ctx, {
        name: `同行${i}`,
        needs: [needs[i % needs.length]!, needs[(i * 7) % needs.length]!],
        offers: [offers[i % offers.length]!, offers[(i * 3) % offers.length]!],
        seeking: i % 4 === 0 ? ['想认识做三维的人'] : [],
        tier: (['core', 'important', 'general', 'unsorted'] as const)[i % 4],
        city: i % 2 ? '杭州' : '上海',
      });
    }
    await addKnows(ctx, '同行1', '同行2');
    const ix = await connectorIndex(ctx);
    for (const p of ix.people) {
      const fast = suggestFor(ix, p, 10).map((m) => [m.b.id, m.score]);
      const slow = naiveSuggestFor(ix, p, 10).map((m) => [m.b.id, m.score]);
      expect(fast).toEqual(slow);
    }
    for (const q of ['动效', 'who does 3D in Hangzhou', '杭州', 'packaging', '不存在的技能']) {
      const terms = extractTerms(q);
      expect(who(ix, terms, 10).map((m) => [m.person.id, m.score])).toEqual(
        naiveWho(ix, terms, 10).map((m) => [m.person.id, m.score]),
      );
    }
  });
});
