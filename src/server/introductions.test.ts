import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fails, ok, requester, testApp, type App } from '../../test/helpers/api.js';
import { makePerson } from '../../test/helpers/factories.js';
import { createTestContext, type TestContext } from '../../test/helpers/test-db.js';
import type { IntroDrafts, Introduction } from '../core/introductions/introductions.js';
import type { Person } from '../core/people/people.js';

let ctx: TestContext; // 2026-11-23 10:00 in Shanghai
let app: App;
let a: Person;
let b: Person;
const request = requester(() => app, '/api/v1');

beforeAll(async () => {
  ctx = await createTestContext();
  app = testApp(ctx, { rethrow: true });
  a = await makePerson(ctx, { name: '张伟', needs: ['找人做小程序开发'] });
  b = await makePerson(ctx, { name: '李娜', offers: ['小程序开发'] });
});
afterAll(async () => {
  await ctx.close();
});

describe('/introductions', () => {
  let id: number;

  it('POST creates one at idea (201), by id or name; a second of the pair is 409', async () => {
    const n = await ok<Introduction>(
      await request('POST', '/introductions', { body: { a: a.id, b: '李娜', reason: '小程序' } }),
      201,
    );
    expect(n).toMatchObject({ a: { id: a.id }, b: { id: b.id }, stage: 'idea', consentA: null });
    id = n.id;
    const err = await fails(
      await request('POST', '/introductions', { body: { a: b.id, b: a.id }, lang: 'zh' }),
      409,
      'IntroductionExists',
    );
    expect(err.details).toMatchObject({ id });
    expect(err.message).toContain(`#${id}`);
    await fails(
      await request('POST', '/introductions', { body: { a: a.id, b: a.id } }),
      400,
      'IntroductionSamePerson',
    );
    await fails(
      await request('POST', '/introductions', { body: { a: a.id, b: 'nobody here' } }),
      404,
      'PersonNotFound',
    );
  });

  it('GET /introductions/{id} has the drafts in both languages', async () => {
    const n = await ok<Introduction & { drafts: IntroDrafts }>(
      await request('GET', `/introductions/${id}`),
    );
    expect(n.id).toBe(id);
    expect(n.drafts.askA.zh).toContain('张伟');
    expect(n.drafts.askB.en).toContain('李娜');
    expect(n.drafts.introduce.zh).toContain('“小程序开发”');
    await fails(await request('GET', '/introductions/999'), 404, 'IntroductionNotFound');
  });

  it('advance: next stage with an empty body; skipping needs skip; consent before introduced', async () => {
    const n = await ok<Introduction>(await request('POST', `/introductions/${id}/advance`));
    expect(n.stage).toBe('asked-a');
    const skip = await fails(
      await request('POST', `/introductions/${id}/advance`, {
        body: { to: 'introduced' },
        lang: 'en',
      }),
      409,
      'IntroductionStageSkipped',
    );
    expect(skip.details).toMatchObject({ skipped: ['asked-b'] });
    expect(skip.message).toContain('skip: true');
    const consent = await fails(
      await request('POST', `/introductions/${id}/advance`, {
        body: { to: 'introduced', skip: true, consent: ['a'] },
      }),
      409,
      'IntroductionConsentMissing',
    );
    expect(consent.details).toMatchObject({ missing: ['b'] });
    // Refused: nothing was recorded, not even the consent sent along.
    const still = await ok<Introduction>(await request('GET', `/introductions/${id}`));
    expect(still).toMatchObject({ stage: 'asked-a', consentA: null });

    await ok(await request('POST', `/introductions/${id}/consent`, { body: { side: 'b' } }));
    const made = await ok<Introduction>(
      await request('POST', `/introductions/${id}/advance`, {
        body: { to: 'introduced', skip: true, consent: ['a'], note: '拉了群' },
      }),
    );
    expect(made).toMatchObject({
      stage: 'introduced',
      introducedOn: '2026-11-23',
      followUpOn: '2026-11-30',
    });
    expect(made.history.at(-1)).toMatchObject({ skipped: ['asked-b'], note: '拉了群' });
  });

  it('advance refuses backwards, a missing outcome and unknown stages', async () => {
    await fails(
      await request('POST', `/introductions/${id}/advance`, { body: { to: 'idea' } }),
      409,
      'IntroductionStageBackwards',
    );
    await ok(await request('POST', `/introductions/${id}/advance`));
    await fails(
      await request('POST', `/introductions/${id}/advance`),
      400,
      'IntroductionOutcomeMissing',
    );
    await fails(
      await request('POST', `/introductions/${id}/advance`, { body: { to: 'met' } }),
      400,
      'ValidationFailed',
    );
    const done = await ok<Introduction>(
      await request('POST', `/introductions/${id}/advance`, { body: { outcome: 'friends' } }),
    );
    expect(done).toMatchObject({ stage: 'outcome', outcome: 'friends' });
    await fails(await request('POST', `/introductions/${id}/advance`), 409, 'IntroductionFinished');
  });

  it('GET lists with filters; consent takes side and given; DELETE is 204', async () => {
    const c = await makePerson(ctx, { name: '王芳' });
    const open = await ok<Introduction>(
      await request('POST', '/introductions', { body: { a: c.id, b: a.id } }),
      201,
    );
    const ids = async (q: string) =>
      (await ok<Introduction[]>(await request('GET', `/introductions${q}`))).map((n) => n.id);
    expect(await ids('')).toEqual([open.id, id]);
    expect(await ids('?open=true')).toEqual([open.id]);
    expect(await ids(`?person=${b.id}`)).toEqual([id]);
    expect(await ids('?stage=outcome')).toEqual([id]);
    expect(await ids(`?person=${encodeURIComponent('王芳')}&open=true`)).toEqual([open.id]);

    const given = await ok<Introduction>(
      await request('POST', `/introductions/${open.id}/consent`, { body: { side: 'a' } }),
    );
    expect(given.consentA).toBe('2026-11-23T02:00:00.000Z');
    const withdrawn = await ok<Introduction>(
      await request('POST', `/introductions/${open.id}/consent`, {
        body: { side: 'a', given: false },
      }),
    );
    expect(withdrawn.consentA).toBeNull();
    await fails(
      await request('POST', `/introductions/${open.id}/consent`, { body: { side: 'c' } }),
      400,
      'ValidationFailed',
    );

    const del = await request('DELETE', `/introductions/${open.id}`);
    expect(del.status).toBe(204);
    await fails(await request('DELETE', `/introductions/${open.id}`), 404, 'IntroductionNotFound');
  });
});
