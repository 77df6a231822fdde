import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/helpers/test-db.js';
import { makePerson } from '../../test/helpers/factories.js';
import { fails, ok, requester, testApp, type App } from '../../test/helpers/api.js';
import type { Suggestion, WhoAnswer } from '../core/connector/connector.service.js';
import type { Person } from '../core/people/people.js';

let ctx: TestContext;
let app: App;
let zw: Person;
let ln: Person;
const request = requester(() => app, '/api/v1');

beforeAll(async () => {
  ctx = await createTestContext();
  app = testApp(ctx, { rethrow: true });
  zw = await makePerson(ctx, { name: '张伟', needs: ['找人做小程序开发'] });
  ln = await makePerson(ctx, {
    name: '李娜',
    city: '杭州',
    offers: ['WeChat mini program development'],
  });
});
afterAll(async () => {
  await ctx.close();
});

const pairs = (list: Suggestion[]) => list.map((s) => [s.a.name, s.b.name]);

describe('connector API', () => {
  it('GET /match and /who answer with reasons in the request language', async () => {
    const zh = await ok<Suggestion[]>(await request('GET', '/match', { lang: 'zh-CN' }));
    expect(pairs(zh)).toEqual([['张伟', '李娜']]);
    expect(zh[0]!.reasons[0]).toMatch(/^张伟 需要“找人做小程序开发”——李娜 能提供/);
    const forLn = await ok<Suggestion[]>(await request('GET', `/match?for=${ln.id}&limit=5`));
    expect(pairs(forLn)).toEqual([['张伟', '李娜']]);
    const who = await ok<WhoAnswer[]>(
      await request('GET', `/who?q=${encodeURIComponent('谁会做小程序 杭州')}`, { lang: 'en' }),
    );
    expect(who.map((w) => w.person.name)).toEqual(['李娜']);
    expect(who[0]!.reasons).toContain('in Hangzhou');
    await fails(await request('GET', '/who?q=%20'), 400, 'ValidationFailed');
    await fails(await request('GET', '/match?for=nobody-here'), 404, 'PersonNotFound');
  });

  it('POST /knows takes a pair out of the suggestions; DELETE /knows brings it back', async () => {
    const added = await ok<{ added: boolean }>(
      await request('POST', '/knows', { body: { a: zw.id, b: '李娜' } }),
    );
    expect(added).toEqual({
      a: { id: zw.id, name: '张伟' },
      b: { id: ln.id, name: '李娜' },
      added: true,
    });
    expect(await ok<Suggestion[]>(await request('GET', '/match'))).toEqual([]);
    const removed = await ok<{ removed: boolean }>(
      await request('DELETE', `/knows?a=${ln.id}&b=${zw.id}`),
    );
    expect(removed.removed).toBe(true);
    expect(pairs(await ok<Suggestion[]>(await request('GET', '/match')))).toEqual([
      ['张伟', '李娜'],
    ]);
    expect(
      (await ok<{ removed: boolean }>(await request('DELETE', `/knows?a=${ln.id}&b=${zw.id}`)))
        .removed,
    ).toBe(false);
    await fails(
      await request('POST', '/knows', { body: { a: zw.id, b: zw.id } }),
      400,
      'ValidationFailed',
    );
  });
});
