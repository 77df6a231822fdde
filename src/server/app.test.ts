import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../test/helpers/test-db.js';
import { makeInteraction, makePerson } from '../../test/helpers/factories.js';
import type { Agenda } from '../core/agenda/agenda.js';
import type { FieldIssue } from '../core/errors.js';
import type { Interaction } from '../core/interactions/interactions.js';
import type { Person } from '../core/people/people.js';
import type { PersonSummary } from '../core/people/people.repository.js';
import { createApp } from './app.js';

const HOST = '127.0.0.1:4747';
const BASE = `http://${HOST}`;

interface ErrorBody {
  error: {
    code: string;
    message: string;
    details: Record<string, unknown> & { issues?: FieldIssue[] };
  };
}

type App = ReturnType<typeof createApp>;

function buildApp(ctx: TestContext, logError: (e: unknown) => void = () => {}): App {
  return createApp({
    store: ctx.store,
    version: '0.1.0',
    allowedHosts: ['127.0.0.1:4747', 'localhost:4747', '[::1]:4747'],
    requireToken: false,
    now: () => ctx.now(),
    timeZone: ctx.timeZone,
    logError,
  });
}

let ctx: TestContext;
let app: App;

/**
 * One request through the app. A full URL does not set the Host header under app.request(), so
 * it is always given explicitly, as a browser would.
 */
function request(
  method: string,
  path: string,
  opts: { body?: unknown; raw?: string; headers?: Record<string, string>; app?: App } = {},
): Promise<Response> {
  const headers: Record<string, string> = { host: HOST, ...opts.headers };
  let body: string | undefined;
  if (opts.raw !== undefined) body = opts.raw;
  else if (opts.body !== undefined) body = JSON.stringify(opts.body);
  if (body !== undefined && !('content-type' in headers)) {
    headers['content-type'] = 'application/json';
  }
  return Promise.resolve((opts.app ?? app).request(`${BASE}${path}`, { method, headers, body }));
}

async function json<T>(res: Response): Promise<T> {
  return (await res.json()) as T;
}

/** Sends a request that must fail with this status and code; returns the error body. */
async function fails(
  status: number,
  code: string,
  method: string,
  path: string,
  opts: Parameters<typeof request>[2] = {},
): Promise<ErrorBody['error']> {
  const res = await request(method, path, opts);
  const body = await json<ErrorBody>(res);
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(res.headers.get('content-type')).toMatch(/application\/json/);
  expect(typeof body.error.message).toBe('string');
  expect(body.error.message.length).toBeGreaterThan(0);
  expect(body.error.details).toBeTypeOf('object');
  return body.error;
}

/** A 400 ValidationFailed naming exactly these fields (each once at least). */
async function invalid(
  fields: string[],
  method: string,
  path: string,
  opts: Parameters<typeof request>[2] = {},
): Promise<FieldIssue[]> {
  const err = await fails(400, 'ValidationFailed', method, path, opts);
  const issues = err.details.issues ?? [];
  expect(issues.length).toBeGreaterThan(0);
  for (const i of issues) {
    expect(typeof i.field).toBe('string');
    expect(typeof i.problem).toBe('string');
  }
  expect([...new Set(issues.map((i) => i.field))].sort()).toEqual([...fields].sort());
  return issues;
}

async function counts(c: TestContext = ctx) {
  const n = async (table: string) =>
    (await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(c.db)).rows[0]!
      .n;
  return {
    people: await n('people'),
    interactions: await n('interactions'),
    settings: await n('settings'),
  };
}

beforeAll(async () => {
  ctx = await createTestContext(); // 2026-11-23 10:00 in Shanghai
  app = buildApp(ctx);
});
afterAll(async () => {
  await ctx.close();
});

describe('requests and the Host header', () => {
  it('app.request() with a full URL sends no Host header, so it must be given', async () => {
    const res = await app.request(`${BASE}/api/v1/health`);
    expect(res.status).toBe(403);
    const ok = await request('GET', '/api/v1/health');
    expect(ok.status).toBe(200);
  });
});

describe('meta routes', () => {
  it('GET /health', async () => {
    const res = await request('GET', '/api/v1/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, version: '0.1.0' });
  });

  it('GET /vocabulary lists every vocabulary with zh and en labels', async () => {
    const res = await request('GET', '/api/v1/vocabulary');
    expect(res.status).toBe(200);
    const v = await json<Record<string, { value: string; zh: string; en: string }[]>>(res);
    for (const k of [
      'tiers',
      'stages',
      'kinds',
      'channels',
      'directions',
      'modes',
      'platforms',
      'introStages',
      'introOutcomes',
      'referralDirections',
      'referralStatuses',
      'gatheringStatuses',
    ]) {
      expect(v[k]!.length).toBeGreaterThan(0);
      for (const t of v[k]!) {
        expect(t).toEqual({
          value: expect.any(String) as string,
          zh: expect.any(String) as string,
          en: expect.any(String) as string,
        });
      }
    }
    expect(v.tiers!.map((t) => t.value)).toEqual(['core', 'important', 'general', 'unsorted']);
    expect(v.tiers![0]).toEqual({ value: 'core', zh: '核心', en: 'core' });
    expect(v.platforms!.map((t) => t.value)).toContain('wechat');
    expect(v.introStages!.map((t) => t.value)).toEqual([
      'idea',
      'asked-a',
      'asked-b',
      'introduced',
      'followed-up',
      'outcome',
    ]);
  });

  it('GET /backup downloads the database file', async () => {
    await makePerson(ctx, { name: '备份里的人' });
    const res = await request('GET', '/api/v1/backup');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.sqlite3');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="tongxing-2026-11-23\.db"$/,
    );
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
    expect(bytes.length).toBeGreaterThan(4096);
  });

  it('GET /api/openapi.json is OpenAPI 3.1 and lists every route of docs/api.md', async () => {
    const res = await request('GET', '/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json<{ openapi: string; info: { version: string }; paths: object }>(res);
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.version).toBe('0.1.0');
    const paths = doc.paths as Record<string, Record<string, unknown>>;
    const expected: Record<string, string[]> = {
      '/api/v1/health': ['get'],
      '/api/v1/today': ['get'],
      '/api/v1/people': ['get', 'post'],
      '/api/v1/people/{id}': ['get', 'patch'],
      '/api/v1/people/{id}/photo': ['get'],
      '/api/v1/people/{id}/archive': ['post'],
      '/api/v1/people/{id}/restore': ['post'],
      '/api/v1/people/{id}/snooze': ['post'],
      '/api/v1/people/bulk/tier': ['post'],
      '/api/v1/interactions': ['get', 'post'],
      '/api/v1/interactions/{id}': ['delete'],
      '/api/v1/settings': ['get'],
      '/api/v1/settings/{key}': ['put', 'delete'],
      '/api/v1/backup': ['get'],
      '/api/v1/calendar': ['get'],
      '/api/v1/calendar/regenerate': ['post'],
      '/api/v1/export': ['get'],
      '/api/v1/import': ['post'],
      '/api/v1/match': ['get'],
      '/api/v1/who': ['get'],
      '/api/v1/knows': ['post', 'delete'],
      '/api/v1/introductions': ['get', 'post'],
      '/api/v1/introductions/{id}': ['get', 'delete'],
      '/api/v1/introductions/{id}/advance': ['post'],
      '/api/v1/introductions/{id}/consent': ['post'],
      '/api/v1/referrals': ['get', 'post'],
      '/api/v1/referrals/{id}': ['delete'],
      '/api/v1/referrals/{id}/advance': ['post'],
      '/api/v1/referrals/{id}/thanks': ['post'],
      '/api/v1/people/{id}/reciprocity': ['get'],
      '/api/v1/reciprocity': ['get'],
      '/api/v1/gatherings': ['get', 'post'],
      '/api/v1/gatherings/suggestions': ['get'],
      '/api/v1/gatherings/{id}/held': ['post'],
      '/api/v1/gatherings/{id}/cancel': ['post'],
      '/api/v1/vocabulary': ['get'],
    };
    for (const [p, methods] of Object.entries(expected)) {
      expect(paths[p], p).toBeDefined();
      expect(Object.keys(paths[p]!).sort(), p).toEqual([...methods].sort());
    }
    expect(Object.keys(paths).sort()).toEqual(Object.keys(expected).sort());
  });
});

describe('people', () => {
  it('POST /people creates a person: 201 with the stored Person', async () => {
    const res = await request('POST', '/api/v1/people', {
      body: {
        name: ' 曾小贤 ',
        tier: 'important',
        stage: 'deepened',
        city: '上海',
        tags: ['播客', '主持'],
        handles: ['微信:zxx', { platform: 'email', value: 'z@example.cn' }],
        birthday: '--05-17',
        metOn: '2026-11-20',
        needs: ['找合伙人'],
      },
    });
    expect(res.status).toBe(201);
    const p = await json<Person>(res);
    expect(p).toMatchObject({
      id: expect.any(Number) as number,
      name: '曾小贤',
      pinyin: 'zeng xiao xian',
      initials: 'zxx',
      tier: 'important',
      stage: 'deepened',
      city: '上海',
      tags: expect.arrayContaining(['播客', '主持']) as string[],
      handles: [
        { platform: 'wechat', value: 'zxx' },
        { platform: 'email', value: 'z@example.cn' },
      ],
      birthday: '--05-17',
      metOn: '2026-11-20',
      needs: ['找合伙人'],
      archivedAt: null,
      addedOn: '2026-11-23',
    });
  });

  it('GET /people/:id answers the Person; PATCH changes only given fields and clears with null or ""', async () => {
    const p = await makePerson(ctx, {
      name: '胡一菲',
      city: '上海',
      company: '大学',
      tier: 'core',
    });
    const got = await request('GET', `/api/v1/people/${p.id}`);
    expect(got.status).toBe(200);
    expect(await json<Person>(got)).toEqual(p);

    const res = await request('PATCH', `/api/v1/people/${p.id}`, {
      body: { stage: 'maintained', city: null, company: '', note: '教授' },
    });
    expect(res.status).toBe(200);
    const after = await json<Person>(res);
    expect(after).toMatchObject({
      id: p.id,
      name: '胡一菲',
      tier: 'core',
      stage: 'maintained',
      city: null,
      company: null,
      note: '教授',
    });
    const again = await json<Person>(await request('GET', `/api/v1/people/${p.id}`));
    expect(again).toEqual(after);
  });

  it('archive sets archivedAt, restore clears it', async () => {
    const p = await makePerson(ctx, { name: '要归档的人' });
    const res = await request('POST', `/api/v1/people/${p.id}/archive`);
    expect(res.status).toBe(200);
    const archived = await json<Person>(res);
    expect(archived.id).toBe(p.id);
    expect(archived.archivedAt).toBe(ctx.now().toISOString());

    const restored = await request('POST', `/api/v1/people/${p.id}/restore`);
    expect(restored.status).toBe(200);
    expect((await json<Person>(restored)).archivedAt).toBeNull();
  });

  it('snooze sets snoozedUntil, null resumes', async () => {
    const p = await makePerson(ctx, { name: '要暂停的人', tier: 'core' });
    const res = await request('POST', `/api/v1/people/${p.id}/snooze`, {
      body: { until: '2026-12-31' },
    });
    expect(res.status).toBe(200);
    const snoozed = await json<Person>(res);
    expect(snoozed.snoozedUntil).toBe('2026-12-31');
    expect(snoozed.dueOn! >= '2026-12-31').toBe(true);

    const back = await request('POST', `/api/v1/people/${p.id}/snooze`, { body: { until: null } });
    expect(back.status).toBe(200);
    expect((await json<Person>(back)).snoozedUntil).toBeNull();
  });

  it('bulk tier moves many people and says how many', async () => {
    const a = await makePerson(ctx, { name: '批量甲' });
    const b = await makePerson(ctx, { name: '批量乙' });
    const res = await request('POST', '/api/v1/people/bulk/tier', {
      body: { ids: [a.id, b.id], tier: 'general' },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ updated: 2 });
    for (const p of [a, b]) {
      expect((await json<Person>(await request('GET', `/api/v1/people/${p.id}`))).tier).toBe(
        'general',
      );
    }
  });
});

describe('GET /people: filters and search', () => {
  let fx: Record<string, Person>;
  let other: TestContext;
  let otherApp: App;
  const names = async (path: string) => {
    const res = await request('GET', path, { app: otherApp });
    expect(res.status).toBe(200);
    return (await json<PersonSummary[]>(res)).map((p) => p.name);
  };

  beforeAll(async () => {
    other = await createTestContext();
    otherApp = buildApp(other);
    fx = {
      zxx: await makePerson(other, { name: '曾小贤', tier: 'core', tags: ['播客'] }),
      hyf: await makePerson(other, { name: '胡一菲', tier: 'important', stage: 'deepened' }),
      lz: await makePerson(other, {
        name: '吕子乔',
        tier: 'core',
        stage: 'dormant',
        tags: ['播客'],
      }),
      old: await makePerson(other, { name: '陈美嘉', tier: 'general' }),
    };
    await makePerson(other, { name: 'Anna Li', tier: 'unsorted' });
    await request('POST', `/api/v1/people/${fx.old!.id}/archive`, { app: otherApp });
  });
  afterAll(async () => {
    await other.close();
  });

  it('lists live people by name as PersonSummary[]', async () => {
    const res = await request('GET', '/api/v1/people', { app: otherApp });
    expect(res.status).toBe(200);
    const rows = await json<PersonSummary[]>(res);
    expect(rows).toHaveLength(4);
    expect(rows.map((r) => r.name)).not.toContain('陈美嘉');
    for (const r of rows) {
      expect(Object.keys(r).sort()).toEqual(
        [
          'archivedAt',
          'city',
          'company',
          'dueOn',
          'id',
          'lastInteractionOn',
          'name',
          'nameLatin',
          'stage',
          'tags',
          'tier',
        ].sort(),
      );
    }
  });

  it('filters by tier, stage and tag', async () => {
    expect((await names('/api/v1/people?tier=core')).sort()).toEqual(['吕子乔', '曾小贤'].sort());
    expect(await names('/api/v1/people?stage=deepened')).toEqual(['胡一菲']);
    expect((await names(`/api/v1/people?tag=${encodeURIComponent('播客')}`)).sort()).toEqual(
      ['吕子乔', '曾小贤'].sort(),
    );
    expect(await names('/api/v1/people?tier=core&stage=dormant')).toEqual(['吕子乔']);
    // The Chinese label of a tier is understood too.
    expect(await names(`/api/v1/people?tier=${encodeURIComponent('重要')}`)).toEqual(['胡一菲']);
  });

  it('searches by name, full pinyin and initials', async () => {
    expect((await names(`/api/v1/people?search=${encodeURIComponent('小贤')}`))[0]).toBe('曾小贤');
    expect((await names('/api/v1/people?search=zengxiaoxian'))[0]).toBe('曾小贤');
    expect((await names('/api/v1/people?search=zxx'))[0]).toBe('曾小贤');
    expect((await names('/api/v1/people?search=hyf'))[0]).toBe('胡一菲');
    expect(await names('/api/v1/people?search=qqqqqq')).toEqual([]);
  });

  it('archived=only, archived=include, and limit', async () => {
    const only = await request('GET', '/api/v1/people?archived=only', { app: otherApp });
    const rows = await json<PersonSummary[]>(only);
    expect(rows.map((r) => r.name)).toEqual(['陈美嘉']);
    expect(rows[0]!.archivedAt).toEqual(expect.any(String));
    expect(await names('/api/v1/people?archived=include')).toHaveLength(5);
    expect(await names('/api/v1/people?archived=exclude')).toHaveLength(4);
    expect(await names('/api/v1/people?limit=2')).toHaveLength(2);
    // A search finds archived people only when asked.
    expect(await names('/api/v1/people?search=cmj')).toEqual([]);
    expect(await names('/api/v1/people?search=cmj&archived=include')).toEqual(['陈美嘉']);
  });
});

describe('interactions', () => {
  it('POST logs (201), GET lists newest first and by person, DELETE returns the interaction', async () => {
    const a = await makePerson(ctx, { name: '互动甲', tier: 'core' });
    const b = await makePerson(ctx, { name: '互动乙', tier: 'core' });
    const first = await request('POST', '/api/v1/interactions', {
      body: { people: [a.id, '互动乙'], kind: 'catch-up', channel: 'coffee', date: '2026-11-20' },
    });
    expect(first.status).toBe(201);
    const i1 = await json<Interaction>(first);
    expect(i1).toMatchObject({
      id: expect.any(Number) as number,
      occurredOn: '2026-11-20',
      kind: 'catch-up',
      channel: 'coffee',
      mode: 'offline',
      direction: 'mutual',
      note: null,
      people: expect.arrayContaining([
        { id: a.id, name: '互动甲' },
        { id: b.id, name: '互动乙' },
      ]) as unknown[],
    });
    const second = await request('POST', '/api/v1/interactions', {
      body: { people: [a.id], kind: '帮忙', channel: '微信', direction: 'gave', note: '改简历' },
    });
    expect(second.status).toBe(201);
    const i2 = await json<Interaction>(second);
    expect(i2).toMatchObject({
      kind: 'help',
      channel: 'wechat',
      direction: 'gave',
      note: '改简历',
    });
    expect(i2.occurredOn).toBe('2026-11-23');

    const person = await json<Person>(await request('GET', `/api/v1/people/${a.id}`));
    expect(person.lastInteractionOn).toBe('2026-11-23');

    const list = await request('GET', `/api/v1/interactions?person=${a.id}`);
    expect(list.status).toBe(200);
    expect((await json<Interaction[]>(list)).map((i) => i.id)).toEqual([i2.id, i1.id]);
    const ofB = await json<Interaction[]>(
      await request('GET', `/api/v1/interactions?person=${b.id}`),
    );
    expect(ofB.map((i) => i.id)).toEqual([i1.id]);
    const limited = await json<Interaction[]>(await request('GET', '/api/v1/interactions?limit=1'));
    expect(limited).toHaveLength(1);

    const del = await request('DELETE', `/api/v1/interactions/${i2.id}`);
    expect(del.status).toBe(200);
    expect(await json<Interaction>(del)).toEqual(i2);
    const afterDel = await json<Interaction[]>(
      await request('GET', `/api/v1/interactions?person=${a.id}`),
    );
    expect(afterDel.map((i) => i.id)).toEqual([i1.id]);
    // The clock rewinds to the remaining interaction.
    const rewound = await json<Person>(await request('GET', `/api/v1/people/${a.id}`));
    expect(rewound.lastInteractionOn).toBe('2026-11-20');
  });
});

describe('GET /today', () => {
  let t: TestContext;
  let tApp: App;
  beforeAll(async () => {
    t = await createTestContext();
    tApp = buildApp(t);
  });
  afterAll(async () => {
    await t.close();
  });
  const get = (headers: Record<string, string> = {}, q = '') =>
    request('GET', `/api/v1/today${q}`, { app: tApp, headers });

  it('answers the Agenda with due, followUps, moments and warnings arrays', async () => {
    await request('PUT', '/api/v1/settings/capacity.core', { app: tApp, body: { value: 1 } });
    await makePerson(t, { name: '逾期的人', tier: 'core', metOn: '2026-11-01' });
    await makePerson(t, { name: '昨晚认识', metOn: '2026-11-22T20:00', metPlace: '展会' });
    await makePerson(t, { name: '快生日了', birthday: '--11-25' });
    await makePerson(t, { name: '第二个核心', tier: 'core' });
    const res = await get();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(res.headers.get('etag')).toMatch(/^".+"$/);
    const a = await json<Agenda>(res);
    expect(a).toMatchObject({ date: '2026-11-23', timeZone: 'Asia/Shanghai' });
    expect(a.at).toBe(t.now().toISOString());
    for (const k of ['due', 'followUps', 'moments', 'warnings'] as const) {
      expect(Array.isArray(a[k])).toBe(true);
    }
    expect(a.due.map((d) => d.name)).toContain('逾期的人');
    expect(a.followUps.find((f) => f.name === '昨晚认识')).toMatchObject({
      metOn: '2026-11-22',
      metPlace: '展会',
      overdue: false,
    });
    expect(a.moments).toMatchObject([{ name: '快生日了', kind: 'birthday', daysUntil: 2 }]);
    expect(a.warnings).toEqual([{ code: 'CapacityExceeded', tier: 'core', count: 2, limit: 1 }]);
    expect(a.counts).toMatchObject({ core: 2, total: 4 });
  });

  it('answers for another date with ?date=', async () => {
    const res = await get({}, '?date=2026-11-25');
    expect(res.status).toBe(200);
    expect((await json<Agenda>(res)).date).toBe('2026-11-25');
  });

  it('a write changes the answer: the cache follows the database', async () => {
    const p = await makePerson(t, { name: '等着联系', tier: 'core', metOn: '2026-10-01' });
    const before = await json<Agenda>(await get());
    expect(before.due.map((d) => d.personId)).toContain(p.id);

    const log = await request('POST', '/api/v1/interactions', {
      app: tApp,
      body: { people: [p.id], kind: 'check-in', channel: 'wechat' },
    });
    expect(log.status).toBe(201);
    const interaction = await json<Interaction>(log);
    const after = await json<Agenda>(await get());
    expect(after.due.map((d) => d.personId)).not.toContain(p.id);

    // Undoing the log puts them back.
    await request('DELETE', `/api/v1/interactions/${interaction.id}`, { app: tApp });
    const undone = await json<Agenda>(await get());
    expect(undone.due.map((d) => d.personId)).toContain(p.id);
  });

  it('ETag: If-None-Match gives 304 while nothing changed, 200 after a write', async () => {
    const first = await get();
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toBeTruthy();

    const same = await get({ 'if-none-match': etag });
    expect(same.status).toBe(304);
    expect(await same.text()).toBe('');
    expect(same.headers.get('x-content-type-options')).toBe('nosniff');

    const p = await makePerson(t, { name: '新朋友', tier: 'core', metOn: '2026-10-01' });
    const changed = await get({ 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect((await json<Agenda>(changed)).due.map((d) => d.personId)).toContain(p.id);

    // A settings write moves it too.
    const etag2 = (await get()).headers.get('etag')!;
    await request('PUT', '/api/v1/settings/cadence.core', { app: tApp, body: { value: 14 } });
    expect((await get({ 'if-none-match': etag2 })).status).toBe(200);
  });

  it('a new minute gives a new ETag (follow-up hours stay current)', async () => {
    const etag = (await get()).headers.get('etag')!;
    const was = t.now().toISOString();
    t.setNow(new Date(t.now().getTime() + 60_000).toISOString());
    try {
      const res = await get({ 'if-none-match': etag });
      expect(res.status).toBe(200);
      expect((await json<Agenda>(res)).at).toBe(t.now().toISOString());
    } finally {
      t.setNow(was);
    }
  });
});

describe('settings', () => {
  it('GET, PUT and DELETE answer the flat Settings', async () => {
    const res = await request('GET', '/api/v1/settings');
    expect(res.status).toBe(200);
    const s = await json<Record<string, unknown>>(res);
    expect(s).toMatchObject({ 'cadence.core': 7, 'cadence.important': 30, language: 'auto' });

    const put = await request('PUT', '/api/v1/settings/cadence.core', { body: { value: 10 } });
    expect(put.status).toBe(200);
    expect((await json<Record<string, unknown>>(put))['cadence.core']).toBe(10);
    const off = await request('PUT', '/api/v1/settings/cadence.general', {
      body: { value: 'none' },
    });
    expect((await json<Record<string, unknown>>(off))['cadence.general']).toBeNull();
    const lang = await request('PUT', '/api/v1/settings/language', { body: { value: 'zh' } });
    expect((await json<Record<string, unknown>>(lang)).language).toBe('zh');
    expect(
      (await json<Record<string, unknown>>(await request('GET', '/api/v1/settings')))[
        'cadence.core'
      ],
    ).toBe(10);

    for (const key of ['cadence.core', 'cadence.general', 'language']) {
      const del = await request('DELETE', `/api/v1/settings/${key}`);
      expect(del.status).toBe(200);
    }
    expect(await json<Record<string, unknown>>(await request('GET', '/api/v1/settings'))).toEqual(
      s,
    );
  });

  it('a cadence change re-plans due dates', async () => {
    const p = await makePerson(ctx, { name: '频率测试', tier: 'core', metOn: '2026-11-20' });
    expect(p.dueOn).toBe('2026-11-27');
    await request('PUT', '/api/v1/settings/cadence.core', { body: { value: 3 } });
    expect((await json<Person>(await request('GET', `/api/v1/people/${p.id}`))).dueOn).toBe(
      '2026-11-23',
    );
    await request('DELETE', '/api/v1/settings/cadence.core');
    expect((await json<Person>(await request('GET', `/api/v1/people/${p.id}`))).dueOn).toBe(
      '2026-11-27',
    );
  });
});

describe('validation errors: 400 naming each bad field, nothing written', () => {
  let person: Person;
  let before: Awaited<ReturnType<typeof counts>>;
  let snapshot: Person;
  beforeAll(async () => {
    person = await makePerson(ctx, { name: '被校验的人', tier: 'general', city: '北京' });
    await makeInteraction(ctx, [person], { date: '2026-11-01' });
    snapshot = await json<Person>(await request('GET', `/api/v1/people/${person.id}`));
    before = await counts();
  });

  const create = (body: unknown, fields: string[]) =>
    invalid(fields, 'POST', '/api/v1/people', { body });
  const patch = (body: unknown, fields: string[]) =>
    invalid(fields, 'PATCH', `/api/v1/people/${person.id}`, { body });

  it('create: bad tier, bad stage, empty or missing name', async () => {
    const [tier] = await create({ name: '甲', tier: 'boss' }, ['tier']);
    expect(tier).toMatchObject({
      field: 'tier',
      problem: 'invalid_value',
      value: 'boss',
      allowed: ['core', 'important', 'general', 'unsorted'],
    });
    const [stage] = await create({ name: '甲', stage: 'friends' }, ['stage']);
    expect(stage).toMatchObject({ field: 'stage', problem: 'invalid_value', value: 'friends' });
    expect(await create({ name: '' }, ['name'])).toEqual([{ field: 'name', problem: 'required' }]);
    expect(await create({ name: '   ' }, ['name'])).toEqual([
      { field: 'name', problem: 'required' },
    ]);
    expect((await create({ city: '上海' }, ['name']))[0]).toMatchObject({
      field: 'name',
      problem: 'required',
    });
  });

  it('create: impossible dates for birthday, metOn and snoozedUntil', async () => {
    for (const field of ['birthday', 'metOn', 'snoozedUntil']) {
      const [i] = await create({ name: '甲', [field]: '2025-02-30' }, [field]);
      expect(i).toMatchObject({ field, problem: 'invalid_date', value: '2025-02-30' });
    }
  });

  it('create: a handle without a platform, an unknown platform', async () => {
    const [a] = await create({ name: '甲', handles: ['zhangwei'] }, ['handles']);
    expect(a).toMatchObject({ field: 'handles', problem: 'handle_without_platform' });
    const [b] = await create({ name: '甲', handles: ['myspace:zw'] }, ['handles']);
    expect(b).toMatchObject({ field: 'handles', problem: 'unknown_platform' });
    expect(String(b!.value)).toContain('myspace');
    const [c] = await create({ name: '甲', handles: [{ platform: 'myspace', value: 'zw' }] }, [
      'handles',
    ]);
    expect(c).toMatchObject({ problem: 'unknown_platform' });
  });

  it('create: every bad field is named in one answer', async () => {
    const issues = await create(
      {
        name: '',
        tier: 'boss',
        stage: 'x',
        birthday: '2025-02-30',
        metOn: '2025-02-30',
        snoozedUntil: '2025-13-01',
        handles: ['nope'],
        cadenceDays: 0,
      },
      ['name', 'tier', 'stage', 'birthday', 'metOn', 'snoozedUntil', 'handles', 'cadenceDays'],
    );
    expect(issues).toHaveLength(8);
  });

  it('patch: bad tier and stage, empty name, impossible dates', async () => {
    await patch({ tier: 'boss' }, ['tier']);
    await patch({ stage: 'x' }, ['stage']);
    expect(await patch({ name: '' }, ['name'])).toEqual([{ field: 'name', problem: 'required' }]);
    await patch({ birthday: '2025-02-30', metOn: '2025-02-30', snoozedUntil: '2025-02-30' }, [
      'birthday',
      'metOn',
      'snoozedUntil',
    ]);
    await patch({ handles: ['zhangwei', 'myspace:x'] }, ['handles']);
    // One bad field spoils the whole patch: the good one is not applied either.
    await patch({ city: '深圳', tier: 'boss' }, ['tier']);
  });

  it('snooze: an impossible date, a missing until', async () => {
    const [i] = await invalid(['until'], 'POST', `/api/v1/people/${person.id}/snooze`, {
      body: { until: '2025-02-30' },
    });
    expect(i).toMatchObject({ field: 'until', problem: 'invalid_date', value: '2025-02-30' });
    await invalid(['until'], 'POST', `/api/v1/people/${person.id}/snooze`, { body: {} });
  });

  it('bulk tier: empty ids, a bad tier', async () => {
    await invalid(['ids'], 'POST', '/api/v1/people/bulk/tier', { body: { ids: [], tier: 'core' } });
    const [t] = await invalid(['tier'], 'POST', '/api/v1/people/bulk/tier', {
      body: { ids: [person.id], tier: 'boss' },
    });
    expect(t).toMatchObject({ field: 'tier', problem: 'invalid_value', value: 'boss' });
    await invalid(['ids', 'tier'], 'POST', '/api/v1/people/bulk/tier', {
      body: { ids: ['x'], tier: 'boss' },
    });
  });

  it('log interaction: unknown kind, channel, direction; empty people; impossible date', async () => {
    const log = (body: Record<string, unknown>, fields: string[]) =>
      invalid(fields, 'POST', '/api/v1/interactions', {
        body: { people: [person.id], kind: 'help', channel: 'wechat', ...body },
      });
    const [k] = await log({ kind: 'dance' }, ['kind']);
    expect(k).toMatchObject({ field: 'kind', problem: 'invalid_value', value: 'dance' });
    const [c] = await log({ channel: 'pigeon' }, ['channel']);
    expect(c).toMatchObject({ field: 'channel', problem: 'invalid_value', value: 'pigeon' });
    const [d] = await log({ direction: 'sideways' }, ['direction']);
    expect(d).toMatchObject({ field: 'direction', problem: 'invalid_value', value: 'sideways' });
    await log({ people: [] }, ['people']);
    const [dt] = await log({ date: '2025-02-30' }, ['date']);
    expect(dt).toMatchObject({ field: 'date', problem: 'invalid_date', value: '2025-02-30' });
    await log({ kind: 'dance', channel: 'pigeon', direction: 'x', people: [] }, [
      'kind',
      'channel',
      'direction',
      'people',
    ]);
    await invalid(['kind', 'channel'], 'POST', '/api/v1/interactions', {
      body: { people: [person.id] },
    });
  });

  it('log interaction with an unknown person: 404 and no interaction written', async () => {
    const e = await fails(404, 'PersonNotFound', 'POST', '/api/v1/interactions', {
      body: { people: [person.id, 999_999], kind: 'help', channel: 'wechat' },
    });
    expect(e.details).toMatchObject({ query: '999999' });
  });

  it('query strings: bad tier, limit not a number, bad archived, bad date, bad id', async () => {
    const [t] = await invalid(['tier'], 'GET', '/api/v1/people?tier=boss');
    expect(t).toMatchObject({ problem: 'invalid_value', value: 'boss' });
    await invalid(['stage'], 'GET', '/api/v1/people?stage=x');
    const [l] = await invalid(['limit'], 'GET', '/api/v1/people?limit=abc');
    expect(l).toMatchObject({ field: 'limit', value: 'abc' });
    await invalid(['limit'], 'GET', '/api/v1/people?limit=-1');
    await invalid(['archived'], 'GET', '/api/v1/people?archived=maybe');
    await invalid(['limit'], 'GET', '/api/v1/interactions?limit=abc');
    await invalid(['person'], 'GET', '/api/v1/interactions?person=abc');
    await invalid(['date'], 'GET', '/api/v1/today?date=2025-02-30');
    await invalid(['id'], 'GET', '/api/v1/people/abc');
    await invalid(['id'], 'DELETE', '/api/v1/interactions/abc');
  });

  it('settings: a bad value is ValidationFailed, an unknown key is UnknownSetting', async () => {
    const [i] = await invalid(['cadence.core'], 'PUT', '/api/v1/settings/cadence.core', {
      body: { value: 'often' },
    });
    expect(i).toMatchObject({ field: 'cadence.core', value: 'often' });
    await invalid(['capacity.core'], 'PUT', '/api/v1/settings/capacity.core', {
      body: { value: 0 },
    });
    await invalid(['language'], 'PUT', '/api/v1/settings/language', { body: { value: 'fr' } });
    await invalid(['timeZone'], 'PUT', '/api/v1/settings/timeZone', {
      body: { value: 'Mars/Olympus' },
    });
    const u = await fails(400, 'UnknownSetting', 'PUT', '/api/v1/settings/nope', {
      body: { value: 1 },
    });
    expect(u.details).toMatchObject({ key: 'nope' });
    expect(u.details.allowed).toContain('cadence.core');
    await fails(400, 'UnknownSetting', 'DELETE', '/api/v1/settings/nope');
  });

  it('a malformed JSON body is a 400', async () => {
    for (const [method, path] of [
      ['POST', '/api/v1/people'],
      ['PATCH', `/api/v1/people/${person.id}`],
      ['POST', '/api/v1/interactions'],
      ['POST', '/api/v1/people/bulk/tier'],
      ['PUT', '/api/v1/settings/cadence.core'],
    ] as const) {
      const res = await request(method, path, { raw: '{"name": "甲",' });
      expect(res.status, `${method} ${path}`).toBe(400);
      const body = await json<ErrorBody>(res);
      expect(body.error.code).not.toBe('Internal');
      expect(body.error.message).toMatch(/JSON/);
    }
  });

  it('a body that is not an object is a 400 ValidationFailed', async () => {
    await invalid(['input'], 'POST', '/api/v1/people', { body: ['曾小贤'] });
    await invalid(['input'], 'POST', '/api/v1/people', { raw: 'null' });
  });

  it('a JSON body sent without a Content-Type is refused as a client error, not a 500', async () => {
    const logError = vi.fn();
    const own = buildApp(ctx, logError);
    const res = await own.request(`${BASE}/api/v1/people`, {
      method: 'POST',
      headers: { host: HOST },
      body: JSON.stringify({ name: '无类型' }),
    });
    expect(res.status).toBe(415);
    const body = await json<ErrorBody>(res);
    expect(body.error.code).toBe('BadRequest');
    expect(body.error.message).toMatch(/JSON/);
    expect(logError).not.toHaveBeenCalled();
  });

  it('unknown ids: 404 PersonNotFound, 404 InteractionNotFound', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/v1/people/999999', undefined],
      ['PATCH', '/api/v1/people/999999', { city: '上海' }],
      ['POST', '/api/v1/people/999999/archive', undefined],
      ['POST', '/api/v1/people/999999/restore', undefined],
      ['POST', '/api/v1/people/999999/snooze', { until: '2026-12-01' }],
    ] as const) {
      const e = await fails(404, 'PersonNotFound', method, path, { body });
      expect(e.message).toContain('999999');
    }
    const e = await fails(404, 'InteractionNotFound', 'DELETE', '/api/v1/interactions/999999');
    expect(e.details).toMatchObject({ id: 999999 });
    expect(e.message).toContain('999999');
  });

  it('unknown routes: 404 NotFound in the same shape', async () => {
    await fails(404, 'NotFound', 'GET', '/api/v1/nope');
    await fails(404, 'NotFound', 'POST', '/api/v1/nope', { body: { a: 1 } });
    await fails(404, 'NotFound', 'GET', '/api/nope');
    await fails(404, 'NotFound', 'GET', '/elsewhere');
    // A known path with another method is not a route either.
    const res = await request('DELETE', '/api/v1/people');
    expect(res.status).toBe(404);
    expect((await json<ErrorBody>(res)).error.code).toBe('NotFound');
  });

  it('messages follow Accept-Language: zh-CN in Chinese, en in English', async () => {
    const zh = { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' };
    const en = { 'accept-language': 'en-US,en;q=0.9' };
    const tierZh = await fails(400, 'ValidationFailed', 'POST', '/api/v1/people', {
      body: { name: '甲', tier: 'boss' },
      headers: zh,
    });
    expect(tierZh.message).toContain('无效');
    const tierEn = await fails(400, 'ValidationFailed', 'POST', '/api/v1/people', {
      body: { name: '甲', tier: 'boss' },
      headers: en,
    });
    expect(tierEn.message).toContain('invalid');
    expect(tierEn.message).not.toMatch(/[\u4e00-\u9fff]{2}/u);

    const nameZh = await fails(400, 'ValidationFailed', 'POST', '/api/v1/people', {
      body: { name: '' },
      headers: zh,
    });
    expect(nameZh.message).toContain('不能为空');
    const nameEn = await fails(400, 'ValidationFailed', 'POST', '/api/v1/people', {
      body: { name: '' },
      headers: en,
    });
    expect(nameEn.message).toBe('name is required');

    // Several bad fields: one line each.
    const many = await fails(400, 'ValidationFailed', 'POST', '/api/v1/people', {
      body: { name: '', tier: 'boss' },
      headers: zh,
    });
    expect(many.message.split('\n')).toHaveLength(2);

    expect((await fails(404, 'NotFound', 'GET', '/api/v1/nope', { headers: zh })).message).toBe(
      '没有这个地址。',
    );
    expect((await fails(404, 'NotFound', 'GET', '/api/v1/nope', { headers: en })).message).toBe(
      'There is nothing at this address.',
    );
    expect(
      (await fails(404, 'PersonNotFound', 'GET', '/api/v1/people/999999', { headers: zh })).message,
    ).toContain('找不到');
    expect(
      (
        await fails(404, 'InteractionNotFound', 'DELETE', '/api/v1/interactions/999999', {
          headers: zh,
        })
      ).message,
    ).toContain('找不到');
    // Without Accept-Language: English.
    expect((await fails(404, 'NotFound', 'GET', '/api/v1/nope')).message).toBe(
      'There is nothing at this address.',
    );
  });

  // Runs last in this block: not one of the failures above wrote anything.
  it('the failing requests above changed nothing in the database', async () => {
    expect(await counts()).toEqual(before);
    expect(await json<Person>(await request('GET', `/api/v1/people/${person.id}`))).toEqual(
      snapshot,
    );
  });
});

describe('internal errors', () => {
  it('a failure inside a route is a generic 500, logged exactly once, no stack in the body', async () => {
    const broken = await createTestContext();
    const logError = vi.fn();
    const brokenApp = buildApp(broken, logError);
    try {
      broken.store.sqlite.close();
      for (const [lang, message] of [
        ['en', 'Something went wrong on the server; no data was changed.'],
        ['zh-CN', '服务器出了点意外，数据没有改动。'],
      ] as const) {
        logError.mockClear();
        const res = await request('GET', '/api/v1/people', {
          app: brokenApp,
          headers: { 'accept-language': lang },
        });
        expect(res.status).toBe(500);
        const text = await res.text();
        expect(JSON.parse(text)).toEqual({ error: { code: 'Internal', message, details: {} } });
        expect(text).not.toMatch(/stack|TypeError|database connection|\.ts:|node_modules/);
        expect(logError).toHaveBeenCalledTimes(1);
        expect(logError.mock.calls[0]![0]).toBeInstanceOf(Error);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      }

      logError.mockClear();
      const post = await request('POST', '/api/v1/people', {
        app: brokenApp,
        body: { name: '写不进去' },
      });
      expect(post.status).toBe(500);
      expect((await json<ErrorBody>(post)).error.code).toBe('Internal');
      expect(logError).toHaveBeenCalledTimes(1);
    } finally {
      await broken.close();
    }
  });

  it('client errors are not logged as internal errors', async () => {
    const logError = vi.fn();
    const own = buildApp(ctx, logError);
    for (const [method, path, body] of [
      ['POST', '/api/v1/people', { name: '' }],
      ['GET', '/api/v1/people/999999', undefined],
      ['GET', '/api/v1/nope', undefined],
      ['PUT', '/api/v1/settings/nope', { value: 1 }],
    ] as const) {
      const res = await request(method, path, { app: own, body });
      expect(res.status).toBeLessThan(500);
    }
    const bad = await request('POST', '/api/v1/people', { app: own, raw: '{' });
    expect(bad.status).toBe(400);
    expect(logError).not.toHaveBeenCalled();
  });
});
