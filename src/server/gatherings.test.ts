import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/helpers/test-db.js';
import { makeGatheringTrio } from '../../test/helpers/factories.js';
import { fails, ok, requester, testApp, type App } from '../../test/helpers/api.js';
import type { Gathering, GatheringSuggestion } from '../core/gatherings/gatherings.js';
import type { Interaction } from '../core/interactions/interactions.js';
import type { Person } from '../core/people/people.js';

let ctx: TestContext;
let app: App;
let zw: Person;
let ln: Person;
let cj: Person;
const request = requester(() => app);

beforeAll(async () => {
  ctx = await createTestContext(); // 2026-11-23 10:00 in Shanghai
  app = testApp(ctx);
  ({ zw, ln, cj } = await makeGatheringTrio(ctx));
});
afterAll(async () => {
  await ctx.close();
});

describe('gatherings API', () => {
  it('GET /gatherings/suggestions: groups with reasons in the request language', async () => {
    const zh = await ok<GatheringSuggestion[]>(
      await request('GET', '/api/v1/gatherings/suggestions?size=3', { lang: 'zh-CN,zh;q=0.9' }),
    );
    expect(zh).toHaveLength(1);
    expect(zh[0]!.people).toEqual([
      { id: zw.id, name: '张伟' },
      { id: ln.id, name: '李娜' },
      { id: cj.id, name: '陈静' },
    ]);
    expect(zh[0]!.reasons).toContain('三人都在杭州');
    const en = await ok<GatheringSuggestion[]>(
      await request('GET', `/api/v1/gatherings/suggestions?size=3&limit=5&around=${cj.id}`, {
        lang: 'en',
      }),
    );
    expect(en[0]!.reasons).toContain('All three are in Hangzhou');
    // Four people are needed by default; there are only three.
    expect(await ok(await request('GET', '/api/v1/gatherings/suggestions'))).toEqual([]);
  });

  it('GET /gatherings/suggestions refuses a size outside 3–5 and an unknown person', async () => {
    const e = await fails(
      await request('GET', '/api/v1/gatherings/suggestions?size=6'),
      400,
      'ValidationFailed',
    );
    expect(e.details.issues!.map((i) => i.field)).toEqual(['size']);
    await fails(
      await request('GET', '/api/v1/gatherings/suggestions?around=Nobody'),
      404,
      'PersonNotFound',
    );
  });

  it('POST /gatherings plans one; held records who knows whom and one meetup', async () => {
    const [s] = await ok<GatheringSuggestion[]>(
      await request('GET', '/api/v1/gatherings/suggestions?size=3', { lang: 'zh' }),
    );
    const g = await ok<Gathering>(
      await request('POST', '/api/v1/gatherings', {
        body: {
          people: s!.people.map((p) => p.id),
          reasons: s!.reasons,
          on: '2026-11-22',
          place: '西湖边',
        },
        lang: 'zh',
      }),
      201,
    );
    expect(g).toMatchObject({
      title: '小聚：张伟、李娜、陈静',
      on: '2026-11-22',
      place: '西湖边',
      status: 'planned',
      reasons: s!.reasons,
    });
    const planned = await ok<Gathering[]>(
      await request('GET', '/api/v1/gatherings?status=planned'),
    );
    expect(planned.map((x) => x.id)).toEqual([g.id]);
    const held = await ok<Gathering>(await request('POST', `/api/v1/gatherings/${g.id}/held`));
    expect(held.status).toBe('held');
    const knows = await sql<{ n: number }>`SELECT count(*) AS n FROM knows`.execute(ctx.db);
    expect(knows.rows[0]!.n).toBe(3);
    const log = await ok<Interaction[]>(await request('GET', '/api/v1/interactions'));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ occurredOn: '2026-11-22', channel: 'meetup', mode: 'offline' });
    const again = await fails(
      await request('POST', `/api/v1/gatherings/${g.id}/held`, { lang: 'zh' }),
      409,
      'GatheringAlreadyHeld',
    );
    expect(again.message).toContain('已经举办过了');
  });

  it('POST /gatherings by hand (English title); cancel; errors', async () => {
    const g = await ok<Gathering>(
      await request('POST', '/api/v1/gatherings', { body: { people: ['李娜', '陈静'] } }),
      201,
    );
    expect(g.title).toBe('Small gathering: 李娜, 陈静');
    expect(g.reasons).toContain('李娜 and 陈静 both do illustration');
    const off = await ok<Gathering>(await request('POST', `/api/v1/gatherings/${g.id}/cancel`));
    expect(off.status).toBe('cancelled');
    await fails(
      await request('POST', `/api/v1/gatherings/${g.id}/held`),
      409,
      'GatheringCancelled',
    );
    await fails(await request('POST', '/api/v1/gatherings/999/cancel'), 404, 'GatheringNotFound');
    const bad = await fails(
      await request('POST', '/api/v1/gatherings', { body: { people: [zw.id] } }),
      400,
      'ValidationFailed',
    );
    expect(bad.details.issues!.map((i) => i.field)).toEqual(['people']);
    await fails(
      await request('POST', '/api/v1/gatherings', { body: { people: [zw.id, 'Nobody'] } }),
      404,
      'PersonNotFound',
    );
    const all = await ok<Gathering[]>(await request('GET', '/api/v1/gatherings'));
    // Not planned: the most recent first (the undated one by when it was planned, today).
    expect(all.map((x) => x.status)).toEqual(['cancelled', 'held']);
    await fails(await request('GET', '/api/v1/gatherings?status=maybe'), 400, 'ValidationFailed');
  });
});
