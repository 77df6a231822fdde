import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePerson } from '../../../test/helpers/factories.js';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { AppError } from '../../core/errors.js';
import { exportPeople } from '../../core/exchange/export.service.js';
import { parseCsv } from '../csv/read.js';
import { decodeText } from './decode.js';
import { readContacts } from './detect.js';
import { stripCredentials } from './dialects/linkedin.js';
import { outlookLayout } from './dialects/outlook.js';
import { normalizeHeader } from './headers.js';
import type { ContactRecord, MappableField, ParsedContacts } from './record.js';
import { readTable, type TableFormat } from './table.js';

const FIXTURES = new URL('../../../test/fixtures/import/csv/', import.meta.url);
const bytesOf = (name: string): Uint8Array =>
  new Uint8Array(fs.readFileSync(new URL(name, FIXTURES)));

function read(
  name: string,
  format: TableFormat,
  map?: Record<string, MappableField>,
): ParsedContacts {
  const { text, encoding } = decodeText(bytesOf(name), name);
  return readTable(parseCsv(text, name), { file: name, format, map, encoding });
}

function fromText(text: string, map?: Record<string, MappableField>): ParsedContacts {
  return readTable(parseCsv(text, 't.csv'), {
    file: 't.csv',
    format: 'csv',
    map,
    encoding: 'utf-8',
  });
}

function thrown(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

/** A record with the empty lists filled in, for exact comparisons. */
const rec = (r: Partial<ContactRecord> & { line: number; name: string }): ContactRecord => ({
  nicknames: [],
  emails: [],
  phones: [],
  handles: [],
  tags: [],
  warnings: [],
  ...r,
});

describe('LinkedIn Connections.csv', () => {
  const expected = (first: number): ContactRecord[] => [
    rec({
      line: first,
      name: 'Wei Chen',
      handles: [{ platform: 'linkedin', value: 'https://www.linkedin.com/in/weichen' }],
      company: 'Ogilvy',
      title: 'Art Director',
      metOn: '2024-03-15',
      metHow: 'LinkedIn',
    }),
    rec({
      line: first + 1,
      name: '王晓',
      emails: ['wx@example.com'],
      handles: [{ platform: 'linkedin', value: 'https://www.linkedin.com/in/wangxiao' }],
      company: '字节跳动',
      title: '插画师',
      metOn: '2024-03-05',
      metHow: 'LinkedIn',
    }),
    rec({
      line: first + 2,
      name: 'Lily 🌸 Zhang',
      handles: [{ platform: 'linkedin', value: 'https://www.linkedin.com/in/lilyzhang' }],
      company: 'Freelance, Illustration',
      title: 'Motion Designer ✨',
      metOn: '2023-01-02',
      metHow: 'LinkedIn',
    }),
    rec({
      line: first + 3,
      name: '',
      handles: [{ platform: 'linkedin', value: 'https://www.linkedin.com/in/private' }],
      company: 'Acme',
      metOn: '2022-02-01',
      metHow: 'LinkedIn',
    }),
    rec({
      line: first + 4,
      name: 'Ana Souza',
      handles: [{ platform: 'linkedin', value: 'https://www.linkedin.com/in/anasouza' }],
      metHow: 'LinkedIn',
      warnings: [{ field: 'metOn', problem: 'invalid_date', value: '31 Feb 2024' }],
    }),
  ];

  it('finds the header after the Notes: preamble, skips the trailing ,,,,,, rows', () => {
    const r = read('linkedin-notes.csv', 'linkedin');
    expect(r).toMatchObject({ format: 'linkedin', encoding: 'utf-8', unmappedColumns: [] });
    expect(r.records).toEqual(expected(5));
  });

  it('reads the quoted-"Notes:", reworded, CRLF, BOM variant the same way', () => {
    expect(read('linkedin-quoted-notes-crlf.csv', 'linkedin').records).toEqual(expected(4));
  });

  it('reads the variant with two blank lines', () => {
    expect(read('linkedin-two-blank-lines.csv', 'linkedin').records).toEqual(expected(6));
  });

  it('reads older exports: no preamble, no URL column, ISO dates', () => {
    expect(read('linkedin-old-no-url.csv', 'linkedin').records).toEqual([
      rec({
        line: 2,
        name: 'Tom Baker',
        emails: ['tom@example.org'],
        company: 'BBC',
        title: 'Producer',
        metOn: '2019-07-08',
        metHow: 'LinkedIn',
      }),
      rec({
        line: 3,
        name: '林美玲',
        company: '台北設計',
        metOn: '2019-07-08',
        metHow: 'LinkedIn',
      }),
    ]);
  });

  it('drops credentials appended to last names, keeps generational suffixes', () => {
    expect(stripCredentials('Chen, CFA')).toBe('Chen');
    expect(stripCredentials('Chen, PhD, MBA')).toBe('Chen');
    expect(stripCredentials('Chen, Ph.D.')).toBe('Chen');
    expect(stripCredentials('King, Jr.')).toBe('King, Jr.');
    expect(stripCredentials('Smith, III')).toBe('Smith, III');
    expect(stripCredentials('Wang, the designer')).toBe('Wang, the designer');
  });

  it('fails with no_header when no LinkedIn header is there', () => {
    const e = thrown(() =>
      readTable(parseCsv('Notes:\nhello\n', 'c.csv'), {
        file: 'c.csv',
        format: 'linkedin',
        encoding: 'utf-8',
      }),
    );
    expect(e.details).toMatchObject({ file: 'c.csv', problem: 'no_header', line: 1 });
  });
});

describe('Google Contacts CSV', () => {
  it('reads the current layout: labels, primary values first, platforms from labels and URLs', () => {
    const r = read('google-current.csv', 'google');
    expect(r.unmappedColumns).toEqual([]);
    expect(r.records).toEqual([
      rec({
        line: 2,
        name: '陈伟',
        phonetic: 'Chen Wei',
        company: '陈伟工作室',
        title: '插画师',
        city: '上海',
        birthday: '1990-05-17',
        note: 'Met at Shanghai Design Week.\n喜欢咖啡, 也画插画\n"Say hi"',
        tags: ['插画', 'Friends'],
        emails: ['chen.wei@studio.cn', 'cw@example.com', 'cw2@example.com'],
        phones: ['021-5555 1234', '+86 138 0013 8000'],
        handles: [
          { platform: 'wechat', value: 'chenwei_88' },
          { platform: 'behance', value: 'https://www.behance.net/chenwei' },
          { platform: 'qq', value: '12345678' },
        ],
      }),
      rec({
        line: 5,
        name: 'Ada Lovelace',
        nicknames: ['Countess'],
        company: 'Analytical Engines Ltd',
        title: 'Mathematician',
        birthday: '--12-10',
        emails: ['ada@example.com'],
      }),
      rec({
        line: 6,
        name: 'Bo Li',
        tags: ['Clients'],
        city: '深圳',
        warnings: [{ field: 'birthday', problem: 'invalid_date', value: '1990-02-30' }],
      }),
    ]);
  });

  it('reads the legacy layout in UTF-16LE', () => {
    const r = read('google-legacy-utf16le.csv', 'google');
    expect(r.encoding).toBe('utf-16le');
    expect(r.records).toEqual([
      rec({
        line: 2,
        name: '李娜',
        phonetic: 'Li Na',
        birthday: '1988-11-02',
        note: 'Photographer\nShoots weddings',
        tags: ['摄影'],
        emails: ['lina@example.com'],
        phones: ['139 1234 5678', '010-8888 9999'],
        company: '光影工作室',
        title: '摄影师',
        department: '拍摄部',
        handles: [{ platform: 'weibo', value: 'https://weibo.com/lina' }],
      }),
      rec({
        line: 4,
        name: 'Sam Okafor',
        nicknames: ['Sammy'],
        tags: ['Musicians'],
        emails: ['sam@label.example', 'sam@example.net'],
      }),
    ]);
  });

  it('maps groups by header name, however many there are and in any order', () => {
    const text =
      'First Name,Last Name,Phone 3 - Value,Phone 3 - Label,E-mail 7 - Value,E-mail 7 - Label,Website 1 - Label,Website 1 - Value\n' +
      '伟,张,+86 1,* Mobile,z@x.cn,Work,微信,zw88\n';
    const r = readTable(parseCsv(text, 'g.csv'), {
      file: 'g.csv',
      format: 'google',
      encoding: 'utf-8',
    });
    expect(r.records[0]).toMatchObject({
      name: '张伟',
      phones: ['+86 1'],
      emails: ['z@x.cn'],
      handles: [{ platform: 'wechat', value: 'zw88' }],
    });
  });
});

describe('Outlook CSV', () => {
  it('reads classic desktop Outlook in GBK: Title is the honorific, fax left out, M/D/YYYY dates', () => {
    const r = read('outlook-desktop-gbk.csv', 'outlook');
    expect(r.encoding).toBe('gb18030');
    expect(r.unmappedColumns).toEqual([]);
    expect(r.records).toEqual([
      rec({
        line: 2,
        name: '张伟',
        company: '上海某某设计有限公司',
        department: '设计部',
        title: '创意总监',
        city: '上海',
        phones: ['13800138000', '021-55551234'],
        birthday: '1985-03-15',
        tags: ['客户', '插画'],
        emails: ['zw@example.com'],
        note: '第一次见面在站酷大会\n喜欢喝茶',
        handles: [{ platform: 'website', value: 'www.zwdesign.cn' }],
      }),
      rec({
        line: 4,
        name: 'Mei Lin',
        title: 'Editor',
        phones: ['(555) 010-2000'],
        emails: ['mei@example.com'],
        warnings: [
          {
            field: 'email',
            problem: 'unknown_value',
            value: '/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=mlin',
          },
        ],
      }),
    ]);
  });

  it('reads Chinese Outlook headers and YYYY/M/D dates', () => {
    const r = read('outlook-desktop-zh-gbk.csv', 'outlook');
    expect(r.unmappedColumns).toEqual([]);
    expect(r.records).toEqual([
      rec({
        line: 2,
        name: '欧阳芳',
        company: '北京影像文化',
        department: '后期',
        title: '调色师',
        city: '北京',
        phones: ['139-0000-1111', '010-6666 7777'],
        emails: ['oyf@example.cn'],
        note: '介绍人：张伟',
        tags: ['合作方'],
        birthday: '1987-09-09',
        handles: [{ platform: 'zcool', value: 'https://www.zcool.com.cn/u/123' }],
      }),
    ]);
  });

  it('reads Outlook.com (61 columns) and Google\'s "Outlook CSV" (88 columns)', () => {
    expect(read('outlook-com.csv', 'outlook').records).toEqual([
      rec({
        line: 2,
        name: 'Kenji Sato',
        nicknames: ['Ken'],
        phonetic: 'ケンジ サトウ',
        emails: ['kenji@example.jp'],
        phones: ['+81 90 1234 5678', '+81 3 1234 5678'],
        title: 'Animator',
        company: 'Studio Kumo',
        city: 'Tokyo',
        handles: [{ platform: 'github', value: 'https://github.com/kenji' }],
        birthday: '1992-04-01',
        note: 'Anime, "Kumo" series',
      }),
    ]);
    const g = read('google-outlook.csv', 'outlook');
    expect(g.unmappedColumns).toEqual([]);
    expect(g.records).toEqual([
      rec({
        line: 2,
        name: 'Nora Berg',
        phones: ['+47 416 44 000'],
        city: 'Oslo',
        emails: ['nora@example.no'],
        birthday: '1991-07-04',
        tags: ['Photographers'],
      }),
      rec({ line: 5, name: '', emails: ['someone@example.com'] }),
    ]);
  });

  it('tells the three layouts apart', () => {
    const keysOf = (name: string): string[] => {
      const { text } = decodeText(bytesOf(name), name);
      return parseCsv(text, name, { maxRows: 1 })[0]!.cells.map(normalizeHeader);
    };
    expect(keysOf('outlook-desktop-gbk.csv')).toHaveLength(92);
    expect(outlookLayout(keysOf('outlook-desktop-gbk.csv'))).toBe('desktop');
    expect(outlookLayout(keysOf('outlook-desktop-zh-gbk.csv'))).toBe('desktop');
    expect(keysOf('outlook-com.csv')).toHaveLength(61);
    expect(outlookLayout(keysOf('outlook-com.csv'))).toBe('outlook.com');
    expect(keysOf('google-outlook.csv')).toHaveLength(88);
    expect(outlookLayout(keysOf('google-outlook.csv'))).toBe('google');
  });
});

describe('any other CSV', () => {
  it('reads a business-card app export in GBK: fax ignored, city from the address, Excel numbers recovered', () => {
    const r = read('cardapp-gbk.csv', 'csv');
    expect(r).toMatchObject({ format: 'csv', encoding: 'gb18030', unmappedColumns: [] });
    expect(r.records).toEqual([
      rec({
        line: 2,
        name: '张伟',
        nameLatin: 'Zhang Wei',
        company: '上海某某设计有限公司',
        department: '设计部',
        title: '创意总监',
        phones: ['13800138000', '13900139000', '021-55551234'],
        emails: ['zw@example.com'],
        handles: [
          { platform: 'website', value: 'www.zwdesign.cn' },
          { platform: 'wechat', value: 'zw_design' },
          { platform: 'qq', value: '123456789' },
          { platform: 'weibo', value: 'https://weibo.com/zwdesign' },
        ],
        city: '上海',
        note: '第一次见面在站酷大会',
        birthday: '1985-03-15',
      }),
      rec({
        line: 3,
        name: '刘洋',
        company: '深圳光年动画',
        title: '动效设计师',
        phones: ['13800138000'],
        emails: ['ly@example.com', 'liuyang@example.org'],
        city: '深圳',
        warnings: [{ field: 'birthday', problem: 'invalid_date', value: '1990/13/45' }],
      }),
    ]);
  });

  it('finds a header below a title row; year-less birthdays; 、 and ； separated tags', () => {
    expect(read('cardapp-utf8.csv', 'csv').records).toEqual([
      rec({
        line: 4,
        name: '王芳',
        nameLatin: 'Fiona Wang',
        company: '杭州木木插画',
        title: '插画师',
        phones: ['+86 137 0000 0000', '0571-8888 0000'],
        emails: ['fiona@example.com'],
        handles: [
          { platform: 'dribbble', value: 'https://dribbble.com/fiona' },
          { platform: 'wechat', value: 'fiona_wang' },
        ],
        city: '杭州',
        tags: ['客户', '插画', '同行'],
        birthday: '--03-15',
        note: '多行\n备注',
      }),
    ]);
  });

  it('reports unmapped columns, and --map maps them', () => {
    const plain = read('generic-en.csv', 'csv');
    expect(plain.unmappedColumns).toEqual(['Handle']);
    expect(plain.records[0]).toEqual(
      rec({
        line: 2,
        name: 'Maya Chen',
        emails: ['maya@example.com'],
        phones: ['+1 415 555 0100'],
        company: 'Pixel Farm',
        tags: ['illustrator', 'client'],
        birthday: '1994-03-15',
        handles: [{ platform: 'instagram', value: '@maya.draws' }],
        note: 'Met at Config',
      }),
    );
    const mapped = read('generic-en.csv', 'csv', { handle: 'wechat' });
    expect(mapped.unmappedColumns).toEqual([]);
    expect(mapped.records[0]!.handles).toContainEqual({ platform: 'wechat', value: 'maya_wx' });
  });

  it('--map overrides the synonym table, by header text (any case) or 1-based column number', () => {
    const text = '姓名,电话,备注\n张伟,13800138000,zw88\n';
    expect(fromText(text).records[0]).toMatchObject({ phones: ['13800138000'], note: 'zw88' });
    const r = fromText(text, { 电话: 'ignore', '3': 'wechat' });
    expect(r.records[0]).toEqual(
      rec({ line: 2, name: '张伟', handles: [{ platform: 'wechat', value: 'zw88' }] }),
    );
    expect(
      fromText('Nom,Courriel\nAda,a@x.org\n', { NOM: 'name', courriel: 'email' }).records,
    ).toEqual([rec({ line: 2, name: 'Ada', emails: ['a@x.org'] })]);
    const spaced = fromText('Nom,Tél. (bureau)\nAda,12\n', { nom: 'name', 'tél bureau': 'phone' });
    expect(spaced.records).toEqual([rec({ line: 2, name: 'Ada', phones: ['12'] })]);
  });

  it('reads a file without a header when --map names its columns by number', () => {
    const r = fromText('张伟,13800138000\n李雷,13900139000\n', { '1': 'name', '2': 'phone' });
    expect(r.records.map((x) => [x.line, x.name, x.phones])).toEqual([
      [1, '张伟', ['13800138000']],
      [2, '李雷', ['13900139000']],
    ]);
  });

  it('refuses a --map column that the file does not have', () => {
    const e = thrown(() => fromText('姓名,电话\n张伟,1\n', { 微信号: 'wechat' }));
    expect(e.code).toBe('ValidationFailed');
    expect(e.details.issues?.[0]).toMatchObject({
      field: 'map',
      value: '微信号',
      allowed: ['姓名', '电话'],
    });
    expect(thrown(() => fromText('姓名,电话\n张伟,1\n', { '9': 'wechat' })).code).toBe(
      'ValidationFailed',
    );
  });

  it('fails with no_header when no top row names a name column', () => {
    const e = thrown(() => read('broken-no-header.txt', 'csv'));
    expect(e.details).toMatchObject({
      file: 'broken-no-header.txt',
      problem: 'no_header',
      line: 1,
    });
    expect(thrown(() => fromText('Email,Phone\na@x.org,1\n')).details.problem).toBe('no_header');
  });

  it('puts full names together: Chinese family name first, Latin given name first', () => {
    const r = fromText('First Name,Last Name,Middle Name\n伟,张,\nAda,Lovelace,King\n,,\n,Solo,\n');
    expect(r.records.map((x) => x.name)).toEqual(['张伟', 'Ada King Lovelace', 'Solo']);
    const latin = fromText('姓名,英文名\n,Maya Chen\n张伟,张伟\n');
    expect(latin.records.map((x) => [x.name, x.nameLatin])).toEqual([
      ['Maya Chen', undefined],
      ['张伟', undefined],
    ]);
  });

  it('splits multi-value cells: phones and e-mails on ; / and line breaks, tags on , 、 ；', () => {
    const r = fromText(
      'Name,Phone,Email,Tags\nAda,"1 / 2\n3;4","a@x.org; Ada <b@x.org>, mailto:c@x.org","x, y、z；x"\n',
    );
    expect(r.records[0]).toMatchObject({
      phones: ['1', '2', '3', '4'],
      emails: ['a@x.org', 'b@x.org', 'c@x.org'],
      tags: ['x', 'y', 'z'],
    });
  });

  it('reads our own "Other handles" column, and warns about what it cannot place', () => {
    const r = fromText(
      'Name,Other handles\nAda,"behance:ada; linkedin:https://www.linkedin.com/in/ada; email:a@x.org; https://ada.dev; 即刻:ada_j; ???"\n',
    );
    expect(r.records[0]).toEqual(
      rec({
        line: 2,
        name: 'Ada',
        emails: ['a@x.org'],
        handles: [
          { platform: 'behance', value: 'ada' },
          { platform: 'linkedin', value: 'https://www.linkedin.com/in/ada' },
          { platform: 'website', value: 'https://ada.dev' },
          { platform: 'jike', value: 'ada_j' },
        ],
        warnings: [{ field: 'handles', problem: 'unknown_value', value: '???' }],
      }),
    );
  });

  it('never fails on a bad date: it becomes a warning', () => {
    const r = fromText('姓名,生日,认识日期\n张伟,1990-02-30,明天\n');
    expect(r.records[0]!.warnings).toEqual([
      { field: 'birthday', problem: 'invalid_date', value: '1990-02-30' },
      { field: 'metOn', problem: 'invalid_date', value: '明天' },
    ]);
  });
});

describe('our own CSV export, read back', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    await makePerson(ctx, {
      name: '张伟',
      nameLatin: 'Zhang Wei',
      company: '上海某某设计',
      title: '创意总监',
      city: '上海',
      tags: ['插画', '同行'],
      handles: [
        'email:zw@example.com',
        'email:zw2@example.com',
        'phone:+86 138 0013 8000',
        'wechat:zw88',
        'behance:zw',
        'linkedin:https://www.linkedin.com/in/zw',
        'website:https://zw.design',
      ],
      birthday: '1985-03-15',
      metOn: '2024-03-01',
      note: 'He said "hi",\nthen left; twice',
    });
    await makePerson(ctx, { name: 'Ada Lovelace', birthday: '--02-29', tags: ['math'] });
  });
  afterAll(async () => {
    await ctx.close();
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`round-trips every field the export writes (${lang})`, async () => {
      const csv = (await exportPeople(ctx, 'csv', { lang })).content;
      const r = await readContacts(new TextEncoder().encode(csv), `people-${lang}.csv`, {
        format: 'auto',
      });
      expect(r.format).toBe('csv');
      expect(r.unmappedColumns).toEqual([]);
      const zw = r.records.find((x) => x.name === '张伟')!;
      expect(zw).toMatchObject({
        nameLatin: 'Zhang Wei',
        company: '上海某某设计',
        title: '创意总监',
        city: '上海',
        emails: ['zw@example.com', 'zw2@example.com'],
        phones: ['+86 138 0013 8000'],
        birthday: '1985-03-15',
        metOn: '2024-03-01',
        note: 'He said "hi",\nthen left; twice',
        warnings: [],
      });
      expect([...zw.tags].sort()).toEqual(['同行', '插画']);
      expect(zw.handles).toEqual(
        expect.arrayContaining([
          { platform: 'wechat', value: 'zw88' },
          { platform: 'behance', value: 'zw' },
          { platform: 'linkedin', value: 'https://www.linkedin.com/in/zw' },
          { platform: 'website', value: 'https://zw.design' },
        ]),
      );
      expect(zw.handles).toHaveLength(4);
      const ada = r.records.find((x) => x.name === 'Ada Lovelace')!;
      expect(ada).toMatchObject({ birthday: '--02-29', tags: ['math'], warnings: [] });
    });
  }
});
