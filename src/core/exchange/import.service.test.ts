import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { expectAppError } from '../../../test/helpers/errors.js';
import { makePerson } from '../../../test/helpers/factories.js';
import { getPerson, listAllPeople, searchPeople } from '../people/people.service.js';
import { findPhoto } from '../people/photos.repository.js';
import { exportBackup } from './backup.service.js';
import { exportPeople } from './export.service.js';
import { importFiles } from './import.service.js';
import type { ImportOptions } from './import.js';

const utf8 = (s: string) => new TextEncoder().encode(s);
const csv = (rows: string[]) => utf8(rows.join('\r\n') + '\r\n');

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

function run(files: [string, Uint8Array][], opts: ImportOptions = {}) {
  return importFiles(
    ctx,
    files.map(([file, bytes]) => ({ file, bytes })),
    opts,
  );
}

async function count(table: 'people' | 'person_handles' | 'person_tags' | 'people_search') {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(ctx.db);
  return r.rows[0]!.n;
}

const CARDS = csv([
  '姓名,英文名,手机,邮箱,公司,职位,城市,标签,生日,备注',
  '张伟,David,138 0013 8000,zw@example.com,青柚设计,设计总监,上海,插画;品牌,1990-05-20,喜欢咖啡',
  '欧阳娜娜,,+86 139-0000-1111,,,插画师,杭州,插画,--02-29,',
  'Emily Chen,,,emily@studio.io,Studio North,Producer,Berlin,client,,"multi-line',
  'note, with comma"',
]);

describe('importing contacts', () => {
  it('creates people with every mapped field, searchable by pinyin', async () => {
    const r = await run([['名片.csv', CARDS]]);
    expect(r).toMatchObject({ created: 3, merged: 0, skipped: 0, dryRun: false, errors: [] });
    expect(r.files).toEqual([{ file: '名片.csv', format: 'csv', encoding: 'utf-8', records: 3 }]);
    const people = await listAllPeople(ctx.db);
    const zw = people.find((p) => p.name === '张伟')!;
    expect(zw).toMatchObject({
      nameLatin: 'David',
      company: '青柚设计',
      title: '设计总监',
      city: '上海',
      birthday: '1990-05-20',
      note: '喜欢咖啡',
      tier: 'unsorted',
      stage: 'connected',
      addedOn: '2026-11-23',
    });
    expect(zw.tags.sort()).toEqual(['品牌', '插画']);
    expect(zw.handles).toEqual(
      expect.arrayContaining([
        { platform: 'email', value: 'zw@example.com' },
        { platform: 'phone', value: '138 0013 8000' },
      ]),
    );
    expect(people.find((p) => p.name === '欧阳娜娜')!.birthday).toBe('--02-29');
    expect(people.find((p) => p.name === 'Emily Chen')!.note).toBe('multi-line\nnote, with comma');
    expect((await searchPeople(ctx, 'oyn')).map((p) => p.name)).toEqual(['欧阳娜娜']);
    expect((await searchPeople(ctx, 'zhangwei')).map((p) => p.name)).toEqual(['张伟']);
    expect(r.records.map((x) => [x.line, x.action, x.personId !== undefined])).toEqual([
      [2, 'create', true],
      [3, 'create', true],
      [4, 'create', true],
    ]);
  });

  it('merges a record into the person with the same e-mail: fills blanks, unites tags, keeps what differs', async () => {
    const p = await makePerson(ctx, {
      name: '张伟',
      city: '北京',
      tags: ['老同事'],
      handles: ['email:ZW@example.com'],
    });
    const r = await run([['名片.csv', CARDS]]);
    expect(r).toMatchObject({ created: 2, merged: 1, skipped: 0 });
    const rec = r.records.find((x) => x.name === '张伟')!;
    expect(rec).toMatchObject({
      action: 'merge',
      personId: p.id,
      matchedBy: 'email',
      matchedName: '张伟',
      kept: ['city'],
    });
    expect(rec.changed).toEqual(expect.arrayContaining(['company', 'tags', 'handles', 'note']));
    const after = await getPerson(ctx.db, p.id);
    expect(after.city).toBe('北京');
    expect(after.company).toBe('青柚设计');
    expect(after.tags.sort()).toEqual(['品牌', '插画', '老同事']);
    expect(after.handles).toHaveLength(2);
    expect(await count('people')).toBe(3);
  });

  it('replaces differing values only with overwrite', async () => {
    const p = await makePerson(ctx, {
      name: '张伟',
      city: '北京',
      handles: ['phone:+86 13800138000'],
    });
    const r = await run([['名片.csv', CARDS]], { overwrite: true });
    expect(r.records.find((x) => x.name === '张伟')).toMatchObject({
      matchedBy: 'phone',
      action: 'merge',
    });
    expect((await getPerson(ctx.db, p.id)).city).toBe('上海');
  });

  it('matches on the same name at the same company when nothing else is shared', async () => {
    const p = await makePerson(ctx, { name: 'Emily Chen', company: 'studio north' });
    const r = await run([['名片.csv', CARDS]]);
    expect(r.records.find((x) => x.name === 'Emily Chen')).toMatchObject({
      action: 'merge',
      personId: p.id,
      matchedBy: 'name_company',
    });
  });

  it('merges duplicates within one import into the first of them', async () => {
    const r = await run([
      [
        'dups.csv',
        csv(['Name,Email,Phone,Tags', 'Li Na,li@x.io,,a', 'Li Na (2),LI@x.io,+49 30 1234567,b']),
      ],
    ]);
    expect(r).toMatchObject({ created: 1, merged: 1 });
    const [p] = await listAllPeople(ctx.db);
    expect(p!.tags.sort()).toEqual(['a', 'b']);
    expect(p!.handles.map((h) => h.platform).sort()).toEqual(['email', 'phone']);
    expect(r.records[1]).toMatchObject({ matchedBy: 'email', personId: p!.id, kept: ['name'] });
  });

  it('skips a re-import that brings nothing new, and writes nothing', async () => {
    await run([['名片.csv', CARDS]]);
    const before = await exportBackup(ctx);
    const r = await run([['名片.csv', CARDS]]);
    expect(r).toMatchObject({ created: 0, merged: 0, skipped: 3 });
    expect(r.records.every((x) => x.reason === 'no_new_info')).toBe(true);
    expect((await exportBackup(ctx)).content).toBe(before.content);
  });

  it('dry run reports the same plan as the real run and writes nothing', async () => {
    await makePerson(ctx, { name: '张伟', handles: ['email:zw@example.com'] });
    const before = await exportBackup(ctx);
    const plan = await run([['名片.csv', CARDS]], { dryRun: true });
    expect((await exportBackup(ctx)).content).toBe(before.content);
    const real = await run([['名片.csv', CARDS]]);
    expect(plan).toMatchObject({ dryRun: true, created: 2, merged: 1, skipped: 0 });
    const strip = (xs: typeof plan.records) => xs.map(({ personId: _p, ...rest }) => rest);
    expect(strip(plan.records)).toEqual(strip(real.records));
  });

  it('skips records with nothing to tell who they are, with the reason', async () => {
    const r = await run([
      [
        'Connections.csv',
        csv(['Name,Company,Email,Note', ',,,just a note', 'Wang Fang,,,', ',Acme,,']),
      ],
    ]);
    expect(r).toMatchObject({ created: 2, skipped: 1 });
    expect(r.records[0]).toMatchObject({ line: 2, action: 'skip', reason: 'no_name' });
    // A company card is named after the company.
    expect((await listAllPeople(ctx.db)).map((p) => p.name).sort()).toEqual(['Acme', 'Wang Fang']);
  });

  it('is all or nothing across files: one malformed file writes nothing', async () => {
    const broken = csv(['Name,Note', 'A,"never closed']);
    const e = await expectAppError(
      run([
        ['good.csv', CARDS],
        ['broken.csv', broken],
      ]),
      'ImportMalformed',
    );
    expect(e.details).toMatchObject({ file: 'broken.csv', line: 2, problem: 'unbalanced_quote' });
    expect(await count('people')).toBe(0);
  });

  it('keeps a 100,000-character note and reports values it cannot keep', async () => {
    const long = 'x'.repeat(100_000);
    const tooLong = 'y'.repeat(100_001);
    const tags = Array.from({ length: 120 }, (_, i) => `t${i}`).join(';');
    const r = await run([
      ['big.csv', csv(['Name,Note,Tags', `A,${long},`, `B,${tooLong},${tags}`])],
    ]);
    expect(r.created).toBe(2);
    const people = await listAllPeople(ctx.db);
    expect(people.find((p) => p.name === 'A')!.note).toHaveLength(100_000);
    const b = people.find((p) => p.name === 'B')!;
    expect(b.note).toBeNull();
    expect(b.tags).toHaveLength(100);
    expect(r.errors).toHaveLength(2);
    expect(r.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'big.csv',
          line: 3,
          name: 'B',
          field: 'tags',
          problem: 'too_many',
          max: 100,
        }),
        expect.objectContaining({ line: 3, field: 'note', problem: 'too_long', max: 100_000 }),
      ]),
    );
  });

  it('maps columns by hand with --map', async () => {
    const r = await run([['x.csv', csv(['Who,Studio,Blah', 'Zhou Xun,Moon Studio,hello'])]], {
      map: { Who: 'name', Studio: 'company', Blah: 'note' },
    });
    expect(r.created).toBe(1);
    expect((await listAllPeople(ctx.db))[0]).toMatchObject({
      name: 'Zhou Xun',
      company: 'Moon Studio',
      note: 'hello',
    });
  });

  it('refuses an unknown --map field with the allowed list', async () => {
    const e = await expectAppError(
      run([['x.csv', CARDS]], { map: { Who: 'shoe' as never } }),
      'ValidationFailed',
    );
    expect(e.details.issues?.[0]).toMatchObject({ field: 'map.Who', problem: 'invalid_value' });
  });
});

describe('round trips through our own exports', () => {
  it('reads our vCard export back, and a second import matches everyone by UID', async () => {
    await makePerson(ctx, {
      name: '曾小贤',
      nameLatin: 'Xiaoxian',
      company: '电台',
      city: '上海',
      tags: ['主持', 'a,b'],
      birthday: '--02-29',
      handles: ['wechat:zxx', 'email:z@x.cn', 'phone:13800000000', 'website:https://z.example/a;b'],
      note: '第一行\n第二行; 还有逗号,',
    });
    const { content } = await exportPeople(ctx, 'vcard', { lang: 'zh' });
    const first = await listAllPeople(ctx.db);
    const again = await run([['export.vcf', utf8(content)]]);
    expect(again).toMatchObject({ created: 0, skipped: 1 });
    expect(again.records[0]).toMatchObject({ matchedBy: 'uid', reason: 'no_new_info' });

    const other = await createTestContext();
    try {
      const r = await importFiles(other, [{ file: 'export.vcf', bytes: utf8(content) }]);
      expect(r.created).toBe(1);
      const [p] = await listAllPeople(other.db);
      const src = first[0]!;
      expect(p).toMatchObject({
        uid: src.uid,
        name: src.name,
        company: src.company,
        city: src.city,
        birthday: src.birthday,
        note: src.note,
      });
      expect(p!.tags.sort()).toEqual([...src.tags].sort());
      expect(p!.handles).toEqual(expect.arrayContaining(src.handles));
      expect([p!.nameLatin, ...p!.nicknames]).toContain('Xiaoxian');
    } finally {
      await other.close();
    }
  });

  it('reads our CSV export back in both languages', async () => {
    await makePerson(ctx, {
      name: '林小雨',
      company: '雨林工作室',
      tags: ['插画'],
      handles: ['wechat:lxy', 'xiaohongshu:lxy_art'],
      birthday: '1992-03-04',
    });
    for (const lang of ['zh', 'en'] as const) {
      const { content } = await exportPeople(ctx, 'csv', { lang });
      const other = await createTestContext();
      try {
        await importFiles(other, [{ file: `export-${lang}.csv`, bytes: utf8(content) }]);
        const [p] = await listAllPeople(other.db);
        expect(p).toMatchObject({ name: '林小雨', company: '雨林工作室', birthday: '1992-03-04' });
        expect(p!.handles).toEqual(
          expect.arrayContaining([
            { platform: 'wechat', value: 'lxy' },
            { platform: 'xiaohongshu', value: 'lxy_art' },
          ]),
        );
      } finally {
        await other.close();
      }
    }
  });

  it('restores a JSON backup through the same entry point, only on its own', async () => {
    await makePerson(ctx, { name: '张伟' });
    const { content } = await exportBackup(ctx);
    const e = await expectAppError(
      run([
        ['b.json', utf8(content)],
        ['名片.csv', CARDS],
      ]),
      'ImportJsonAlone',
    );
    expect(e.details.file).toBe('b.json');
    const other = await createTestContext();
    try {
      const plan = await importFiles(other, [{ file: 'b.json', bytes: utf8(content) }], {
        dryRun: true,
      });
      expect(plan).toMatchObject({ dryRun: true, created: 1 });
      expect((await listAllPeople(other.db)).length).toBe(0);
      const r = await importFiles(other, [{ file: 'b.json', bytes: utf8(content) }]);
      expect(r).toMatchObject({ created: 1, interactions: 0 });
    } finally {
      await other.close();
    }
  });

  it('keeps vCard photos', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 0xff, 0xd9]);
    const card = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'FN:王芳',
      'N:王;芳;;;',
      `PHOTO;ENCODING=b;TYPE=JPEG:${jpeg.toString('base64')}`,
      'END:VCARD',
      '',
    ].join('\r\n');
    const r = await run([['photo.vcf', utf8(card)]]);
    const photo = await findPhoto(ctx.db, r.records[0]!.personId!);
    expect(photo?.mime).toBe('image/jpeg');
    expect(Buffer.from(photo!.data).equals(jpeg)).toBe(true);

    // Kept through our own vCard export and JSON backup too.
    const vcard = (await exportPeople(ctx, 'vcard', { lang: 'en' })).content;
    expect(vcard).toContain(`PHOTO;ENCODING=b;TYPE=JPEG:${jpeg.toString('base64')}`);
    const backup = (await exportBackup(ctx)).content;
    for (const [file, content] of [
      ['again.vcf', vcard],
      ['backup.json', backup],
    ] as const) {
      const other = await createTestContext();
      try {
        const rr = await importFiles(other, [{ file, bytes: utf8(content) }]);
        const [p] = await listAllPeople(other.db);
        const again = await findPhoto(other.db, p!.id);
        expect(again?.mime, file).toBe('image/jpeg');
        expect(Buffer.from(again!.data).equals(jpeg), file).toBe(true);
        expect(rr.created).toBe(1);
        if (file === 'backup.json') expect((await exportBackup(other)).content).toBe(backup);
      } finally {
        await other.close();
      }
    }
  });
});
