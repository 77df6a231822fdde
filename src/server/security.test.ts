import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../test/helpers/test-db.js';
import { makeInteraction, makePerson } from '../../test/helpers/factories.js';
import { ensureAccessToken } from '../core/access/access.service.js';
import type { Person } from '../core/people/people.js';
import { createApp } from './app.js';

const HOST = '127.0.0.1:4747';
const LAN = '192.168.1.5:4747';

interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

type App = ReturnType<typeof createApp>;

function buildApp(ctx: TestContext, requireToken = false): App {
  return createApp({
    store: ctx.store,
    version: '0.1.0',
    allowedHosts: requireToken
      ? ['127.0.0.1:4747', 'localhost:4747', '[::1]:4747', LAN]
      : ['127.0.0.1:4747', 'localhost:4747', '[::1]:4747'],
    requireToken,
    now: () => ctx.now(),
    timeZone: ctx.timeZone,
    logError: () => {},
  });
}

/** One request; the Host header is set explicitly (app.request() does not derive it from the URL). */
async function send(
  app: App,
  method: string,
  path: string,
  opts: { host?: string; headers?: Record<string, string>; body?: unknown; raw?: string } = {},
): Promise<Response> {
  const host = opts.host ?? HOST;
  const headers: Record<string, string> = { host, ...opts.headers };
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined) headers['content-type'] ??= 'application/json';
  return app.request(`http://${host}${path}`, { method, headers, body });
}

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as ErrorBody).error.code;
}

/** Asserts the answer is this status and error code, in the one error shape. */
async function expectError(res: Response, status: number, code: string): Promise<ErrorBody> {
  const body = (await res.json()) as ErrorBody;
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(typeof body.error.message).toBe('string');
  expect(body.error.details).toEqual({});
  return body;
}

async function state(ctx: TestContext) {
  const n = async (table: string) =>
    (await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(ctx.db))
      .rows[0]!.n;
  const settings = await sql<{
    key: string;
    value: string;
  }>`SELECT key, value FROM settings ORDER BY key`.execute(ctx.db);
  const people = await sql<{
    id: number;
    name: string;
    tier: string;
    archived_at: string | null;
  }>`SELECT id, name, tier, archived_at FROM people ORDER BY id`.execute(ctx.db);
  return {
    people: people.rows,
    interactions: await n('interactions'),
    settings: settings.rows,
  };
}

function expectSecurityHeaders(res: Response) {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

describe('loopback server (no token)', () => {
  let ctx: TestContext;
  let app: App;
  let person: Person;
  let interactionId: number;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = buildApp(ctx);
    person = await makePerson(ctx, { name: '安全测试', tier: 'general' });
    interactionId = (await makeInteraction(ctx, [person], { date: '2026-11-01' })).id;
  });
  afterAll(async () => {
    await ctx.close();
  });

  /** Every state-changing route, with a valid body. */
  const writes = () =>
    [
      ['POST', '/api/v1/people', { name: '不该写入' }],
      ['PATCH', `/api/v1/people/${person.id}`, { name: '被改名了' }],
      ['POST', `/api/v1/people/${person.id}/archive`, undefined],
      ['POST', `/api/v1/people/${person.id}/snooze`, { until: '2026-12-31' }],
      ['POST', '/api/v1/people/bulk/tier', { ids: [person.id], tier: 'core' }],
      ['POST', '/api/v1/interactions', { people: [person.id], kind: 'help', channel: 'wechat' }],
      ['DELETE', `/api/v1/interactions/${interactionId}`, undefined],
      ['PUT', '/api/v1/settings/cadence.core', { value: 3 }],
      ['DELETE', '/api/v1/settings/cadence.core', undefined],
    ] as const;

  describe('DNS rebinding: the Host must be our own', () => {
    for (const host of [
      'evil.example:4747',
      'evil.example',
      '127.0.0.1:8080',
      '127.0.0.1',
      'localhost:9999',
      '127.0.0.1.evil.example:4747',
    ]) {
      it(`Host ${host} → 403 ForbiddenHost on GET and POST`, async () => {
        const before = await state(ctx);
        await expectError(await send(app, 'GET', '/api/v1/health', { host }), 403, 'ForbiddenHost');
        await expectError(await send(app, 'GET', '/api/v1/people', { host }), 403, 'ForbiddenHost');
        await expectError(
          await send(app, 'POST', '/api/v1/people', { host, body: { name: '重绑定' } }),
          403,
          'ForbiddenHost',
        );
        await expectError(
          await send(app, 'GET', '/api/openapi.json', { host }),
          403,
          'ForbiddenHost',
        );
        expect(await state(ctx)).toEqual(before);
      });
    }

    it('a missing Host is refused', async () => {
      const res = await app.request('http://127.0.0.1:4747/api/v1/health');
      await expectError(res, 403, 'ForbiddenHost');
    });

    it('our own addresses are accepted, in any letter case', async () => {
      for (const host of ['127.0.0.1:4747', 'localhost:4747', 'LOCALHOST:4747', '[::1]:4747']) {
        const res = await send(app, 'GET', '/api/v1/health', { host });
        expect(res.status, host).toBe(200);
      }
    });

    it('the refusal is in the language asked for', async () => {
      const res = await send(app, 'GET', '/api/v1/health', {
        host: 'evil.example:4747',
        headers: { 'accept-language': 'zh-CN' },
      });
      const body = await expectError(res, 403, 'ForbiddenHost');
      expect(body.error.message).toContain('拒绝');
    });
  });

  describe('CSRF: writes with a foreign Origin', () => {
    it('every POST/PUT/PATCH/DELETE from http://evil.example → 403 ForbiddenOrigin, nothing written', async () => {
      const before = await state(ctx);
      for (const [method, path, body] of writes()) {
        const res = await send(app, method, path, {
          body,
          headers: { origin: 'http://evil.example' },
        });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(await errorCode(res)).toBe('ForbiddenOrigin');
      }
      expect(await state(ctx)).toEqual(before);
    });

    it('look-alike origins are foreign too', async () => {
      const before = await state(ctx);
      for (const origin of [
        'http://127.0.0.1:8080',
        'https://127.0.0.1:4747',
        'http://127.0.0.1:4747.evil.example',
        'http://evil.example:4747',
        'null',
      ]) {
        const res = await send(app, 'POST', '/api/v1/people', {
          body: { name: '伪造来源' },
          headers: { origin },
        });
        expect(res.status, origin).toBe(403);
        expect(await errorCode(res)).toBe('ForbiddenOrigin');
      }
      expect(await state(ctx)).toEqual(before);
    });

    it('a cross-site POST without Origin but with Sec-Fetch-Site: cross-site → 403', async () => {
      const before = await state(ctx);
      for (const [method, path, body] of writes()) {
        const res = await send(app, method, path, {
          body,
          headers: { 'sec-fetch-site': 'cross-site' },
        });
        expect(res.status, `${method} ${path}`).toBe(403);
        expect(await errorCode(res)).toBe('ForbiddenOrigin');
      }
      expect(await state(ctx)).toEqual(before);
    });

    it('a cross-site form post (text/plain) is refused as well', async () => {
      const before = await state(ctx);
      const res = await send(app, 'POST', '/api/v1/people', {
        raw: '{"name":"表单"}',
        headers: { origin: 'http://evil.example', 'content-type': 'text/plain' },
      });
      await expectError(res, 403, 'ForbiddenOrigin');
      expect(await state(ctx)).toEqual(before);
    });

    it("writes from the server's own Origin are allowed", async () => {
      for (const origin of ['http://127.0.0.1:4747', 'http://localhost:4747']) {
        const res = await send(app, 'POST', '/api/v1/people', {
          body: { name: `同源 ${origin}` },
          headers: { origin, 'sec-fetch-site': 'same-origin' },
        });
        expect(res.status, origin).toBe(201);
      }
      const patch = await send(app, 'PATCH', `/api/v1/people/${person.id}`, {
        body: { city: '上海' },
        headers: { origin: 'http://127.0.0.1:4747' },
      });
      expect(patch.status).toBe(200);
      const put = await send(app, 'PUT', '/api/v1/settings/capacity.core', {
        body: { value: 12 },
        headers: { origin: 'http://127.0.0.1:4747' },
      });
      expect(put.status).toBe(200);
      const del = await send(app, 'DELETE', '/api/v1/settings/capacity.core', {
        headers: { origin: 'http://127.0.0.1:4747' },
      });
      expect(del.status).toBe(200);
    });

    it('writes without Origin from a non-browser client (curl) are allowed', async () => {
      const res = await send(app, 'POST', '/api/v1/people', { body: { name: '命令行' } });
      expect(res.status).toBe(201);
      const same = await send(app, 'POST', '/api/v1/people', {
        body: { name: '同站' },
        headers: { 'sec-fetch-site': 'same-origin' },
      });
      expect(same.status).toBe(201);
    });

    it('reads with a foreign Origin are allowed (not CSRF)', async () => {
      for (const path of ['/api/v1/people', '/api/v1/today', '/api/v1/health']) {
        const res = await send(app, 'GET', path, {
          headers: { origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' },
        });
        expect(res.status, path).toBe(200);
        // No CORS grant: the foreign page cannot read the answer.
        expect(res.headers.get('access-control-allow-origin')).toBeNull();
      }
    });
  });

  describe('no token is needed on loopback', () => {
    it('requests without a token succeed', async () => {
      expect((await send(app, 'GET', '/api/v1/people')).status).toBe(200);
    });
  });

  describe('headers on every answer', () => {
    it('CSP, nosniff and no framing on successes and on every kind of error', async () => {
      const answers: [string, Response][] = [
        ['200', await send(app, 'GET', '/api/v1/health')],
        ['201', await send(app, 'POST', '/api/v1/people', { body: { name: '头部' } })],
        ['400', await send(app, 'POST', '/api/v1/people', { body: { name: '' } })],
        ['400 json', await send(app, 'POST', '/api/v1/people', { raw: '{' })],
        ['403 host', await send(app, 'GET', '/api/v1/health', { host: 'evil.example:4747' })],
        [
          '403 origin',
          await send(app, 'POST', '/api/v1/people', {
            body: { name: 'x' },
            headers: { origin: 'http://evil.example' },
          }),
        ],
        ['404 route', await send(app, 'GET', '/api/v1/nope')],
        ['404 person', await send(app, 'GET', '/api/v1/people/999999')],
        [
          '413',
          await send(app, 'POST', '/api/v1/people', {
            body: { name: '大', note: 'x'.repeat(1_100_000) },
          }),
        ],
        ['openapi', await send(app, 'GET', '/api/openapi.json')],
        ['backup', await send(app, 'GET', '/api/v1/backup')],
      ];
      for (const [what, res] of answers) {
        try {
          expectSecurityHeaders(res);
        } catch (e) {
          throw new Error(`${what} (${res.status}): ${(e as Error).message}`);
        }
      }
    });
  });

  describe('body size limit', () => {
    it('a body over 1 MB → 413 PayloadTooLarge, nothing written', async () => {
      const before = await state(ctx);
      const big = 'x'.repeat(1024 * 1024 + 1);
      await expectError(
        await send(app, 'POST', '/api/v1/people', { body: { name: '太大', note: big } }),
        413,
        'PayloadTooLarge',
      );
      await expectError(
        await send(app, 'PATCH', `/api/v1/people/${person.id}`, { body: { note: big } }),
        413,
        'PayloadTooLarge',
      );
      await expectError(
        await send(app, 'POST', '/api/v1/interactions', {
          body: { people: [person.id], kind: 'help', channel: 'wechat', note: big },
        }),
        413,
        'PayloadTooLarge',
      );
      await expectError(
        await send(app, 'PUT', '/api/v1/settings/timeZone', { body: { value: big } }),
        413,
        'PayloadTooLarge',
      );
      expect(await state(ctx)).toEqual(before);
    });

    it('a declared Content-Length over 1 MB is refused too', async () => {
      const res = await send(app, 'POST', '/api/v1/people', {
        raw: JSON.stringify({ name: '谎报', note: 'y'.repeat(1_200_000) }),
        headers: { 'content-length': String(1_200_000 + 30) },
      });
      await expectError(res, 413, 'PayloadTooLarge');
    });

    it('a body just under 1 MB is accepted', async () => {
      const raw = `{"name":"刚好"${' '.repeat(1024 * 1024 - 100)}}`;
      expect(Buffer.byteLength(raw)).toBeLessThan(1024 * 1024);
      const res = await send(app, 'POST', '/api/v1/people', { raw });
      expect(res.status).toBe(201);
    });

    it('the 413 message is in the language asked for', async () => {
      const res = await send(app, 'POST', '/api/v1/people', {
        body: { name: '太大', note: 'x'.repeat(1_100_000) },
        headers: { 'accept-language': 'zh-CN' },
      });
      expect((await expectError(res, 413, 'PayloadTooLarge')).error.message).toContain('1 MB');
    });
  });
});

describe('beyond loopback: the access token', () => {
  let ctx: TestContext;
  let app: App;
  let token: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = buildApp(ctx, true);
    token = (await ensureAccessToken(ctx))!;
    expect(token).toEqual(expect.any(String));
  });
  afterAll(async () => {
    await ctx.close();
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    send(app, 'GET', path, { host: LAN, headers });

  it('no token → 401 Unauthorized, on reads and writes, API and web app', async () => {
    const before = await state(ctx);
    await expectError(await get('/api/v1/people'), 401, 'Unauthorized');
    await expectError(await get('/api/v1/health'), 401, 'Unauthorized');
    await expectError(await get('/api/v1/backup'), 401, 'Unauthorized');
    await expectError(await get('/api/openapi.json'), 401, 'Unauthorized');
    await expectError(await get('/'), 401, 'Unauthorized');
    await expectError(
      await send(app, 'POST', '/api/v1/people', { host: LAN, body: { name: '无令牌' } }),
      401,
      'Unauthorized',
    );
    // Loopback addresses of the same server need it too.
    await expectError(await send(app, 'GET', '/api/v1/people'), 401, 'Unauthorized');
    expect(await state(ctx)).toEqual(before);
  });

  it('a wrong token → 401, as bearer, cookie or link', async () => {
    const wrong = 'A'.repeat(token.length);
    await expectError(
      await get('/api/v1/people', { authorization: `Bearer ${wrong}` }),
      401,
      'Unauthorized',
    );
    await expectError(
      await get('/api/v1/people', { cookie: `tongxing_token=${wrong}` }),
      401,
      'Unauthorized',
    );
    await expectError(await get(`/?token=${wrong}`), 401, 'Unauthorized');
    await expectError(
      await get('/api/v1/people', { authorization: `Basic ${token}` }),
      401,
      'Unauthorized',
    );
    await expectError(
      await get('/api/v1/people', { authorization: 'Bearer short' }),
      401,
      'Unauthorized',
    );
  });

  it('Authorization: Bearer <token> → 200', async () => {
    expect((await get('/api/v1/people', { authorization: `Bearer ${token}` })).status).toBe(200);
    const post = await send(app, 'POST', '/api/v1/people', {
      host: LAN,
      body: { name: '有令牌' },
      headers: { authorization: `Bearer ${token}`, origin: `http://${LAN}` },
    });
    expect(post.status).toBe(201);
  });

  it('cookie tongxing_token=<token> → 200', async () => {
    const res = await get('/api/v1/people', { cookie: `theme=dark; tongxing_token=${token}` });
    expect(res.status).toBe(200);
  });

  it('a valid token does not excuse a foreign Host or Origin', async () => {
    await expectError(
      await send(app, 'GET', '/api/v1/people', {
        host: 'evil.example:4747',
        headers: { authorization: `Bearer ${token}` },
      }),
      403,
      'ForbiddenHost',
    );
    await expectError(
      await send(app, 'POST', '/api/v1/people', {
        host: LAN,
        body: { name: '跨站' },
        headers: { authorization: `Bearer ${token}`, origin: 'http://evil.example' },
      }),
      403,
      'ForbiddenOrigin',
    );
  });

  it('GET /?token=<token> → 303 to the same path with an HttpOnly, SameSite=Strict cookie', async () => {
    const res = await get(`/?token=${token}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    expectSecurityHeaders(res);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`tongxing_token=${token}`);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Strict/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    // The cookie it set opens the API.
    const pair = cookie.split(';')[0]!;
    expect((await get('/api/v1/health', { cookie: pair })).status).toBe(200);

    // The token leaves the address bar of a deeper page too.
    const deep = await get(`/people/12?token=${token}`);
    expect(deep.status).toBe(303);
    expect(deep.headers.get('location')).toBe('/people/12');
  });

  it('the database stores only a hash of the token', async () => {
    const rows = (await sql`SELECT * FROM access_tokens`.execute(ctx.db)).rows;
    expect(rows).toHaveLength(1);
    const dump = JSON.stringify(rows);
    expect(dump).not.toContain(token);
    expect(dump).toMatch(/[0-9a-f]{64}/);
    // Nor anywhere else in the file.
    const bytes = Buffer.from(
      await (await get('/api/v1/backup', { authorization: `Bearer ${token}` })).arrayBuffer(),
    );
    expect(bytes.includes(Buffer.from(token))).toBe(false);
  });

  it('ensureAccessToken without rotate keeps the current token', async () => {
    expect(await ensureAccessToken(ctx)).toBeUndefined();
    expect((await get('/api/v1/health', { authorization: `Bearer ${token}` })).status).toBe(200);
  });

  it('rotating the token invalidates the old one', async () => {
    const fresh = (await ensureAccessToken(ctx, true))!;
    expect(fresh).not.toBe(token);
    await expectError(
      await get('/api/v1/people', { authorization: `Bearer ${token}` }),
      401,
      'Unauthorized',
    );
    await expectError(
      await get('/api/v1/people', { cookie: `tongxing_token=${token}` }),
      401,
      'Unauthorized',
    );
    await expectError(await get(`/?token=${token}`), 401, 'Unauthorized');
    expect((await get('/api/v1/people', { authorization: `Bearer ${fresh}` })).status).toBe(200);
    expect((await get('/api/v1/people', { cookie: `tongxing_token=${fresh}` })).status).toBe(200);
    token = fresh;
  });

  it('401 answers carry the security headers and say what is needed', async () => {
    const res = await get('/api/v1/people', { 'accept-language': 'zh-CN' });
    expectSecurityHeaders(res);
    expect((await expectError(res, 401, 'Unauthorized')).error.message).toContain('令牌');
  });
});
