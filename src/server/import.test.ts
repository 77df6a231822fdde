// The import route and contact photos, through the whole app (security guard included).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOST, ORIGIN, testApp, type App } from '../../test/helpers/api.js';
import { createTestContext, type TestContext } from '../../test/helpers/test-db.js';
import { makePerson } from '../../test/helpers/factories.js';
import type { ImportResult } from '../core/exchange/import.js';
import type { Person } from '../core/people/people.js';

let ctx: TestContext;
let app: App;

beforeEach(async () => {
  ctx = await createTestContext();
  app = testApp(ctx);
});
afterEach(async () => {
  await ctx.close();
});

function upload(files: [string, string | Buffer][], query = '', lang = 'en') {
  const form = new FormData();
  for (const [name, content] of files) form.append('files', new Blob([content]), name);
  return app.request(`${ORIGIN}/api/v1/import${query}`, {
    method: 'POST',
    headers: { host: HOST, origin: ORIGIN, 'accept-language': lang },
    body: form,
  });
}

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 9, 8, 7, 0xff, 0xd9]);
const CARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:王芳',
  'EMAIL:wf@example.com',
  `PHOTO;ENCODING=b;TYPE=JPEG:${JPEG.toString('base64')}`,
  'END:VCARD',
  '',
].join('\r\n');

describe('POST /api/v1/import', () => {
  it('plans with dryRun, then imports; files may be several', async () => {
    await makePerson(ctx, { name: '张伟', handles: ['phone:13800000000'] });
    const csv = '姓名,手机,公司\r\n张伟,+86 138 0000 0000,青柚\r\n李娜,13900000000,\r\n';
    const plan = await upload(
      [
        ['名片.csv', csv],
        ['phone.vcf', CARD],
      ],
      '?dryRun=true',
    );
    expect(plan.status).toBe(200);
    expect(await plan.json()).toMatchObject({ dryRun: true, created: 2, merged: 1, skipped: 0 });
    const people = () =>
      Promise.resolve(app.request(`${ORIGIN}/api/v1/people`, { headers: { host: HOST } })).then(
        (r) => r.json(),
      );
    expect(await people()).toHaveLength(1);
    const done = (await (
      await upload([
        ['名片.csv', csv],
        ['phone.vcf', CARD],
      ])
    ).json()) as ImportResult;
    expect(done).toMatchObject({ dryRun: false, created: 2, merged: 1 });
    expect(await people()).toHaveLength(3);
  });

  it('answers a malformed file with ImportMalformed naming the file and line, in the user’s language', async () => {
    const res = await upload([['bad.csv', '姓名,备注\r\n张伟,"没有结束\r\n']], '', 'zh-CN');
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; message: string; details: object };
    };
    expect(body.error).toMatchObject({
      code: 'ImportMalformed',
      details: { file: 'bad.csv', line: 2, problem: 'unbalanced_quote' },
    });
    expect(body.error.message).toContain('bad.csv 第 2 行');
  });

  it('refuses a request without files, and a write from another site', async () => {
    const form = new FormData();
    const empty = await app.request(`${ORIGIN}/api/v1/import`, {
      method: 'POST',
      headers: { host: HOST, origin: ORIGIN },
      body: form,
    });
    expect(empty.status).toBe(400);
    const foreign = await app.request(`${ORIGIN}/api/v1/import`, {
      method: 'POST',
      headers: { host: HOST, origin: 'https://evil.example' },
      body: form,
    });
    expect(foreign.status).toBe(403);
  });
});

describe('GET /api/v1/people/:id/photo', () => {
  it('serves an imported photo with its type, 404 without one', async () => {
    const r = (await (await upload([['phone.vcf', CARD]])).json()) as ImportResult;
    const id = r.records[0]!.personId!;
    const person = (await (
      await app.request(`${ORIGIN}/api/v1/people/${id}`, { headers: { host: HOST } })
    ).json()) as Person;
    expect(person.hasPhoto).toBe(true);
    const res = await app.request(`${ORIGIN}/api/v1/people/${id}/photo`, {
      headers: { host: HOST },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/jpeg');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await res.arrayBuffer()).equals(JPEG)).toBe(true);
    const other = await makePerson(ctx, { name: '无照片' });
    expect(other.hasPhoto).toBe(false);
    const none = await app.request(`${ORIGIN}/api/v1/people/${other.id}/photo`, {
      headers: { host: HOST },
    });
    expect(none.status).toBe(404);
    const unknown = await app.request(`${ORIGIN}/api/v1/people/9999/photo`, {
      headers: { host: HOST },
    });
    expect(unknown.status).toBe(404);
  });
});
