import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makePerson } from '../../../test/helpers/factories.js';
import { expectAppError, firstIssue } from '../../../test/helpers/errors.js';
import { describeError } from '../i18n/errors.js';
import { archivePerson } from '../people/people.service.js';
import type { Person } from '../people/people.js';
import { listReferralFollowUps } from './referrals.repository.js';
import {
  addReferral,
  advanceReferral,
  getReferral,
  listReferrals,
  removeReferral,
  thankReferral,
} from './referrals.service.js';

let ctx: TestContext;
let wang: Person;
let li: Person;
beforeEach(async () => {
  ctx = await createTestContext(); // 2026-11-23 10:00 in Shanghai
  wang = await makePerson(ctx, { name: '王芳' });
  li = await makePerson(ctx, { name: '李雷' });
});
afterEach(async () => {
  await ctx.close();
});

describe('addReferral', () => {
  it('records an outgoing referral with defaults: today, CNY, follow-up in 14 days', async () => {
    const r = await addReferral(ctx, {
      direction: 'out',
      person: '王芳',
      client: '  星巴克 ',
      project: '品牌视频',
      value: 12000,
    });
    expect(r).toEqual({
      id: r.id,
      direction: 'out',
      person: { id: wang.id, name: '王芳' },
      client: '星巴克',
      project: '品牌视频',
      value: 12000,
      currency: 'CNY',
      status: 'referred',
      referredOn: '2026-11-23',
      followUpOn: '2026-12-07',
      closedOn: null,
      thanksSentOn: null,
      note: null,
      createdAt: '2026-11-23T02:00:00.000Z',
      updatedAt: '2026-11-23T02:00:00.000Z',
    });
    expect(await getReferral(ctx.db, r.id)).toEqual(r);
  });

  it('records an incoming one with its own dates, currency and cents', async () => {
    const r = await addReferral(ctx, {
      direction: 'in',
      person: li.id,
      client: 'Acme',
      value: 1250.5,
      currency: 'usd',
      referredOn: '2026-11-01',
      followUpOn: '2026-11-20',
      note: '老客户',
    });
    expect(r).toMatchObject({
      direction: 'in',
      person: { id: li.id },
      project: null,
      value: 1250.5,
      currency: 'USD',
      referredOn: '2026-11-01',
      followUpOn: '2026-11-20',
      note: '老客户',
    });
    const none = await addReferral(ctx, {
      direction: 'in',
      person: li.id,
      client: 'B',
      followUpOn: null,
    });
    expect(none.followUpOn).toBeNull();
    expect(none.value).toBeNull();
  });

  it('refuses bad input, naming the field', async () => {
    const base = { direction: 'out', person: wang.id, client: '客户' } as const;
    expect(await firstIssue(addReferral(ctx, { ...base, value: -5 }))).toMatchObject({
      field: 'value',
      problem: 'out_of_range',
      min: 0,
    });
    expect(await firstIssue(addReferral(ctx, { ...base, value: 1.234 }))).toMatchObject({
      field: 'value',
      problem: 'invalid_format',
    });
    expect(await firstIssue(addReferral(ctx, { ...base, referredOn: '2026-02-30' }))).toMatchObject(
      { field: 'referredOn', problem: 'invalid_date' },
    );
    expect(await firstIssue(addReferral(ctx, { ...base, client: '   ' }))).toMatchObject({
      field: 'client',
      problem: 'required',
    });
    for (const person of ['', '  ', undefined]) {
      expect(
        await firstIssue(addReferral(ctx, { ...base, person: person as unknown as string })),
      ).toMatchObject({ field: 'person', problem: 'required' });
    }
    expect(await firstIssue(addReferral(ctx, { ...base, direction: 'sideways' }))).toMatchObject({
      field: 'direction',
      problem: 'invalid_value',
    });
    expect(await firstIssue(addReferral(ctx, { ...base, currency: 'yuan' }))).toMatchObject({
      field: 'currency',
    });
    const late = await firstIssue(addReferral(ctx, { ...base, referredOn: '2026-11-24' }));
    expect(late).toMatchObject({ field: 'referredOn', problem: 'too_late', bound: '2026-11-23' });
    const early = await firstIssue(
      addReferral(ctx, { ...base, referredOn: '2026-11-10', followUpOn: '2026-11-01' }),
    );
    expect(early).toMatchObject({ field: 'followUpOn', problem: 'too_early', bound: '2026-11-10' });
    await expectAppError(addReferral(ctx, { ...base, person: '没这个人' }), 'PersonNotFound');
    expect(await sql`SELECT 1 FROM referrals`.execute(ctx.db)).toMatchObject({ rows: [] });
  });
});

describe('advanceReferral', () => {
  it('goes referred → in-talks (next follow-up in 14 days) → won (closed, follow-up cleared)', async () => {
    const r = await addReferral(ctx, {
      direction: 'out',
      person: wang.id,
      client: 'C',
      referredOn: '2026-11-01',
    });
    expect(r.followUpOn).toBe('2026-11-15');
    const talks = await advanceReferral(ctx, r.id);
    expect(talks).toMatchObject({ status: 'in-talks', followUpOn: '2026-12-07', closedOn: null });
    ctx.setNow('2026-11-30T02:00:00Z');
    const won = await advanceReferral(ctx, r.id, { to: '成交', note: '签了' });
    expect(won).toMatchObject({
      status: 'won',
      closedOn: '2026-11-30',
      followUpOn: null,
      note: '签了',
      updatedAt: '2026-11-30T02:00:00.000Z',
    });
  });

  it('closes straight from referred, and keeps a given follow-up when moving into talks', async () => {
    const a = await addReferral(ctx, { direction: 'in', person: li.id, client: 'A' });
    expect(await advanceReferral(ctx, a.id, { to: 'lost' })).toMatchObject({
      status: 'lost',
      closedOn: '2026-11-23',
      followUpOn: null,
    });
    const b = await addReferral(ctx, { direction: 'in', person: li.id, client: 'B' });
    expect(
      await advanceReferral(ctx, b.id, { to: 'in-talks', followUpOn: '2026-11-28' }),
    ).toMatchObject({ status: 'in-talks', followUpOn: '2026-11-28' });
  });

  it('changes only the follow-up date or note when no status is given', async () => {
    const r = await addReferral(ctx, { direction: 'out', person: wang.id, client: 'C' });
    expect(await advanceReferral(ctx, r.id, { followUpOn: '2026-12-01' })).toMatchObject({
      status: 'referred',
      followUpOn: '2026-12-01',
    });
    expect(await advanceReferral(ctx, r.id, { followUpOn: null })).toMatchObject({
      status: 'referred',
      followUpOn: null,
    });
    expect(await advanceReferral(ctx, r.id, { note: '在谈预算' })).toMatchObject({
      status: 'referred',
      note: '在谈预算',
    });
  });

  it('refuses going back, guessing won or lost, and any change once closed', async () => {
    const r = await addReferral(ctx, { direction: 'out', person: wang.id, client: 'C' });
    await advanceReferral(ctx, r.id, { to: 'in-talks' });
    expect(await firstIssue(advanceReferral(ctx, r.id))).toMatchObject({
      field: 'to',
      problem: 'required',
      allowed: ['won', 'lost'],
    });
    const guess = await expectAppError(advanceReferral(ctx, r.id), 'ValidationFailed');
    expect(describeError(guess, 'en')).toBe('--to is required; one of: won, lost');
    expect(describeError(guess, 'zh')).toContain('可选：won');
    expect(await firstIssue(advanceReferral(ctx, r.id, { to: 'referred' }))).toMatchObject({
      field: 'to',
      problem: 'invalid_value',
      allowed: ['won', 'lost'],
    });
    await advanceReferral(ctx, r.id, { to: 'won' });
    const e = await expectAppError(
      advanceReferral(ctx, r.id, { to: 'in-talks' }),
      'ReferralClosed',
    );
    expect(e.details).toMatchObject({ id: r.id, status: 'won', closedOn: '2026-11-23' });
    expect(describeError(e, 'en')).toContain(`tongxing refer remove ${r.id}`);
    expect(describeError(e, 'zh')).toContain('先删除');
    await expectAppError(advanceReferral(ctx, r.id, { to: 'lost' }), 'ReferralClosed');
    await expectAppError(advanceReferral(ctx, 9999), 'ReferralNotFound');
  });
});

describe('thanks', () => {
  it('records thanks for an incoming referral once, and refuses an outgoing one', async () => {
    const r = await addReferral(ctx, { direction: 'in', person: li.id, client: 'C' });
    const t = await thankReferral(ctx, r.id);
    expect(t.thanksSentOn).toBe('2026-11-23');
    ctx.setNow('2026-11-25T02:00:00Z');
    expect((await thankReferral(ctx, r.id)).thanksSentOn).toBe('2026-11-23');
    const out = await addReferral(ctx, { direction: 'out', person: wang.id, client: 'D' });
    const e = await expectAppError(thankReferral(ctx, out.id), 'ReferralNotIncoming');
    expect(describeError(e, 'zh')).toContain('王芳');
    expect(describeError(e, 'en')).toContain('only for referrals you received');
  });
});

describe('listReferrals and removeReferral', () => {
  it('filters by direction, status, person and open; newest first', async () => {
    const a = await addReferral(ctx, {
      direction: 'out',
      person: wang.id,
      client: 'A',
      referredOn: '2026-11-01',
    });
    const b = await addReferral(ctx, { direction: 'in', person: li.id, client: 'B' });
    const c = await addReferral(ctx, {
      direction: 'out',
      person: li.id,
      client: 'C',
      referredOn: '2026-11-10',
    });
    await advanceReferral(ctx, c.id, { to: 'won' });
    const ids = (rs: { id: number }[]) => rs.map((r) => r.id);
    expect(ids(await listReferrals(ctx))).toEqual([b.id, c.id, a.id]);
    expect(ids(await listReferrals(ctx, { direction: 'out' }))).toEqual([c.id, a.id]);
    expect(ids(await listReferrals(ctx, { status: 'won' }))).toEqual([c.id]);
    expect(ids(await listReferrals(ctx, { person: '李雷' }))).toEqual([b.id, c.id]);
    expect(ids(await listReferrals(ctx, { open: true }))).toEqual([b.id, a.id]);
    expect(ids(await listReferrals(ctx, { open: false }))).toEqual([c.id]);
    expect(await firstIssue(listReferrals(ctx, { status: 'maybe' }))).toMatchObject({
      field: 'status',
      problem: 'invalid_value',
    });
    expect((await removeReferral(ctx, a.id)).id).toBe(a.id);
    await expectAppError(getReferral(ctx.db, a.id), 'ReferralNotFound');
    await expectAppError(removeReferral(ctx, a.id), 'ReferralNotFound');
  });
});

describe('listReferralFollowUps', () => {
  it('lists open follow-ups due by a date and thanks owed for won incoming referrals', async () => {
    const due = await addReferral(ctx, {
      direction: 'out',
      person: wang.id,
      client: '星巴克',
      project: '品牌视频',
      referredOn: '2026-11-01',
    }); // follow-up 2026-11-15
    await addReferral(ctx, { direction: 'out', person: wang.id, client: 'later' }); // 2026-12-07
    await addReferral(ctx, {
      direction: 'in',
      person: li.id,
      client: 'none',
      referredOn: '2026-11-01',
      followUpOn: null,
    });
    const won = await addReferral(ctx, {
      direction: 'in',
      person: li.id,
      client: 'Acme',
      referredOn: '2026-11-01',
    });
    await advanceReferral(ctx, won.id, { to: 'won' });
    const thanked = await addReferral(ctx, { direction: 'in', person: li.id, client: 'Thanked' });
    await advanceReferral(ctx, thanked.id, { to: 'won' });
    await thankReferral(ctx, thanked.id);
    const outWon = await addReferral(ctx, { direction: 'out', person: li.id, client: 'OutWon' });
    await advanceReferral(ctx, outWon.id, { to: 'won' });

    expect(await listReferralFollowUps(ctx.db, '2026-11-23')).toEqual([
      {
        kind: 'referral',
        id: due.id,
        people: [{ id: wang.id, name: '王芳' }],
        about: '星巴克 · 品牌视频',
        dueOn: '2026-11-15',
      },
      {
        kind: 'thanks',
        id: won.id,
        people: [{ id: li.id, name: '李雷' }],
        about: 'Acme',
        dueOn: '2026-11-23',
      },
    ]);
    expect((await listReferralFollowUps(ctx.db, '2026-12-07')).map((f) => f.about)).toEqual([
      '星巴克 · 品牌视频',
      'Acme',
      'later',
    ]);
    expect(await listReferralFollowUps(ctx.db, '2026-11-14')).toEqual([]);
    await archivePerson(ctx, wang.id);
    expect((await listReferralFollowUps(ctx.db, '2026-11-23')).map((f) => f.kind)).toEqual([
      'thanks',
    ]);
  });
});
