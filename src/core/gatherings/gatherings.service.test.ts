import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { expectAppError, firstIssue } from '../../../test/helpers/errors.js';
import { makeGatheringTrio, makePerson } from '../../../test/helpers/factories.js';
import { suggestIntroductions } from '../connector/connector.service.js';
import { listInteractions } from '../interactions/interactions.service.js';
import { archivePerson, getPerson } from '../people/people.service.js';
import type { Person } from '../people/people.js';
import {
  cancelGathering,
  getGathering,
  listGatheringFollowUps,
  listGatherings,
  markGatheringHeld,
  planGathering,
  suggestGatherings,
} from './gatherings.service.js';

let ctx: TestContext;
let zw: Person;
let ln: Person;
let cj: Person;
beforeEach(async () => {
  ctx = await createTestContext(); // 2026-11-23 10:00 in Shanghai
  ({ zw, ln, cj } = await makeGatheringTrio(ctx));
});
afterEach(async () => {
  await ctx.close();
});

async function knowsPairs(): Promise<string[]> {
  const r = await sql<{
    k: string;
  }>`SELECT a_id || ':' || b_id || ':' || source AS k FROM knows ORDER BY a_id, b_id`.execute(
    ctx.db,
  );
  return r.rows.map((x) => x.k);
}

describe('suggestGatherings', () => {
  it('suggests the group with reasons in Chinese and in English', async () => {
    const zh = await suggestGatherings(ctx, { size: 3 }, 'zh');
    expect(zh).toHaveLength(1);
    expect(zh[0]!.people.map((p) => p.name)).toEqual(['张伟', '李娜', '陈静']);
    expect(zh[0]!.score).toBeGreaterThan(0);
    expect(zh[0]!.reasons).toEqual([
      '张伟 需要“需要做动效”——李娜 能提供“动效设计（AE）”（动效）',
      '张伟 和 陈静 都做品牌设计',
      '李娜 和 陈静 都做插画',
      '三人都在杭州',
      '他们彼此还不认识——由你来做东正合适',
    ]);
    const en = await suggestGatherings(ctx, { size: 3, around: '陈静' }, 'en');
    expect(en[0]!.reasons).toEqual([
      '张伟 needs "需要做动效" — 李娜 offers "动效设计（AE）" (motion design)',
      '张伟 and 陈静 both do branding',
      '李娜 and 陈静 both do illustration',
      'All three are in Hangzhou',
      'None of them know each other yet — a good table for you to host',
    ]);
  });

  it('defaults to groups of four; checks its options', async () => {
    expect(await suggestGatherings(ctx, {}, 'zh')).toEqual([]);
    await makePerson(ctx, { name: '王芳', city: '杭州', disciplines: ['插画'] });
    const four = await suggestGatherings(ctx, {}, 'zh');
    expect(four.map((s) => s.people.length)).toEqual([4]);
    expect((await firstIssue(suggestGatherings(ctx, { size: 6 }, 'zh'))).field).toBe('size');
    expect((await firstIssue(suggestGatherings(ctx, { size: 2 }, 'zh'))).field).toBe('size');
    await expectAppError(suggestGatherings(ctx, { around: '没有这个人' }, 'zh'), 'PersonNotFound');
  });

  it('leaves out archived people, also as the person to group around', async () => {
    await archivePerson(ctx, ln.id);
    expect(await suggestGatherings(ctx, { size: 3 }, 'zh')).toEqual([]);
    await expectAppError(suggestGatherings(ctx, { around: ln.id }, 'zh'), 'PersonNotFound');
  });
});

describe('planning a gathering', () => {
  it('from a suggestion: its people and reasons, a title in the request language', async () => {
    const [s] = await suggestGatherings(ctx, { size: 3 }, 'zh');
    const g = await planGathering(
      ctx,
      {
        people: s!.people.map((p) => p.id),
        reasons: s!.reasons,
        on: '2026-11-28',
        place: '西湖边的咖啡馆',
      },
      'zh',
    );
    expect(g).toMatchObject({
      title: '小聚：张伟、李娜、陈静',
      on: '2026-11-28',
      place: '西湖边的咖啡馆',
      status: 'planned',
      reasons: s!.reasons,
      note: null,
      people: [
        { id: zw.id, name: '张伟' },
        { id: ln.id, name: '李娜' },
        { id: cj.id, name: '陈静' },
      ],
      createdAt: '2026-11-23T02:00:00.000Z',
    });
    expect(await getGathering(ctx, g.id)).toEqual(g);
    const en = await planGathering(ctx, { people: ['李娜', '张伟'] }, 'en');
    expect(en.title).toBe('Small gathering: 李娜, 张伟');
    expect(en.on).toBeNull();
  });

  it('by hand: works out the reasons; repeats count once; 2–12 people', async () => {
    const g = await planGathering(ctx, { people: [zw.id, '李娜', zw.id], title: '周五晚饭' }, 'zh');
    expect(g.title).toBe('周五晚饭');
    expect(g.people.map((p) => p.name)).toEqual(['张伟', '李娜']);
    expect(g.reasons[0]).toBe('张伟 需要“需要做动效”——李娜 能提供“动效设计（AE）”（动效）');
    expect(g.reasons).toContain('两人都在杭州');
    expect(await firstIssue(planGathering(ctx, { people: [zw.id, zw.id] }, 'zh'))).toMatchObject({
      field: 'people',
      problem: 'out_of_range',
      min: 2,
    });
    const many = Array.from({ length: 13 }, (_, i) => i + 1);
    expect(await firstIssue(planGathering(ctx, { people: many }, 'zh'))).toMatchObject({
      field: 'people',
      problem: 'too_many',
    });
    expect(
      (await firstIssue(planGathering(ctx, { people: [1, 2], on: '2026-02-30' }, 'zh'))).field,
    ).toBe('on');
    await expectAppError(planGathering(ctx, { people: [zw.id, 'Nobody'] }, 'zh'), 'PersonNotFound');
  });
});

describe('held and cancelled', () => {
  it('held: everyone knows everyone, one offline meetup with all of them on its date', async () => {
    const g = await planGathering(
      ctx,
      { people: [zw.id, ln.id, cj.id], on: '2026-11-21', title: '周末小聚' },
      'zh',
    );
    const held = await markGatheringHeld(ctx, g.id);
    expect(held.status).toBe('held');
    expect(held.updatedAt).toBe('2026-11-23T02:00:00.000Z');
    const [a, b, c] = [zw.id, ln.id, cj.id].sort((x, y) => x - y);
    expect(await knowsPairs()).toEqual([`${a}:${b}:event`, `${a}:${c}:event`, `${b}:${c}:event`]);
    const log = await listInteractions(ctx);
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({
      occurredOn: '2026-11-21',
      channel: 'meetup',
      mode: 'offline',
      kind: 'catch-up',
      direction: 'mutual',
      note: '周末小聚',
    });
    expect(log[0]!.people.map((p) => p.id).sort()).toEqual([zw.id, ln.id, cj.id].sort());
    expect((await getPerson(ctx.db, zw.id)).lastInteractionOn).toBe('2026-11-21');
    // They know each other now: no longer suggested to be introduced, nor gathered again.
    expect(await suggestIntroductions(ctx, {}, 'zh')).toEqual([]);
    expect(await suggestGatherings(ctx, { size: 3 }, 'zh')).toEqual([]);
    await expectAppError(markGatheringHeld(ctx, g.id), 'GatheringAlreadyHeld');
    await expectAppError(cancelGathering(ctx, g.id), 'GatheringAlreadyHeld');
  });

  it('held before its date or without one: the meetup is logged today', async () => {
    const later = await planGathering(ctx, { people: [zw.id, ln.id], on: '2026-12-24' }, 'zh');
    await markGatheringHeld(ctx, later.id);
    const undated = await planGathering(ctx, { people: [ln.id, cj.id] }, 'zh');
    await markGatheringHeld(ctx, undated.id);
    const log = await listInteractions(ctx);
    expect(log.map((i) => i.occurredOn)).toEqual(['2026-11-23', '2026-11-23']);
  });

  it('cancel: nothing is recorded; a cancelled gathering cannot be held', async () => {
    const g = await planGathering(ctx, { people: [zw.id, ln.id, cj.id] }, 'zh');
    expect((await cancelGathering(ctx, g.id)).status).toBe('cancelled');
    await expectAppError(markGatheringHeld(ctx, g.id), 'GatheringCancelled');
    await expectAppError(cancelGathering(ctx, g.id), 'GatheringCancelled');
    expect(await knowsPairs()).toEqual([]);
    expect(await listInteractions(ctx)).toEqual([]);
    await expectAppError(markGatheringHeld(ctx, 999), 'GatheringNotFound');
    await expectAppError(cancelGathering(ctx, 999), 'GatheringNotFound');
    await expectAppError(getGathering(ctx, 999), 'GatheringNotFound');
  });
});

describe('lists', () => {
  it('planned first and soonest first, then the rest newest first; by status', async () => {
    const undated = await planGathering(ctx, { people: [zw.id, ln.id], title: 'undated' }, 'en');
    const dec = await planGathering(
      ctx,
      { people: [zw.id, ln.id], title: 'dec', on: '2026-12-05' },
      'en',
    );
    const nov = await planGathering(
      ctx,
      { people: [zw.id, cj.id], title: 'nov', on: '2026-11-25' },
      'en',
    );
    const old = await planGathering(
      ctx,
      { people: [ln.id, cj.id], title: 'old', on: '2026-11-01' },
      'en',
    );
    const off = await planGathering(
      ctx,
      { people: [ln.id, cj.id], title: 'off', on: '2026-11-20' },
      'en',
    );
    await markGatheringHeld(ctx, old.id);
    await cancelGathering(ctx, off.id);
    expect((await listGatherings(ctx)).map((g) => g.title)).toEqual([
      'nov',
      'dec',
      'undated',
      'off',
      'old',
    ]);
    expect((await listGatherings(ctx, { status: 'planned' })).map((g) => g.id)).toEqual([
      nov.id,
      dec.id,
      undated.id,
    ]);
    expect((await listGatherings(ctx, { status: '已举办' })).map((g) => g.id)).toEqual([old.id]);
    expect((await firstIssue(listGatherings(ctx, { status: 'maybe' }))).field).toBe('status');
  });

  it('follow-ups for the agenda: planned gatherings dated within the range', async () => {
    const nov = await planGathering(ctx, { people: [zw.id, cj.id], on: '2026-11-25' }, 'zh');
    await planGathering(ctx, { people: [zw.id, ln.id], on: '2026-12-05' }, 'zh');
    await planGathering(ctx, { people: [zw.id, ln.id] }, 'zh');
    const off = await planGathering(ctx, { people: [ln.id, cj.id], on: '2026-11-24' }, 'zh');
    await cancelGathering(ctx, off.id);
    expect(await listGatheringFollowUps(ctx.db, '2026-11-23', '2026-11-30')).toEqual([
      {
        kind: 'gathering',
        id: nov.id,
        people: [
          { id: zw.id, name: '张伟' },
          { id: cj.id, name: '陈静' },
        ],
        about: '小聚：张伟、陈静',
        dueOn: '2026-11-25',
      },
    ]);
    expect(await listGatheringFollowUps(ctx.db, '2026-11-26', '2026-11-30')).toEqual([]);
  });
});
