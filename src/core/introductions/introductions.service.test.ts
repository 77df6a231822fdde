import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makePerson } from '../../../test/helpers/factories.js';
import { expectAppError, firstIssue } from '../../../test/helpers/errors.js';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { describeError } from '../i18n/errors.js';
import type { Person } from '../people/people.js';
import { archivePerson } from '../people/people.service.js';
import { listIntroducedPairs, listIntroductionFollowUps } from './introductions.repository.js';
import {
  addIntroduction,
  advanceIntroduction,
  getIntroduction,
  getIntroductionWithDrafts,
  listIntroductions,
  removeIntroduction,
  setIntroductionConsent,
} from './introductions.service.js';

let ctx: TestContext; // 2026-11-23 10:00 in Shanghai
let a: Person;
let b: Person;

beforeEach(async () => {
  ctx = await createTestContext();
  a = await makePerson(ctx, { name: '张伟', needs: ['找人做小程序开发'] });
  b = await makePerson(ctx, { name: '李娜', nameLatin: 'Li Na', offers: ['小程序开发'] });
});
afterEach(async () => {
  await ctx.close();
});

async function knows(x: number, y: number): Promise<{ source: string } | undefined> {
  const [lo, hi] = x < y ? [x, y] : [y, x];
  return ctx.db
    .selectFrom('knows')
    .select('source')
    .where('a_id', '=', lo)
    .where('b_id', '=', hi)
    .executeTakeFirst();
}

describe('adding an introduction', () => {
  it('starts at idea with no consent, by id or by name, and one step of history', async () => {
    const n = await addIntroduction(ctx, { a: '张伟', b: b.id, reason: '小程序', note: '周末问' });
    expect(n).toMatchObject({
      a: { id: a.id, name: '张伟' },
      b: { id: b.id, name: '李娜' },
      stage: 'idea',
      outcome: null,
      reason: '小程序',
      note: '周末问',
      consentA: null,
      consentB: null,
      introducedOn: null,
      followUpOn: null,
      createdAt: '2026-11-23T02:00:00.000Z',
    });
    expect(n.history).toEqual([
      { stage: 'idea', at: '2026-11-23T02:00:00.000Z', skipped: [], note: null },
    ]);
  });

  it('refuses the same person twice and unknown people', async () => {
    const same = await expectAppError(
      addIntroduction(ctx, { a: a.id, b: '张伟' }),
      'IntroductionSamePerson',
    );
    expect(describeError(same, 'zh')).toContain('不能把 张伟 介绍给自己');
    await expectAppError(addIntroduction(ctx, { a: a.id, b: '没这个人' }), 'PersonNotFound');
  });

  it('refuses a second open introduction of the same pair, either way round, naming it', async () => {
    const first = await addIntroduction(ctx, { a: a.id, b: b.id });
    const e = await expectAppError(
      addIntroduction(ctx, { a: b.id, b: a.id }),
      'IntroductionExists',
    );
    expect(e.details).toMatchObject({ id: first.id, stage: 'idea' });
    expect(describeError(e, 'zh')).toContain(`#${first.id}`);
    expect(describeError(e, 'en')).toContain(`tongxing intro advance ${first.id}`);
    // Once finished, the pair may be introduced again.
    await advanceIntroduction(ctx, first.id, { outcome: 'declined' });
    expect((await addIntroduction(ctx, { a: b.id, b: a.id })).stage).toBe('idea');
  });
});

describe('the stage machine', () => {
  it('moves one stage at a time without `to`, recording each step', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    expect((await advanceIntroduction(ctx, n.id)).stage).toBe('asked-a');
    const m = await advanceIntroduction(ctx, n.id, { note: '问过李娜' });
    expect(m.stage).toBe('asked-b');
    expect(m.history.map((s) => s.stage)).toEqual(['idea', 'asked-a', 'asked-b']);
    expect(m.history[2]).toMatchObject({ skipped: [], note: '问过李娜' });
    // Asking never implies consent.
    expect(m).toMatchObject({ consentA: null, consentB: null });
  });

  it('refuses to skip stages without skip, naming the skipped stages and the way out', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    const e = await expectAppError(
      advanceIntroduction(ctx, n.id, { to: 'asked-b' }),
      'IntroductionStageSkipped',
    );
    expect(e.details).toMatchObject({ stage: 'idea', to: 'asked-b', skipped: ['asked-a'] });
    expect(describeError(e, 'zh')).toContain('asked-a（已问A）');
    expect(describeError(e, 'zh')).toContain('--skip');
    expect(describeError(e, 'en')).toContain('skips asked-a');
    expect(describeError(e, 'en')).toContain('skip: true');
    expect((await getIntroduction(ctx.db, n.id)).stage).toBe('idea');
  });

  it('skips with skip: true and records what was skipped', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    const m = await advanceIntroduction(ctx, n.id, { to: '已问B', skip: true });
    expect(m.stage).toBe('asked-b');
    expect(m.history[1]).toMatchObject({ stage: 'asked-b', skipped: ['asked-a'] });
  });

  it('refuses going backwards or staying put', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    await advanceIntroduction(ctx, n.id, { to: 'asked-a' });
    const e = await expectAppError(
      advanceIntroduction(ctx, n.id, { to: 'idea' }),
      'IntroductionStageBackwards',
    );
    expect(describeError(e, 'zh')).toContain('“已问A”');
    await expectAppError(
      advanceIntroduction(ctx, n.id, { to: 'asked-a' }),
      'IntroductionStageBackwards',
    );
  });

  it('needs both consents before introduced, naming who has not said yes', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    await advanceIntroduction(ctx, n.id);
    await advanceIntroduction(ctx, n.id);
    const e = await expectAppError(advanceIntroduction(ctx, n.id), 'IntroductionConsentMissing');
    expect(e.details).toMatchObject({ missing: ['a', 'b'] });
    expect(describeError(e, 'zh')).toContain('张伟（A） 和 李娜（B）');
    expect(describeError(e, 'en')).toContain('tongxing intro consent');
    await setIntroductionConsent(ctx, n.id, { side: 'a' });
    const e2 = await expectAppError(advanceIntroduction(ctx, n.id), 'IntroductionConsentMissing');
    expect(e2.details).toMatchObject({ missing: ['b'], people: [{ id: b.id, name: '李娜' }] });
    expect(describeError(e2, 'en')).toContain('李娜 (B) has not said yes');
    expect(describeError(e2, 'en')).not.toContain('张伟');
    // Skipping does not get round it either.
    const fresh = await addIntroduction(ctx, {
      a: a.id,
      b: (await makePerson(ctx)).id,
    });
    await expectAppError(
      advanceIntroduction(ctx, fresh.id, { to: 'outcome', skip: true, outcome: 'friends' }),
      'IntroductionConsentMissing',
    );
    expect(await knows(a.id, b.id)).toBeUndefined();
  });

  it('counts consent given in the same call; introducing records knows and the follow-up', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id, reason: '小程序开发' });
    await advanceIntroduction(ctx, n.id, { to: 'asked-b', skip: true, consent: ['a'] });
    ctx.setNow('2026-11-24T03:00:00Z');
    const m = await advanceIntroduction(ctx, n.id, { consent: ['b'] });
    expect(m).toMatchObject({
      stage: 'introduced',
      consentA: '2026-11-23T02:00:00.000Z',
      consentB: '2026-11-24T03:00:00.000Z',
      introducedOn: '2026-11-24',
      followUpOn: '2026-12-01',
    });
    expect(await knows(a.id, b.id)).toEqual({ source: 'introduction' });
  });

  it('puts the follow-up on the agenda a week later, then clears it when followed up', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id, reason: '小程序开发' });
    await advanceIntroduction(ctx, n.id, { to: 'introduced', skip: true, consent: ['a', 'b'] });
    expect(await listIntroductionFollowUps(ctx.db, '2026-11-29')).toEqual([]);
    expect(await listIntroductionFollowUps(ctx.db, '2026-11-30')).toEqual([
      {
        kind: 'introduction',
        id: n.id,
        people: [
          { id: a.id, name: '张伟' },
          { id: b.id, name: '李娜' },
        ],
        about: '小程序开发',
        dueOn: '2026-11-30',
      },
    ]);
    const m = await advanceIntroduction(ctx, n.id);
    expect(m).toMatchObject({ stage: 'followed-up', followUpOn: null, introducedOn: '2026-11-23' });
    expect(await listIntroductionFollowUps(ctx.db, '2027-01-01')).toEqual([]);
  });

  it('leaves follow-ups with an archived side off the agenda', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    await advanceIntroduction(ctx, n.id, { to: 'introduced', skip: true, consent: ['a', 'b'] });
    await archivePerson(ctx, b.id);
    expect(await listIntroductionFollowUps(ctx.db, '2027-01-01')).toEqual([]);
  });

  it('needs an outcome to finish, and then refuses to move on', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    await advanceIntroduction(ctx, n.id, { to: 'introduced', skip: true, consent: ['a', 'b'] });
    await advanceIntroduction(ctx, n.id);
    const e = await expectAppError(advanceIntroduction(ctx, n.id), 'IntroductionOutcomeMissing');
    expect(describeError(e, 'zh')).toContain('collaborated（合作了）');
    expect(describeError(e, 'en')).not.toContain('declined');
    const m = await advanceIntroduction(ctx, n.id, { outcome: '合作了' });
    expect(m).toMatchObject({ stage: 'outcome', outcome: 'collaborated', followUpOn: null });
    const f = await expectAppError(advanceIntroduction(ctx, n.id), 'IntroductionFinished');
    expect(describeError(f, 'en')).toContain('(collaborated)');
  });

  it('jumping from introduced to an outcome skips the follow-up and must say so', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    await advanceIntroduction(ctx, n.id, { to: 'introduced', skip: true, consent: ['a', 'b'] });
    const e = await expectAppError(
      advanceIntroduction(ctx, n.id, { outcome: 'friends' }),
      'IntroductionStageSkipped',
    );
    expect(e.details).toMatchObject({ skipped: ['followed-up'] });
    const m = await advanceIntroduction(ctx, n.id, { outcome: 'friends', skip: true });
    expect(m.history.at(-1)).toMatchObject({ stage: 'outcome', skipped: ['followed-up'] });
  });

  it('lets a side decline while being asked, without consent or skip, and not after', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    await advanceIntroduction(ctx, n.id);
    const m = await advanceIntroduction(ctx, n.id, { outcome: 'declined', note: '太忙' });
    expect(m).toMatchObject({ stage: 'outcome', outcome: 'declined', introducedOn: null });
    expect(m.history.at(-1)).toMatchObject({ stage: 'outcome', skipped: [], note: '太忙' });
    expect(await knows(a.id, b.id)).toBeUndefined();

    const c = await makePerson(ctx);
    const late = await addIntroduction(ctx, { a: a.id, b: c.id });
    await advanceIntroduction(ctx, late.id, { to: 'introduced', skip: true, consent: ['a', 'b'] });
    const issue = await firstIssue(
      advanceIntroduction(ctx, late.id, { to: 'outcome', outcome: 'declined', skip: true }),
    );
    expect(issue).toMatchObject({ field: 'outcome', value: 'declined' });
  });

  it('refuses an outcome with another stage, and unknown stages', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    expect(
      (await firstIssue(advanceIntroduction(ctx, n.id, { to: 'asked-a', outcome: 'friends' })))
        .field,
    ).toBe('to');
    expect((await firstIssue(advanceIntroduction(ctx, n.id, { to: 'met' }))).field).toBe('to');
    await expectAppError(advanceIntroduction(ctx, 9999), 'IntroductionNotFound');
  });
});

describe('consent', () => {
  it('records each side, keeps the first time, and can be withdrawn', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    const m = await setIntroductionConsent(ctx, n.id, { side: 'b' });
    expect(m).toMatchObject({ consentA: null, consentB: '2026-11-23T02:00:00.000Z' });
    ctx.setNow('2026-11-25T02:00:00Z');
    expect((await setIntroductionConsent(ctx, n.id, { side: 'b' })).consentB).toBe(
      '2026-11-23T02:00:00.000Z',
    );
    expect(
      (await setIntroductionConsent(ctx, n.id, { side: 'b', given: false })).consentB,
    ).toBeNull();
  });

  it('records both sides at once, or neither when one is wrong', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    const bad = await expectAppError(
      setIntroductionConsent(ctx, n.id, { sides: ['a', 'x' as 'a'] }),
      'ValidationFailed',
    );
    expect(bad.details.issues?.[0]).toMatchObject({ field: 'sides', problem: 'invalid_value' });
    expect(await getIntroduction(ctx.db, n.id)).toMatchObject({ consentA: null, consentB: null });
    await expectAppError(setIntroductionConsent(ctx, n.id, {}), 'ValidationFailed');
    const both = await setIntroductionConsent(ctx, n.id, { sides: ['a', 'b'] });
    expect(both.consentA && both.consentB).toBeTruthy();
  });

  it('cannot change once the two have been introduced', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    await advanceIntroduction(ctx, n.id, { to: 'introduced', skip: true, consent: ['a', 'b'] });
    const e = await expectAppError(
      setIntroductionConsent(ctx, n.id, { side: 'a', given: false }),
      'IntroductionConsentSettled',
    );
    expect(describeError(e, 'zh')).toContain('已经介绍认识');
    expect((await getIntroduction(ctx.db, n.id)).consentA).not.toBeNull();
  });
});

describe('lists', () => {
  it('filters by stage, person and open, newest first', async () => {
    const c = await makePerson(ctx, { name: '王芳' });
    const first = await addIntroduction(ctx, { a: a.id, b: b.id });
    ctx.setNow('2026-11-24T02:00:00Z');
    const second = await addIntroduction(ctx, { a: c.id, b: a.id });
    await advanceIntroduction(ctx, first.id, { outcome: 'declined' });
    const ids = (xs: { id: number }[]) => xs.map((x) => x.id);
    expect(ids(await listIntroductions(ctx))).toEqual([second.id, first.id]);
    expect(ids(await listIntroductions(ctx, { open: true }))).toEqual([second.id]);
    expect(ids(await listIntroductions(ctx, { person: '李娜' }))).toEqual([first.id]);
    expect(ids(await listIntroductions(ctx, { stage: '想法' }))).toEqual([second.id]);
    expect(ids(await listIntroductions(ctx, { person: a.id, open: true }))).toEqual([second.id]);
  });

  it('lists every introduced or open pair for the connector to leave out', async () => {
    const c = await makePerson(ctx);
    const d = await makePerson(ctx);
    await addIntroduction(ctx, { a: b.id, b: a.id });
    const made = await addIntroduction(ctx, { a: c.id, b: d.id });
    await advanceIntroduction(ctx, made.id, { to: 'introduced', skip: true, consent: ['a', 'b'] });
    const pairs = await listIntroducedPairs(ctx.db);
    expect(pairs.sort((x, y) => x[0] - y[0])).toEqual([
      [Math.min(a.id, b.id), Math.max(a.id, b.id)],
      [c.id, d.id],
    ]);
  });

  it('removes an introduction with its history', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    await advanceIntroduction(ctx, n.id);
    expect((await removeIntroduction(ctx, n.id)).id).toBe(n.id);
    await expectAppError(getIntroduction(ctx.db, n.id), 'IntroductionNotFound');
    const steps = await ctx.db.selectFrom('introduction_steps').selectAll().execute();
    expect(steps).toEqual([]);
  });
});

describe('drafts', () => {
  it('come with the introduction, in both languages, naming both people', async () => {
    const n = await addIntroduction(ctx, { a: a.id, b: b.id });
    const { drafts } = await getIntroductionWithDrafts(ctx, n.id);
    for (const d of [drafts.askA, drafts.askB, drafts.introduce]) {
      expect(d.zh).toContain('张伟');
      expect(d.zh).toContain('李娜');
      expect(d.en).toContain('张伟');
      expect(d.en).toContain('Li Na');
    }
    expect(drafts.askA.zh).toContain('“找人做小程序开发”');
    expect(drafts.askB.en).toContain('“小程序开发”');
  });
});
