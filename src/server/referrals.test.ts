import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requester, testApp, type App, type ErrorBody } from '../../test/helpers/api.js';
import { createTestContext, type TestContext } from '../../test/helpers/test-db.js';
import { makeInteraction, makePerson } from '../../test/helpers/factories.js';
import type { Person } from '../core/people/people.js';
import type { Reciprocity } from '../core/referrals/reciprocity.js';
import type { Referral } from '../core/referrals/referrals.js';

let ctx: TestContext;
let app: App;
let wang: Person;
let li: Person;
const request = requester(() => app, '/api/v1');

/** A request's status and its JSON body (null when it has none). */
async function call<T>(
  method: string,
  path: string,
  body?: unknown,
  lang?: string,
): Promise<{ status: number; body: T }> {
  const res = await request(method, path, { body, lang });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}

beforeAll(async () => {
  ctx = await createTestContext(); // 2026-11-23 10:00 in Shanghai
  app = testApp(ctx, { rethrow: true });
  wang = await makePerson(ctx, { name: '王芳' });
  li = await makePerson(ctx, { name: '李雷' });
});
afterAll(async () => {
  await ctx.close();
});

describe('referral routes', () => {
  let out: Referral;
  let incoming: Referral;

  it('POST /referrals creates one (201) with the defaults', async () => {
    const r = await call<Referral>('POST', '/referrals', {
      direction: 'out',
      person: '王芳',
      client: '星巴克',
      project: '品牌视频',
      value: 12000,
    });
    expect(r.status).toBe(201);
    out = r.body;
    expect(out).toMatchObject({
      direction: 'out',
      person: { id: wang.id, name: '王芳' },
      value: 12000,
      currency: 'CNY',
      status: 'referred',
      referredOn: '2026-11-23',
      followUpOn: '2026-12-07',
    });
    const i = await call<Referral>('POST', '/referrals', {
      direction: 'in',
      person: li.id,
      client: 'Acme',
      value: 8000,
    });
    expect(i.status).toBe(201);
    incoming = i.body;
  });

  it('POST /referrals names each bad field (400), in the request language', async () => {
    const r = await call<ErrorBody>(
      'POST',
      '/referrals',
      { direction: 'out', person: wang.id, client: '', value: -1, referredOn: '2026-13-01' },
      'zh-CN',
    );
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('ValidationFailed');
    expect(r.body.error.details.issues!.map((i) => i.field).sort()).toEqual(
      ['client', 'referredOn', 'value'].sort(),
    );
    const who = await call<ErrorBody>('POST', '/referrals', {
      direction: 'out',
      person: '没这个人',
      client: 'X',
    });
    expect(who.status).toBe(404);
    expect(who.body.error.code).toBe('PersonNotFound');
  });

  it('GET /referrals filters by direction, status, person and open', async () => {
    const all = await call<Referral[]>('GET', '/referrals');
    expect(all.body.map((r) => r.id)).toEqual([incoming.id, out.id]);
    const outs = await call<Referral[]>('GET', '/referrals?direction=out&open=true');
    expect(outs.body.map((r) => r.id)).toEqual([out.id]);
    const byPerson = await call<Referral[]>('GET', `/referrals?person=${li.id}`);
    expect(byPerson.body.map((r) => r.id)).toEqual([incoming.id]);
    const bad = await call<ErrorBody>('GET', '/referrals?status=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.issues![0]).toMatchObject({ field: 'status' });
  });

  it('POST /referrals/{id}/advance moves forward; a closed one answers 409 ReferralClosed', async () => {
    const talks = await call<Referral>('POST', `/referrals/${incoming.id}/advance`);
    expect(talks.status).toBe(200);
    expect(talks.body.status).toBe('in-talks');
    const won = await call<Referral>('POST', `/referrals/${incoming.id}/advance`, { to: 'won' });
    expect(won.body).toMatchObject({ status: 'won', closedOn: '2026-11-23', followUpOn: null });
    const again = await call<ErrorBody>('POST', `/referrals/${incoming.id}/advance`, {
      to: 'in-talks',
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('ReferralClosed');
    expect(again.body.error.message).toContain('remove');
    const missing = await call<ErrorBody>('POST', '/referrals/9999/advance', {});
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('ReferralNotFound');
  });

  it('POST /referrals/{id}/thanks records thanks for incoming ones only', async () => {
    const t = await call<Referral>('POST', `/referrals/${incoming.id}/thanks`);
    expect(t.status).toBe(200);
    expect(t.body.thanksSentOn).toBe('2026-11-23');
    const o = await call<ErrorBody>('POST', `/referrals/${out.id}/thanks`);
    expect(o.status).toBe(409);
    expect(o.body.error.code).toBe('ReferralNotIncoming');
  });

  it('GET /people/{id}/reciprocity and GET /reciprocity give the balances', async () => {
    await makeInteraction(ctx, [li], { kind: 'help', direction: 'received' });
    await makeInteraction(ctx, [li], { kind: 'help', direction: 'received' });
    const one = await call<Reciprocity>('GET', `/people/${li.id}/reciprocity`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual({
      person: { id: li.id, name: '李雷' },
      given: { referrals: 0, introductions: 0, help: 0 },
      received: { referrals: 1, help: 2 },
      givenTotal: 0,
      receivedTotal: 3,
      lean: 'receiving',
      wonValue: { given: 0, received: 8000 },
    });
    const owed = await call<Reciprocity[]>('GET', '/reciprocity?lean=receiving&limit=5');
    expect(owed.body.map((b) => b.person.id)).toEqual([li.id]);
    const all = await call<Reciprocity[]>('GET', '/reciprocity');
    expect(all.body.map((b) => b.person.id)).toEqual([li.id, wang.id]);
    expect((await call('GET', '/people/9999/reciprocity')).status).toBe(404);
    expect((await call('GET', '/reciprocity?lean=sideways')).status).toBe(400);
  });

  it('DELETE /referrals/{id} answers 204, then 404', async () => {
    const d = await call('DELETE', `/referrals/${out.id}`);
    expect(d.status).toBe(204);
    expect((await call('DELETE', `/referrals/${out.id}`)).status).toBe(404);
  });
});
