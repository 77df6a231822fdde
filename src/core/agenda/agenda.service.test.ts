import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makeInteraction, makePerson } from '../../../test/helpers/factories.js';
import { AppError } from '../errors.js';
import { markGatheringHeld, planGathering } from '../gatherings/gatherings.service.js';
import { addIntroduction, advanceIntroduction } from '../introductions/introductions.service.js';
import { addReferral, advanceReferral } from '../referrals/referrals.service.js';
import { archivePerson, snoozePerson, updatePerson } from '../people/people.service.js';
import { setSetting } from '../settings/settings.service.js';
import type { CreatePersonInput } from '../people/people.js';
import { followUpDeadline, getAgenda } from './agenda.service.js';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext(); // 2026-11-23 10:00 in Shanghai
});
afterEach(async () => {
  await ctx.close();
});

/** Creates a person as if added at `addedAt` (an instant), then puts the clock back. */
async function addedAt(iso: string, input: Partial<CreatePersonInput>) {
  const now = ctx.now().toISOString();
  ctx.setNow(iso);
  try {
    return await makePerson(ctx, input);
  } finally {
    ctx.setNow(now);
  }
}

describe('due list', () => {
  it('lists people overdue or due within 3 days, most overdue first, with the right sign', async () => {
    const a = await makePerson(ctx, { name: '逾期十五天', tier: 'core', metOn: '2026-11-01' });
    const b = await makePerson(ctx, { name: '逾期四天', tier: 'important' });
    await makeInteraction(ctx, [b], { date: '2026-10-20' });
    const c = await makePerson(ctx, { name: '三天后到期', tier: 'core' });
    await makeInteraction(ctx, [c], { date: '2026-11-19' });
    const d = await makePerson(ctx, { name: '四天后到期', tier: 'core' });
    await makeInteraction(ctx, [d], { date: '2026-11-20' });
    const e = await makePerson(ctx, { name: '今天到期', tier: 'general' });
    await makeInteraction(ctx, [e], { date: '2026-08-25' });
    // Never contacted, never met: counted from the day added.
    const j = await addedAt('2026-11-10T02:00:00Z', { name: '从添加日算', tier: 'core' });

    const agenda = await getAgenda(ctx);
    expect(agenda.date).toBe('2026-11-23');
    expect(agenda.due.map((x) => [x.name, x.daysOverdue])).toEqual([
      ['逾期十五天', 15],
      ['从添加日算', 6],
      ['逾期四天', 4],
      ['今天到期', 0],
      ['三天后到期', -3],
    ]);
    expect(agenda.due.map((x) => x.personId)).not.toContain(d.id);
    expect(agenda.due[0]).toEqual({
      personId: a.id,
      name: '逾期十五天',
      tier: 'core',
      stage: 'connected',
      cadenceDays: 7,
      lastInteractionOn: null,
      dueOn: '2026-11-08',
      daysOverdue: 15,
    });
    expect(agenda.due.find((x) => x.personId === b.id)).toMatchObject({
      cadenceDays: 30,
      lastInteractionOn: '2026-10-20',
      dueOn: '2026-11-19',
    });
    expect(agenda.due.find((x) => x.personId === j.id)?.dueOn).toBe('2026-11-17');
  });

  it('counts a never-contacted person from the date met before the date added', async () => {
    const k = await addedAt('2026-11-01T02:00:00Z', {
      name: '先认识',
      tier: 'core',
      metOn: '2026-11-15',
    });
    const agenda = await getAgenda(ctx);
    expect(agenda.due.find((x) => x.personId === k.id)).toMatchObject({
      dueOn: '2026-11-22',
      daysOverdue: 1,
    });
  });

  it('leaves out the archived, the dormant, the unsorted and the snoozed', async () => {
    const archived = await makePerson(ctx, { name: '已归档', tier: 'core', metOn: '2026-10-01' });
    await archivePerson(ctx, archived.id);
    await makePerson(ctx, { name: '沉睡', tier: 'core', stage: 'dormant', metOn: '2026-10-01' });
    await makePerson(ctx, { name: '未分层', tier: 'unsorted', metOn: '2026-01-01' });
    await makePerson(ctx, {
      name: '暂停中',
      tier: 'core',
      metOn: '2026-10-01',
      snoozedUntil: '2026-12-15',
    });
    const visible = await makePerson(ctx, { name: '要联系', tier: 'core', metOn: '2026-10-01' });

    expect((await getAgenda(ctx)).due.map((x) => x.name)).toEqual(['要联系']);

    // A snooze ending back in the past does nothing; the unsorted with their own cadence are due.
    await snoozePerson(ctx, visible.id, '2026-11-01');
    await makePerson(ctx, {
      name: '未分层有频率',
      tier: 'unsorted',
      cadenceDays: 10,
      metOn: '2026-10-01',
    });
    expect((await getAgenda(ctx)).due.map((x) => x.name).sort()).toEqual(
      ['未分层有频率', '要联系'].sort(),
    );
  });

  it('brings a snoozed person back on the snooze date', async () => {
    const p = await makePerson(ctx, {
      name: '暂停到期',
      tier: 'core',
      metOn: '2026-10-01',
      snoozedUntil: '2026-12-15',
    });
    expect((await getAgenda(ctx, { date: '2026-12-10' })).due.map((x) => x.personId)).not.toContain(
      p.id,
    );
    expect(
      (await getAgenda(ctx, { date: '2026-12-15' })).due.find((x) => x.personId === p.id),
    ).toMatchObject({
      dueOn: '2026-12-15',
      daysOverdue: 0,
    });
  });

  it('keeps a snoozed person hidden inside the 3-day window until the snooze date', async () => {
    const p = await makePerson(ctx, {
      name: '临近暂停',
      tier: 'core',
      metOn: '2026-10-01',
      snoozedUntil: '2026-12-15',
    });
    const ids = async (date: string) => (await getAgenda(ctx, { date })).due.map((x) => x.personId);
    expect(await ids('2026-12-12')).not.toContain(p.id);
    expect(await ids('2026-12-14')).not.toContain(p.id);
    expect(await ids('2026-12-15')).toContain(p.id);
  });

  it('drops a person as soon as an interaction is logged', async () => {
    const p = await makePerson(ctx, { name: '刚联系', tier: 'core', metOn: '2026-10-01' });
    expect((await getAgenda(ctx)).due.map((x) => x.personId)).toEqual([p.id]);
    await makeInteraction(ctx, [p]);
    expect((await getAgenda(ctx)).due).toEqual([]);
  });

  it('gives the agenda as of another day with `date`', async () => {
    const p = await makePerson(ctx, { name: '四天后到期', tier: 'core' });
    await makeInteraction(ctx, [p], { date: '2026-11-20' }); // due 2026-11-27
    expect((await getAgenda(ctx)).due).toEqual([]);
    const later = await getAgenda(ctx, { date: '2026-12-01' });
    expect(later.date).toBe('2026-12-01');
    // At the current time of day (10:00 in Shanghai).
    expect(later.at).toBe('2026-12-01T02:00:00.000Z');
    expect(later.due).toEqual([expect.objectContaining({ personId: p.id, daysOverdue: 4 })]);
    const withTime = await getAgenda(ctx, { date: '2026-11-24T08:00' });
    expect(withTime).toMatchObject({ date: '2026-11-24', at: '2026-11-24T00:00:00.000Z' });
    expect(withTime.due).toEqual([expect.objectContaining({ personId: p.id, daysOverdue: -3 })]);
  });

  it('refuses an impossible date', async () => {
    const e = await getAgenda(ctx, { date: '2026-02-30' }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('ValidationFailed');
    expect((e as AppError).details.issues?.[0]).toMatchObject({
      field: 'date',
      problem: 'invalid_date',
    });
  });
});

describe('follow-ups', () => {
  it('counts down the 24 hours after meeting someone at a known time', async () => {
    const p = await makePerson(ctx, {
      name: '今早认识',
      metOn: '2026-11-23T09:00',
      metPlace: '设计沙龙',
    });
    const at = async (iso: string) => {
      ctx.setNow(iso);
      return (await getAgenda(ctx)).followUps.find((f) => f.personId === p.id);
    };
    expect(await at('2026-11-23T02:00:00Z')).toEqual({
      personId: p.id,
      name: '今早认识',
      tier: 'unsorted',
      metOn: '2026-11-23',
      metPlace: '设计沙龙',
      deadline: '2026-11-24T01:00:00.000Z',
      hoursLeft: 23,
      overdue: false,
    });
    expect(await at('2026-11-23T07:00:00Z')).toMatchObject({ hoursLeft: 18, overdue: false });
    expect(await at('2026-11-24T00:30:00Z')).toMatchObject({ hoursLeft: 0, overdue: false });
    expect(await at('2026-11-24T01:00:00Z')).toMatchObject({ hoursLeft: 0, overdue: true });
    expect(await at('2026-11-24T07:00:00Z')).toMatchObject({ hoursLeft: -6, overdue: true });
    // Still owed days later, until something is logged.
    expect(await at('2026-11-30T02:00:00Z')).toMatchObject({ overdue: true });
  });

  it('treats a bare date of today as “just met”: a full 24 hours', async () => {
    const p = await makePerson(ctx, { name: '刚认识', metOn: '2026-11-23' });
    const item = (await getAgenda(ctx)).followUps.find((f) => f.personId === p.id);
    expect(item).toMatchObject({
      deadline: '2026-11-24T02:00:00.000Z',
      hoursLeft: 24,
      overdue: false,
    });
    ctx.setNow('2026-11-24T02:00:00Z');
    expect((await getAgenda(ctx)).followUps.find((f) => f.personId === p.id)).toMatchObject({
      hoursLeft: 0,
      overdue: true,
    });
  });

  it('gives someone met yesterday (date only) until the end of today', async () => {
    const p = await makePerson(ctx, { name: '昨天认识', metOn: '2026-11-22' });
    const item = (await getAgenda(ctx)).followUps.find((f) => f.personId === p.id);
    // Midnight at the end of 2026-11-23 in Shanghai.
    expect(item).toMatchObject({
      deadline: '2026-11-23T16:00:00.000Z',
      hoursLeft: 14,
      overdue: false,
    });
    ctx.setNow('2026-11-23T16:00:00Z');
    expect((await getAgenda(ctx)).followUps.find((f) => f.personId === p.id)).toMatchObject({
      overdue: true,
    });
  });

  it('is cleared by logging an interaction, but not by one from before the meeting', async () => {
    const p = await makePerson(ctx, { name: '要跟进', metOn: '2026-11-20' });
    expect((await getAgenda(ctx)).followUps.map((f) => f.personId)).toEqual([p.id]);
    await makeInteraction(ctx, [p], { date: '2026-11-19' });
    expect((await getAgenda(ctx)).followUps.map((f) => f.personId)).toEqual([p.id]);
    await makeInteraction(ctx, [p]);
    expect((await getAgenda(ctx)).followUps).toEqual([]);
  });

  it('is cleared by an interaction on the day of the meeting itself', async () => {
    const p = await makePerson(ctx, { name: '当天跟进', metOn: '2026-11-23T09:00' });
    expect((await getAgenda(ctx)).followUps.map((f) => f.personId)).toEqual([p.id]);
    await makeInteraction(ctx, [p], { kind: 'check-in' });
    expect((await getAgenda(ctx)).followUps).toEqual([]);
    ctx.setNow('2026-11-25T02:00:00Z');
    expect((await getAgenda(ctx)).followUps).toEqual([]);
  });

  it('looks back 30 days by default, configurable', async () => {
    const within = await makePerson(ctx, { name: '三十天前', metOn: '2026-10-24' });
    const old = await makePerson(ctx, { name: '四十天前', metOn: '2026-10-14' });
    const gone = await makePerson(ctx, { name: '归档的', metOn: '2026-11-22' });
    await archivePerson(ctx, gone.id);
    const ids = async () => (await getAgenda(ctx)).followUps.map((f) => f.personId);
    expect(await ids()).toEqual([within.id]);
    expect((await getAgenda(ctx)).followUps[0]).toMatchObject({ overdue: true });
    await setSetting(ctx, 'followUp.lookbackDays', '60');
    expect(await ids()).toEqual([old.id, within.id]);
  });

  it('lists the most urgent first', async () => {
    const later = await makePerson(ctx, { name: '晚点', metOn: '2026-11-23T09:30' });
    const sooner = await makePerson(ctx, { name: '早点', metOn: '2026-11-22' });
    expect((await getAgenda(ctx)).followUps.map((f) => f.personId)).toEqual([sooner.id, later.id]);
  });

  it('computes the date-only deadline in the user’s zone, across DST', () => {
    expect(followUpDeadline('2026-11-22', null, 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-23T16:00:00.000Z',
    );
    // In New York the day after 2026-03-07 is 23 hours long: midnight 2026-03-09 is 04:00Z (EDT).
    expect(followUpDeadline('2026-03-07', null, 'America/New_York').toISOString()).toBe(
      '2026-03-09T04:00:00.000Z',
    );
    expect(
      followUpDeadline('2026-11-23', '2026-11-23T01:30:00.000Z', 'Asia/Shanghai').toISOString(),
    ).toBe('2026-11-24T01:30:00.000Z');
  });
});

describe('birthdays', () => {
  it('lists birthdays in the next 7 days, year-less ones included, with the age when known', async () => {
    const today = await makePerson(ctx, { name: '今天生日', birthday: '--11-23' });
    const soon = await makePerson(ctx, { name: '后天生日', birthday: '--11-25' });
    const week = await makePerson(ctx, { name: '一周后生日', birthday: '1990-11-30' });
    await makePerson(ctx, { name: '八天后生日', birthday: '--12-01' });
    await makePerson(ctx, { name: '昨天生日', birthday: '--11-22' });
    const gone = await makePerson(ctx, { name: '归档生日', birthday: '--11-24' });
    await archivePerson(ctx, gone.id);

    const { moments } = await getAgenda(ctx);
    expect(moments).toEqual([
      { personId: today.id, name: '今天生日', kind: 'birthday', date: '2026-11-23', daysUntil: 0 },
      { personId: soon.id, name: '后天生日', kind: 'birthday', date: '2026-11-25', daysUntil: 2 },
      {
        personId: week.id,
        name: '一周后生日',
        kind: 'birthday',
        date: '2026-11-30',
        daysUntil: 7,
        age: 36,
      },
    ]);
  });

  it('looks across the year end', async () => {
    const p = await makePerson(ctx, { name: '元旦后', birthday: '1999-01-02' });
    const { moments } = await getAgenda(ctx, { date: '2026-12-28' });
    expect(moments).toEqual([
      {
        personId: p.id,
        name: '元旦后',
        kind: 'birthday',
        date: '2027-01-02',
        daysUntil: 5,
        age: 28,
      },
    ]);
  });

  it('shows 29 February on 28 February in common years, and on the day in leap years', async () => {
    const leap = await makePerson(ctx, { name: '闰日生', birthday: '2000-02-29' });
    const yearless = await makePerson(ctx, { name: '闰日无年', birthday: '--02-29' });
    const feb28 = await makePerson(ctx, { name: '二月底', birthday: '--02-28' });

    const common = await getAgenda(ctx, { date: '2027-02-25' });
    expect(common.moments).toEqual(
      [
        { personId: feb28.id, name: '二月底', kind: 'birthday', date: '2027-02-28', daysUntil: 3 },
        {
          personId: leap.id,
          name: '闰日生',
          kind: 'birthday',
          date: '2027-02-28',
          daysUntil: 3,
          age: 27,
        },
        {
          personId: yearless.id,
          name: '闰日无年',
          kind: 'birthday',
          date: '2027-02-28',
          daysUntil: 3,
        },
      ].sort((a, b) => a.name.localeCompare(b.name)),
    );

    const leapYear = await getAgenda(ctx, { date: '2028-02-25' });
    expect(leapYear.moments.map((m) => [m.name, m.date, m.daysUntil, m.age])).toEqual([
      ['二月底', '2028-02-28', 3, undefined],
      ...[
        ['闰日生', '2028-02-29', 4, 28],
        ['闰日无年', '2028-02-29', 4, undefined],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ]);

    // On 1 March of a common year, the leaplings’ day has passed.
    expect((await getAgenda(ctx, { date: '2027-03-01' })).moments).toEqual([]);
    // On the 28th itself, with a zero-day window.
    await setSetting(ctx, 'agenda.birthdayDays', '0');
    expect(
      (await getAgenda(ctx, { date: '2027-02-28' })).moments.map((m) => m.personId).sort(),
    ).toEqual([leap.id, yearless.id, feb28.id].sort());
  });
});

describe('capacity and counts', () => {
  async function many(n: number, tier: CreatePersonInput['tier']) {
    for (let i = 0; i < n; i++) await makePerson(ctx, { tier });
  }

  it('counts live people per tier', async () => {
    await many(2, 'core');
    await many(3, 'important');
    await many(1, 'general');
    await many(4, 'unsorted');
    const archived = await makePerson(ctx, { tier: 'core' });
    await archivePerson(ctx, archived.id);
    expect((await getAgenda(ctx)).counts).toEqual({
      core: 2,
      important: 3,
      general: 1,
      unsorted: 4,
      total: 10,
    });
  });

  it('warns when core exceeds 10 and important exceeds 30', async () => {
    await many(10, 'core');
    await many(30, 'important');
    expect((await getAgenda(ctx)).warnings).toEqual([]);
    await many(1, 'core');
    expect((await getAgenda(ctx)).warnings).toEqual([
      { code: 'CapacityExceeded', tier: 'core', count: 11, limit: 10 },
    ]);
    await many(1, 'important');
    expect((await getAgenda(ctx)).warnings).toEqual([
      { code: 'CapacityExceeded', tier: 'core', count: 11, limit: 10 },
      { code: 'CapacityExceeded', tier: 'important', count: 31, limit: 30 },
    ]);
  });

  it('takes its limits from settings, and ignores archived people', async () => {
    await many(3, 'core');
    expect((await getAgenda(ctx)).warnings).toEqual([]);
    await setSetting(ctx, 'capacity.core', '3');
    expect((await getAgenda(ctx)).warnings).toEqual([]);
    const fourth = await makePerson(ctx, { tier: 'core' });
    expect((await getAgenda(ctx)).warnings).toEqual([
      { code: 'CapacityExceeded', tier: 'core', count: 4, limit: 3 },
    ]);
    await archivePerson(ctx, fourth.id);
    expect((await getAgenda(ctx)).warnings).toEqual([]);
    await setSetting(ctx, 'capacity.important', '1');
    await many(2, 'important');
    expect((await getAgenda(ctx)).warnings).toEqual([
      { code: 'CapacityExceeded', tier: 'important', count: 2, limit: 1 },
    ]);
  });

  it('follows a tier change', async () => {
    await setSetting(ctx, 'capacity.core', '1');
    const a = await makePerson(ctx, { tier: 'core' });
    const b = await makePerson(ctx, { tier: 'important' });
    expect((await getAgenda(ctx)).warnings).toEqual([]);
    await updatePerson(ctx, b.id, { tier: 'core' });
    expect((await getAgenda(ctx)).warnings).toHaveLength(1);
    await updatePerson(ctx, a.id, { tier: 'general' });
    expect((await getAgenda(ctx)).warnings).toEqual([]);
  });
});

describe('time zones', () => {
  it('decides “today” by the user’s zone: the same instant is a different date', async () => {
    const instant = '2026-11-23T02:00:00Z';
    const la = await createTestContext({ now: instant, timeZone: 'America/Los_Angeles' });
    try {
      const shanghai = await getAgenda(ctx);
      const losAngeles = await getAgenda(la);
      expect(shanghai).toMatchObject({
        date: '2026-11-23',
        timeZone: 'Asia/Shanghai',
        at: '2026-11-23T02:00:00.000Z',
      });
      expect(losAngeles).toMatchObject({
        date: '2026-11-22',
        timeZone: 'America/Los_Angeles',
        at: '2026-11-23T02:00:00.000Z',
      });

      // The same person, due on 2026-11-23, is due today in Shanghai and tomorrow in Los Angeles.
      for (const c of [ctx, la]) {
        const p = await makePerson(c, { name: '时区测试', tier: 'core' });
        await makeInteraction(c, [p], { date: '2026-11-16' });
      }
      expect((await getAgenda(ctx)).due[0]).toMatchObject({ dueOn: '2026-11-23', daysOverdue: 0 });
      expect((await getAgenda(la)).due[0]).toMatchObject({ dueOn: '2026-11-23', daysOverdue: -1 });
    } finally {
      await la.close();
    }
  });

  it('reads `date` as a local day: the agenda instant follows the zone', async () => {
    const la = await createTestContext({ timeZone: 'America/Los_Angeles' }); // 18:00 on the 22nd there
    try {
      expect((await getAgenda(la, { date: '2026-12-01' })).at).toBe('2026-12-02T02:00:00.000Z');
      expect((await getAgenda(ctx, { date: '2026-12-01' })).at).toBe('2026-12-01T02:00:00.000Z');
    } finally {
      await la.close();
    }
  });
});

describe('connector follow-ups', () => {
  it('puts introductions a week on, referral dates, thanks owed and gatherings on the agenda', async () => {
    const a = await makePerson(ctx, { name: '张伟' });
    const b = await makePerson(ctx, { name: '李娜' });
    const c = await makePerson(ctx, { name: '王芳' });
    const intro = await addIntroduction(ctx, { a: a.id, b: b.id, reason: '动效' });
    await advanceIntroduction(ctx, intro.id, { to: 'introduced', skip: true, consent: ['a', 'b'] });
    const out = await addReferral(ctx, {
      direction: 'out',
      person: c.id,
      client: '茶饮品牌',
      followUpOn: '2026-11-25',
    });
    const won = await addReferral(ctx, { direction: 'in', person: b.id, client: '出版社' });
    await advanceReferral(ctx, won.id, { to: 'won' });
    const party = await planGathering(
      ctx,
      { people: [a.id, b.id, c.id], title: '周末小聚', on: '2026-11-24' },
      'zh',
    );

    const today = await getAgenda(ctx);
    expect(today.connector.map((x) => [x.kind, x.id, x.dueOn, x.daysOverdue])).toEqual([
      ['thanks', won.id, '2026-11-23', 0],
      ['gathering', party.id, '2026-11-24', -1],
      ['referral', out.id, '2026-11-25', -2],
    ]);
    expect(today.connector[1]!.people.map((p) => p.name)).toEqual(['张伟', '李娜', '王芳']);

    const weekOn = await getAgenda(ctx, { date: '2026-11-30' });
    expect(weekOn.connector.map((x) => [x.kind, x.dueOn, x.daysOverdue])).toEqual([
      ['thanks', '2026-11-23', 7],
      ['gathering', '2026-11-24', 6],
      ['referral', '2026-11-25', 5],
      ['introduction', '2026-11-30', 0],
    ]);
    expect(weekOn.connector[3]).toMatchObject({
      people: [
        { id: a.id, name: '张伟' },
        { id: b.id, name: '李娜' },
      ],
      about: '动效',
    });
    await advanceIntroduction(ctx, intro.id);
    await markGatheringHeld(ctx, party.id);
    expect((await getAgenda(ctx, { date: '2026-11-30' })).connector.map((x) => x.kind)).toEqual([
      'thanks',
      'referral',
    ]);
  });
});
