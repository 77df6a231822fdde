import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../test/helpers/test-db.js';
import { makePerson } from '../../test/helpers/factories.js';
import { ensureAccessToken } from '../core/access/access.service.js';
import { archivePerson } from '../core/people/people.service.js';
import { setSetting } from '../core/settings/settings.service.js';
import { createApp } from './app.js';

const HOST = '127.0.0.1:4747';
const LAN = '192.168.1.5:4747';
const LOOPBACK_HOSTS = ['127.0.0.1:4747', 'localhost:4747', '[::1]:4747'];

type App = ReturnType<typeof createApp>;

interface Link {
  url: string;
  path: string;
}

interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

function buildApp(ctx: TestContext, requireToken: boolean, logError = vi.fn()): App {
  return createApp({
    store: ctx.store,
    version: '0.1.0',
    allowedHosts: requireToken ? [...LOOPBACK_HOSTS, LAN] : LOOPBACK_HOSTS,
    requireToken,
    now: () => ctx.now(),
    timeZone: ctx.timeZone,
    logError,
  });
}

/** One request; the Host header is explicit, as a browser or calendar app sends it. */
function send(
  app: App,
  method: string,
  path: string,
  opts: { host?: string; headers?: Record<string, string> } = {},
): Promise<Response> {
  const host = opts.host ?? HOST;
  return Promise.resolve(
    app.request(`http://${host}${path}`, { method, headers: { host, ...opts.headers } }),
  );
}

async function errorCode(res: Response): Promise<string> {
  return ((await res.json()) as ErrorBody).error.code;
}

const tokenOf = (link: Link) => new URL(link.url).searchParams.get('token')!;

describe('calendar feed on a loopback server', () => {
  let ctx: TestContext;
  let app: App;
  const logError = vi.fn();
  let link: Link;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = buildApp(ctx, false, logError);
    await makePerson(ctx, { name: '张伟', tier: 'core', birthday: '--02-29', metOn: '2026-11-01' });
    await makePerson(ctx, { name: 'Emily Chen', birthday: '1990-05-20' });
    const gone = await makePerson(ctx, { name: '已归档', birthday: '--03-03' });
    await archivePerson(ctx, gone.id);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('GET /api/v1/calendar creates the secret URL once, then shows the same one', async () => {
    const res = await send(app, 'GET', '/api/v1/calendar');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    link = (await res.json()) as Link;
    const token = tokenOf(link);
    // 24 random bytes in base64url: 192 bits, safe in a URL as is.
    expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(link).toEqual({
      url: `http://${HOST}/calendar.ics?token=${token}`,
      path: `/calendar.ics?token=${token}`,
    });
    const again = (await (await send(app, 'GET', '/api/v1/calendar')).json()) as Link;
    expect(again).toEqual(link);
    // The URL follows the address the page was opened at.
    const other = (await (
      await send(app, 'GET', '/api/v1/calendar', { host: 'localhost:4747' })
    ).json()) as Link;
    expect(other.url).toBe(`http://localhost:4747${link.path}`);
  });

  it('the right token gets the feed as text/calendar, without the archived', async () => {
    const res = await send(app, 'GET', link.path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-cache');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const body = await res.text();
    expect(body.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(body).toContain('张伟');
    expect(body).toContain('RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
    expect(body).not.toContain('已归档');
    // Calendar apps probe with HEAD too.
    const head = await send(app, 'HEAD', link.path);
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  it('speaks `&lang=`, else the language setting, else what the calendar app asks for', async () => {
    const en = await (await send(app, 'GET', `${link.path}&lang=en`)).text();
    expect(en).toContain("🎂 张伟's birthday");
    const asked = await (
      await send(app, 'GET', link.path, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } })
    ).text();
    expect(asked).toContain('🎂 张伟 生日');
    await setSetting(ctx, 'language', 'zh');
    const set = await (
      await send(app, 'GET', link.path, { headers: { 'accept-language': 'en-US' } })
    ).text();
    expect(set).toContain('X-WR-CALNAME:同行');
    await setSetting(ctx, 'language', 'auto');
  });

  it('a wrong, missing or mangled token is a plain 404, like any unknown address', async () => {
    const token = tokenOf(link);
    const unknown = await send(app, 'GET', '/nothing-here');
    const unknownBody = (await unknown.json()) as ErrorBody;
    for (const path of [
      '/calendar.ics',
      '/calendar.ics?token=',
      `/calendar.ics?token=${'A'.repeat(32)}`,
      `/calendar.ics?token=${token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase()}`,
      `/calendar.ics?token=${token.slice(0, -1)}`,
      `/calendar.ics?token=${token}x`,
      `/calendar.ics?tok=${token}`,
    ]) {
      const res = await send(app, 'GET', path);
      expect(res.status, path).toBe(404);
      expect(await res.json(), path).toEqual(unknownBody);
    }
  });

  it('a foreign Host is refused even with the right token (DNS rebinding)', async () => {
    for (const host of ['evil.example:4747', '192.168.1.5:4747', '127.0.0.1:8080']) {
      const res = await send(app, 'GET', link.path, { host });
      expect(res.status, host).toBe(403);
      expect(await errorCode(res)).toBe('ForbiddenHost');
    }
  });

  it('regenerating needs our own origin, and the old URL stops working at once', async () => {
    const cross = await send(app, 'POST', '/api/v1/calendar/regenerate', {
      headers: { origin: 'http://evil.example' },
    });
    expect(cross.status).toBe(403);
    expect((await send(app, 'GET', link.path)).status).toBe(200);

    const res = await send(app, 'POST', '/api/v1/calendar/regenerate', {
      headers: { origin: `http://${HOST}` },
    });
    expect(res.status).toBe(200);
    const fresh = (await res.json()) as Link;
    expect(tokenOf(fresh)).not.toBe(tokenOf(link));
    expect((await send(app, 'GET', link.path)).status).toBe(404);
    expect((await send(app, 'GET', fresh.path)).status).toBe(200);
    // The page shows the new one from now on.
    expect(await (await send(app, 'GET', '/api/v1/calendar')).json()).toEqual(fresh);
    link = fresh;
  });

  it('keeps the token out of settings and the JSON backup, and logs nothing', async () => {
    const token = tokenOf(link);
    const settings = await (await send(app, 'GET', '/api/v1/settings')).text();
    expect(settings).not.toContain(token);
    const backup = await (await send(app, 'GET', '/api/v1/export?format=json')).text();
    expect(backup).not.toContain(token);
    const stored = (await sql`SELECT token FROM calendar_tokens`.execute(ctx.db)).rows;
    expect(stored).toEqual([{ token }]);
    expect(logError).not.toHaveBeenCalled();
  });
});

describe('calendar feed on a server bound beyond loopback', () => {
  let ctx: TestContext;
  let app: App;
  let access: string;
  let feedPath: string;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = buildApp(ctx, true);
    access = (await ensureAccessToken(ctx))!;
    await makePerson(ctx, { name: '林小雨', birthday: '--12-01' });
    const res = await send(app, 'GET', '/api/v1/calendar', {
      host: LAN,
      headers: { authorization: `Bearer ${access}` },
    });
    expect(res.status).toBe(200);
    const link = (await res.json()) as Link;
    // Opened from the LAN address, the URL is one a phone can use.
    expect(link.url.startsWith(`http://${LAN}/calendar.ics?token=`)).toBe(true);
    feedPath = link.path;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('a phone on the LAN subscribes with the calendar token alone', async () => {
    const res = await send(app, 'GET', feedPath, { host: LAN });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('林小雨');
  });

  it('without the right calendar token: 404, not a hint about the access token', async () => {
    for (const path of [
      '/calendar.ics',
      `/calendar.ics?token=${'B'.repeat(32)}`,
      // The access token is not the calendar's, and is not turned into a cookie here.
      `/calendar.ics?token=${access}`,
    ]) {
      const res = await send(app, 'GET', path, { host: LAN });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('set-cookie')).toBeNull();
    }
  });

  it('the calendar token opens nothing else', async () => {
    const token = new URLSearchParams(feedPath.split('?')[1]).get('token')!;
    for (const [path, headers] of [
      ['/api/v1/people', { authorization: `Bearer ${token}` }],
      ['/api/v1/calendar', { cookie: `tongxing_token=${token}` }],
      [`/?token=${token}`, {}],
      [`/api/v1/people?token=${token}`, {}],
      [`/calendar.ics/?token=${token}`, {}],
      [`/CALENDAR.ICS?token=${token}`, {}],
      [`//calendar.ics?token=${token}`, {}],
      [`/calendar.ics/../api/v1/people?token=${token}`, {}],
    ] as const) {
      const res = await send(app, 'GET', path, { host: LAN, headers });
      expect(res.status, path).toBe(401);
      expect(await errorCode(res)).toBe('Unauthorized');
    }
    // Only reads are let through without the access token.
    const post = await send(app, 'POST', feedPath, {
      host: LAN,
      headers: { origin: `http://${LAN}` },
    });
    expect(post.status).toBe(401);
  });

  it('the URL and its regeneration are behind the access token', async () => {
    expect((await send(app, 'GET', '/api/v1/calendar', { host: LAN })).status).toBe(401);
    const res = await send(app, 'POST', '/api/v1/calendar/regenerate', { host: LAN });
    expect(res.status).toBe(401);
    expect((await send(app, 'GET', feedPath, { host: LAN })).status).toBe(200);
  });

  it('a foreign Host is still refused', async () => {
    const res = await send(app, 'GET', feedPath, { host: 'evil.example:4747' });
    expect(res.status).toBe(403);
    expect(await errorCode(res)).toBe('ForbiddenHost');
  });
});

describe('GET /api/v1/export', () => {
  let ctx: TestContext;
  let app: App;

  beforeAll(async () => {
    ctx = await createTestContext();
    app = buildApp(ctx, false);
    await makePerson(ctx, { name: '欧阳娜娜', birthday: '--02-29', tier: 'core' });
    const gone = await makePerson(ctx, { name: '已归档' });
    await archivePerson(ctx, gone.id);
  });
  afterAll(async () => {
    await ctx.close();
  });

  it.each([
    ['vcard', 'text/vcard; charset=utf-8', 'vcf', 'BEGIN:VCARD\r\n'],
    ['csv', 'text/csv; charset=utf-8', 'csv', 'ID,'],
    ['json', 'application/json; charset=utf-8', 'json', '{'],
    ['ics', 'text/calendar; charset=utf-8', 'ics', 'BEGIN:VCALENDAR\r\n'],
  ])('format=%s downloads %s as tongxing-DATE.%s', async (format, type, ext, start) => {
    const res = await send(app, 'GET', `/api/v1/export?format=${format}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="tongxing-2026-11-23.${ext}"`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await res.arrayBuffer());
    // Excel needs the byte-order mark to read UTF-8 CSV; text() would hide it.
    if (format === 'csv') expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const body = new TextDecoder().decode(bytes);
    expect(body.startsWith(start)).toBe(true);
    expect(body).toContain('欧阳娜娜');
  });

  it('leaves archived people out of vCard and CSV unless asked; the JSON backup has them', async () => {
    const text = (q: string) => send(app, 'GET', `/api/v1/export?${q}`).then((r) => r.text());
    expect(await text('format=vcard')).not.toContain('已归档');
    expect(await text('format=vcard&includeArchived=true')).toContain('已归档');
    expect(await text('format=csv')).not.toContain('已归档');
    expect(await text('format=json')).toContain('已归档');
    expect(await text('format=ics')).not.toContain('已归档');
  });

  it('words CSV headers and calendar text by `lang`, else Accept-Language', async () => {
    const csv = (q: string, headers: Record<string, string> = {}) =>
      send(app, 'GET', `/api/v1/export?format=csv${q}`, { headers }).then((r) => r.text());
    expect(await csv('&lang=zh')).toContain('姓名');
    expect(await csv('&lang=en')).toContain('Name');
    expect(await csv('', { 'accept-language': 'zh-CN' })).toContain('姓名');
    const ics = await (await send(app, 'GET', '/api/v1/export?format=ics&lang=en')).text();
    expect(ics).toContain("🎂 欧阳娜娜's birthday");
  });

  it('refuses an unknown or missing format with 400 ValidationFailed', async () => {
    for (const q of [
      'format=pdf',
      '',
      'format=vcard&lang=fr',
      'format=vcard&includeArchived=yes',
    ]) {
      const res = await send(app, 'GET', `/api/v1/export?${q}`);
      expect(res.status, q).toBe(400);
      expect(await errorCode(res)).toBe('ValidationFailed');
    }
  });
});
