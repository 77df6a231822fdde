import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makeInteraction, makePerson } from '../../../test/helpers/factories.js';
import { expectAppError, firstIssue } from '../../../test/helpers/errors.js';
import { archivePerson, getPerson } from '../people/people.service.js';
import { CHANNELS, KINDS, type Channel } from '../vocab.js';
import { deleteInteraction, listInteractions, logInteraction } from './interactions.service.js';
import { modeOf } from './interactions.js';

async function counts(ctx: TestContext) {
  const n = async (table: string) =>
    (await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(ctx.db))
      .rows[0]!.n;
  return { interactions: await n('interactions'), links: await n('interaction_people') };
}

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

describe('logInteraction', () => {
  it('records one contact with several people, and resets each one’s clock', async () => {
    const a = await makePerson(ctx, { name: '甲', tier: 'core', metOn: '2026-10-01' });
    const b = await makePerson(ctx, { name: '乙', tier: 'important' });
    const c = await makePerson(ctx, { name: '丙', tier: 'unsorted' });
    expect(a.dueOn).toBe('2026-10-08');

    const i = await logInteraction(ctx, {
      people: [a.id, '乙', String(c.id)],
      kind: 'deep-talk',
      channel: 'coffee',
      note: '  聊了新项目  ',
    });
    expect(i).toMatchObject({
      occurredOn: '2026-11-23',
      channel: 'coffee',
      mode: 'offline',
      kind: 'deep-talk',
      direction: 'mutual',
      note: '聊了新项目',
      createdAt: '2026-11-23T02:00:00.000Z',
    });
    expect(i.people.map((p) => p.id).sort((x, y) => x - y)).toEqual(
      [a.id, b.id, c.id].sort((x, y) => x - y),
    );
    expect(i.people.find((p) => p.id === b.id)?.name).toBe('乙');

    expect(await getPerson(ctx.db, a.id)).toMatchObject({
      lastInteractionOn: '2026-11-23',
      dueOn: '2026-11-30',
    });
    expect(await getPerson(ctx.db, b.id)).toMatchObject({
      lastInteractionOn: '2026-11-23',
      dueOn: '2026-12-23',
    });
    // Unsorted: the contact counts, but no cadence applies.
    expect(await getPerson(ctx.db, c.id)).toMatchObject({
      lastInteractionOn: '2026-11-23',
      dueOn: null,
    });
    expect(await counts(ctx)).toEqual({ interactions: 1, links: 3 });
  });

  it('links a person named twice only once', async () => {
    const a = await makePerson(ctx, { name: '重复的人' });
    const i = await logInteraction(ctx, {
      people: [a.id, '重复的人', String(a.id)],
      kind: 'help',
      channel: 'wechat',
    });
    expect(i.people).toEqual([{ id: a.id, name: '重复的人' }]);
    expect(await counts(ctx)).toEqual({ interactions: 1, links: 1 });
  });

  it('implies online or offline from the channel', async () => {
    const a = await makePerson(ctx);
    const offline = new Set<Channel>(['coffee', 'meal', 'event', 'meetup']);
    for (const channel of CHANNELS.values) {
      expect(modeOf(channel), channel).toBe(offline.has(channel) ? 'offline' : 'online');
      const i = await logInteraction(ctx, { people: [a.id], kind: 'check-in', channel });
      expect(i.mode, channel).toBe(offline.has(channel) ? 'offline' : 'online');
    }
    expect((await makeInteraction(ctx, [a], { channel: 'wechat' })).mode).toBe('online');
    expect((await makeInteraction(ctx, [a], { channel: '咖啡' })).mode).toBe('offline');
  });

  it('lets the mode be overridden', async () => {
    const a = await makePerson(ctx);
    expect((await makeInteraction(ctx, [a], { channel: 'wechat', mode: 'offline' })).mode).toBe(
      'offline',
    );
    expect((await makeInteraction(ctx, [a], { channel: 'coffee', mode: 'online' })).mode).toBe(
      'online',
    );
    expect((await makeInteraction(ctx, [a], { channel: 'call', mode: '线下' })).mode).toBe(
      'offline',
    );
  });

  it('defaults the direction to mutual and accepts the others, with labels', async () => {
    const a = await makePerson(ctx);
    expect((await makeInteraction(ctx, [a])).direction).toBe('mutual');
    expect((await makeInteraction(ctx, [a], { direction: 'gave' })).direction).toBe('gave');
    expect((await makeInteraction(ctx, [a], { direction: '我受益' })).direction).toBe('received');
    const labelled = await makeInteraction(ctx, [a], { kind: '深聊', channel: '微信' });
    expect(labelled).toMatchObject({ kind: 'deep-talk', channel: 'wechat' });
  });

  it('dates it today in the user’s time zone by default', async () => {
    const a = await makePerson(ctx, { name: '时区甲', tier: 'core' });
    ctx.setNow('2026-11-23T17:00:00Z'); // 01:00 on the 24th in Shanghai
    const i = await makeInteraction(ctx, [a]);
    expect(i.occurredOn).toBe('2026-11-24');
    expect(await getPerson(ctx.db, a.id)).toMatchObject({
      lastInteractionOn: '2026-11-24',
      dueOn: '2026-12-01',
    });

    const la = await createTestContext({
      now: '2026-11-23T17:00:00Z',
      timeZone: 'America/Los_Angeles',
    });
    try {
      const b = await makePerson(la);
      expect((await makeInteraction(la, [b])).occurredOn).toBe('2026-11-23'); // 09:00 in Los Angeles
    } finally {
      await la.close();
    }
  });

  it('resets the due date immediately to the date plus the cadence', async () => {
    const core = await makePerson(ctx, { tier: 'core', metOn: '2026-09-01' });
    const custom = await makePerson(ctx, { tier: 'general', cadenceDays: 3 });
    await makeInteraction(ctx, [core, custom], { date: '2026-11-20' });
    expect(await getPerson(ctx.db, core.id)).toMatchObject({
      lastInteractionOn: '2026-11-20',
      dueOn: '2026-11-27',
    });
    expect(await getPerson(ctx.db, custom.id)).toMatchObject({
      lastInteractionOn: '2026-11-20',
      dueOn: '2026-11-23',
    });
    // Across a month end.
    const imp = await makePerson(ctx, { tier: 'important' });
    await makeInteraction(ctx, [imp], { date: '2026-01-31' });
    expect((await getPerson(ctx.db, imp.id)).dueOn).toBe('2026-03-02');
  });

  it('does not move the last contact backwards for a back-dated log', async () => {
    const a = await makePerson(ctx, { tier: 'core' });
    await makeInteraction(ctx, [a], { date: '2026-11-20' });
    const old = await makeInteraction(ctx, [a], { date: '2026-11-01' });
    expect(old.occurredOn).toBe('2026-11-01');
    expect(await getPerson(ctx.db, a.id)).toMatchObject({
      lastInteractionOn: '2026-11-20',
      dueOn: '2026-11-27',
    });
    // The same day again changes nothing; a later one moves it forward.
    await makeInteraction(ctx, [a], { date: '2026-11-20' });
    expect((await getPerson(ctx.db, a.id)).lastInteractionOn).toBe('2026-11-20');
    await makeInteraction(ctx, [a], { date: '2026-11-22' });
    expect(await getPerson(ctx.db, a.id)).toMatchObject({
      lastInteractionOn: '2026-11-22',
      dueOn: '2026-11-29',
    });
  });

  it('writes nothing when one of the people is unknown, ambiguous or archived', async () => {
    const a = await makePerson(ctx, { name: '事务甲', tier: 'core' });
    await makePerson(ctx, { name: '王小明' });
    await makePerson(ctx, { name: '王小红' });
    const gone = await makePerson(ctx, { name: '已归档' });
    await archivePerson(ctx, gone.id);
    const before = await getPerson(ctx.db, a.id);

    const e = await expectAppError(
      logInteraction(ctx, { people: [a.id, '不存在的人'], kind: 'help', channel: 'wechat' }),
      'PersonNotFound',
    );
    expect(e.details.query).toBe('不存在的人');
    await expectAppError(
      logInteraction(ctx, { people: [a.id, 99_999], kind: 'help', channel: 'wechat' }),
      'PersonNotFound',
    );
    await expectAppError(
      logInteraction(ctx, { people: [a.id, '王小'], kind: 'help', channel: 'wechat' }),
      'PersonAmbiguous',
    );
    await expectAppError(
      logInteraction(ctx, { people: [a.id, '已归档'], kind: 'help', channel: 'wechat' }),
      'PersonNotFound',
    );

    expect(await counts(ctx)).toEqual({ interactions: 0, links: 0 });
    expect(await getPerson(ctx.db, a.id)).toEqual(before);
  });

  it('refuses bad input, naming the field', async () => {
    const a = await makePerson(ctx);
    const kind = await firstIssue(
      logInteraction(ctx, { people: [a.id], kind: 'party', channel: 'wechat' }),
    );
    expect(kind).toMatchObject({ field: 'kind', problem: 'invalid_value', value: 'party' });
    expect(kind.allowed).toEqual(KINDS.values);
    expect(
      await firstIssue(logInteraction(ctx, { people: [a.id], kind: 'help', channel: 'pigeon' })),
    ).toMatchObject({
      field: 'channel',
      problem: 'invalid_value',
    });
    expect(
      await firstIssue(
        logInteraction(ctx, {
          people: [a.id],
          kind: 'help',
          channel: 'wechat',
          direction: 'sideways',
        }),
      ),
    ).toMatchObject({
      field: 'direction',
      problem: 'invalid_value',
    });
    expect(
      await firstIssue(
        logInteraction(ctx, {
          people: [a.id],
          kind: 'help',
          channel: 'wechat',
          date: '2025-02-30',
        }),
      ),
    ).toMatchObject({
      field: 'date',
      problem: 'invalid_date',
    });
    expect(
      await firstIssue(logInteraction(ctx, { people: [], kind: 'help', channel: 'wechat' })),
    ).toMatchObject({ field: 'people' });
    expect(await counts(ctx)).toEqual({ interactions: 0, links: 0 });
    expect((await getPerson(ctx.db, a.id)).lastInteractionOn).toBeNull();
  });
});

describe('dates in the future', () => {
  it('refuses to log an interaction that has not happened, and writes nothing', async () => {
    const p = await makePerson(ctx, { tier: 'core' });
    const before = await counts(ctx);
    const issue = await firstIssue(makeInteraction(ctx, [p], { date: '2026-11-24' }));
    expect(issue).toMatchObject({ field: 'date', problem: 'in_future', value: '2026-11-24' });
    expect(await counts(ctx)).toEqual(before);
    // Today in the user's zone is fine, even when it is already tomorrow in UTC terms elsewhere.
    ctx.setNow('2026-11-23T17:00:00Z'); // 01:00 on the 24th in Shanghai
    await expect(makeInteraction(ctx, [p], { date: '2026-11-24' })).resolves.toBeDefined();
  });
});

describe('listInteractions', () => {
  it('lists newest first, for everyone or one person', async () => {
    const a = await makePerson(ctx, { name: '列表甲' });
    const b = await makePerson(ctx, { name: '列表乙' });
    const i1 = await makeInteraction(ctx, [a], { date: '2026-11-01' });
    const i2 = await makeInteraction(ctx, [a, b], { date: '2026-11-10' });
    const i3 = await makeInteraction(ctx, [b], { date: '2026-11-05' });
    expect((await listInteractions(ctx)).map((i) => i.id)).toEqual([i2.id, i3.id, i1.id]);
    expect((await listInteractions(ctx, { person: '列表甲' })).map((i) => i.id)).toEqual([
      i2.id,
      i1.id,
    ]);
    expect((await listInteractions(ctx, { person: b.id, limit: 1 })).map((i) => i.id)).toEqual([
      i2.id,
    ]);
  });
});

describe('deleteInteraction', () => {
  it('rewinds the last contact and the due date of everyone involved', async () => {
    const a = await makePerson(ctx, { tier: 'core', metOn: '2026-09-01' });
    const b = await makePerson(ctx, { tier: 'important' });
    const early = await makeInteraction(ctx, [a], { date: '2026-11-10' });
    const late = await makeInteraction(ctx, [a, b], { date: '2026-11-20' });
    expect(await getPerson(ctx.db, a.id)).toMatchObject({
      lastInteractionOn: '2026-11-20',
      dueOn: '2026-11-27',
    });

    const deleted = await deleteInteraction(ctx, late.id);
    expect(deleted.id).toBe(late.id);
    expect(await getPerson(ctx.db, a.id)).toMatchObject({
      lastInteractionOn: '2026-11-10',
      dueOn: '2026-11-17',
    });
    // b has no contact left: back to the date added + 30.
    expect(await getPerson(ctx.db, b.id)).toMatchObject({
      lastInteractionOn: null,
      dueOn: '2026-12-23',
    });

    await deleteInteraction(ctx, early.id);
    // a falls back to the date met + 7.
    expect(await getPerson(ctx.db, a.id)).toMatchObject({
      lastInteractionOn: null,
      dueOn: '2026-09-08',
    });
    expect(await counts(ctx)).toEqual({ interactions: 0, links: 0 });
  });

  it('keeps a later contact when an older one is deleted', async () => {
    const a = await makePerson(ctx, { tier: 'core' });
    const early = await makeInteraction(ctx, [a], { date: '2026-11-10' });
    await makeInteraction(ctx, [a], { date: '2026-11-20' });
    await deleteInteraction(ctx, early.id);
    expect(await getPerson(ctx.db, a.id)).toMatchObject({
      lastInteractionOn: '2026-11-20',
      dueOn: '2026-11-27',
    });
  });

  it('reports an unknown interaction', async () => {
    const e = await expectAppError(deleteInteraction(ctx, 12_345), 'InteractionNotFound');
    expect(e.details.id).toBe(12_345);
  });
});
