import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAppError } from '../../../test/helpers/errors.js';
import { makePerson } from '../../../test/helpers/factories.js';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import type { AppError } from '../../core/errors.js';
import { exportPeople } from '../../core/exchange/export.service.js';
import type { Person } from '../../core/people/people.js';
import { IMPORT_LIMITS, type ContactRecord, type ParsedContacts } from '../contacts/record.js';
import { parseProperty } from './property.js';
import { readVCards } from './read.js';
import { readBirthday } from './values.js';
import { personToVCard } from './write.js';

const DIR = fileURLToPath(new URL('../../../test/fixtures/import/vcard/', import.meta.url));
const fixture = (name: string): Buffer => fs.readFileSync(DIR + name);
const read = (name: string): ParsedContacts => readVCards(fixture(name), name);
const vcf = (...lines: string[]): Buffer => Buffer.from(lines.join('\r\n') + '\r\n');
const one = (...lines: string[]): ContactRecord =>
  readVCards(vcf('BEGIN:VCARD', 'VERSION:3.0', ...lines, 'END:VCARD'), 't.vcf').records[0]!;

/** The 1-based lines of a fixture where cards begin, counted in the file itself. */
function beginLines(name: string): number[] {
  return fixture(name)
    .toString('latin1')
    .split('\n')
    .flatMap((l, i) => (l.trim() === 'BEGIN:VCARD' ? [i + 1] : []));
}

async function malformedOf(bytes: Uint8Array, file = 'bad.vcf'): Promise<AppError> {
  const e = await expectAppError(
    Promise.resolve().then(() => readVCards(bytes, file)),
    'ImportMalformed',
  );
  expect(e.details.file).toBe(file);
  return e;
}

describe('Apple Contacts / iCloud 3.0', () => {
  const parsed = read('apple-icloud.vcf');
  const [zhang, emily, nana] = parsed.records;

  it('reads every person and no group card, each at the line of its BEGIN', () => {
    expect(parsed.format).toBe('vcard');
    expect(parsed.encoding).toBe('utf-8');
    expect(parsed.records.map((r) => r.name)).toEqual(['张伟', 'Emily Chen', '欧阳娜娜']);
    expect(parsed.records.map((r) => r.line)).toEqual(beginLines('apple-icloud.vcf').slice(0, 3));
  });

  it('decodes names, folds that split characters, escapes and the organisation', () => {
    expect(zhang).toMatchObject({
      name: '张伟',
      phonetic: 'zhang wei',
      nicknames: ['阿伟', 'Wei'],
      company: '青柚设计工作室（杭州）有限公司',
      department: '品牌设计部',
      title: '资深插画师',
      city: '杭州',
      uid: '6B29FC40-CA47-1067-B31D-00DD010662DA',
    });
    expect(zhang!.note).toBe(
      '2023 年上海插画展认识, 擅长水彩；喜欢猫。\n第二行：合作过两次品牌项目。很长很长的备注，用来测试折行会不会把一个汉字从中间切开。\nfacebook: zw.fb\nSkype: live:zhangwei',
    );
    expect(nana!.phonetic).toBe('ou yang na na');
  });

  it('orders preferred e-mails and phones first and classifies handles by label, host and service', () => {
    expect(zhang!.emails).toEqual(['zhangwei@example.com', 'wei.zhang@qingyou.example']);
    expect(zhang!.phones).toEqual(['+86 138 0013 8000', '0571-8888 6666']);
    expect(zhang!.handles).toEqual([
      { platform: 'website', value: 'https://zhangwei.example.com/作品' },
      { platform: 'qq', value: '10001' },
      { platform: 'wechat', value: 'https://weixin.example/zw88' },
      { platform: 'xiaohongshu', value: 'zhangwei_draws' },
      { platform: 'behance', value: 'https://www.behance.net/zhangwei' },
      { platform: 'weibo', value: 'https://weibo.com/zhangwei' },
      { platform: 'x', value: 'zw_draws' },
    ]);
    // Facebook and Skype are no platforms of ours and the values no URLs: kept in the note.
    expect(zhang!.note).toContain('\nfacebook: zw.fb\nSkype: live:zhangwei');
    expect(emily!.emails).toEqual(['emily.chen@studionorth.example', 'emily@example.org']);
    expect(emily!.handles).toEqual([
      { platform: 'dribbble', value: 'https://dribbble.com/emilyc' },
    ]);
    expect(nana!.handles).toEqual([{ platform: 'wechat', value: 'nana_88' }]);
  });

  it('keeps year-less birthdays the Apple way (1604, also compact) and full dates', () => {
    expect(zhang!.birthday).toBe('--03-15');
    expect(nana!.birthday).toBe('--02-29');
    expect(emily!.birthday).toBe('1990-05-20');
  });

  it('turns group cards into tags on their members (case-insensitive UIDs, urn:uuid: or not)', () => {
    expect(zhang!.tags).toEqual(['插画', '朋友', '设计圈']);
    expect(nana!.tags).toEqual(['摄影', '设计圈', '朋友']);
    expect(emily!.tags).toEqual([]);
    expect(emily!.uid).toBeUndefined();
  });

  it('decodes the base64 photo folded over many lines', () => {
    expect(zhang!.photo!.mime).toBe('image/jpeg');
    expect(zhang!.photo!.data.length).toBe(2400);
    expect([...zhang!.photo!.data.subarray(0, 4)]).toEqual([0xff, 0xd8, 0xff, 0xe0]);
    expect(emily!.photo).toBeUndefined();
  });
});

describe('Android 2.1 quoted-printable', () => {
  const parsed = read('android-2.1-qp.vcf');
  const [zhang, nameless, li] = parsed.records;

  it('decodes QP names and values whose soft line breaks split UTF-8 characters', () => {
    expect(zhang).toMatchObject({
      line: 1,
      name: '张三',
      company: '广州山海文化传播有限公司',
      department: '视觉中心',
      title: '平面设计师',
      city: '广州',
      birthday: '1988-08-08',
      note: '在广州设计周认识。他做过很多餐饮品牌的视觉，\n下次有项目可以找他合作。',
    });
  });

  it('reads bare 2.1 parameters, PREF first, X-ANDROID-CUSTOM nicknames (not relations)', () => {
    expect(zhang!.phones).toEqual(['020 8888 1234', '138-0000-1234']);
    expect(zhang!.emails).toEqual(['zhangsan@example.cn']);
    expect(zhang!.nicknames).toEqual(['三哥']);
    expect(JSON.stringify(zhang)).not.toContain('李四');
    expect(zhang!.handles).toEqual([
      { platform: 'zcool', value: 'http://www.zcool.com.cn/u/888888' },
    ]);
  });

  it('decodes the 2.1 base64 photo that ends with a blank line', () => {
    expect(zhang!.photo!.mime).toBe('image/jpeg');
    expect(zhang!.photo!.data.length).toBe(600);
  });

  it('keeps a nameless card (the import service decides) and reads bare QUOTED-PRINTABLE leniently', () => {
    expect(nameless).toMatchObject({ name: '', phones: ['13912345678'] });
    expect(li).toMatchObject({
      name: '李四',
      emails: ['lisi@example.cn'],
      note: 'a=b and x=1 y=2',
    });
    expect(parsed.records.map((r) => r.line)).toEqual(beginLines('android-2.1-qp.vcf'));
  });
});

describe('charsets', () => {
  it('reads GB2312 quoted-printable, CHARSET=GBK bytes and undeclared GBK bytes', () => {
    const parsed = read('feature-phone-gb2312.vcf');
    expect(parsed.encoding).toBe('gb18030');
    expect(parsed.records[0]).toMatchObject({
      name: '张三',
      note: '老同学',
      phones: ['13800000000'],
      handles: [{ platform: 'qq', value: '123456789' }],
    });
    expect(parsed.records[1]).toMatchObject({ name: '王小明', title: '设计师', city: '深圳' });
  });

  it('reads UTF-16LE files with a BOM', () => {
    const parsed = read('utf16le-bom.vcf');
    expect(parsed.encoding).toBe('utf-16le');
    expect(parsed.records[0]).toMatchObject({
      line: 1,
      name: '刘洋',
      phones: ['186 0000 0000'],
      tags: ['客户'],
    });
  });

  it('reads UTF-16BE without a BOM and UTF-8 with a BOM', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:刘洋\r\nEND:VCARD\r\n';
    const le = Buffer.from(text, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(readVCards(be, 'be.vcf')).toMatchObject({ encoding: 'utf-16be' });
    expect(readVCards(be, 'be.vcf').records[0]!.name).toBe('刘洋');
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
    expect(readVCards(bom, 'bom.vcf').records[0]!.name).toBe('刘洋');
  });

  it('reads LF-only files folded with tabs inside characters', () => {
    expect(read('lf-only.vcf').records[0]).toMatchObject({
      name: '周杰',
      note: '这是一段很长的备注，会被折成好几行，而且折行的位置会落在汉字的中间，用 LF 和制表符。',
    });
  });

  it('reads CR-only (classic Mac) files', () => {
    const text = 'BEGIN:VCARD\rVERSION:3.0\rFN:Old Mac\rEND:VCARD\r';
    expect(readVCards(Buffer.from(text), 'mac.vcf').records[0]!.name).toBe('Old Mac');
  });
});

describe('vCard 4.0', () => {
  const parsed = read('v4.vcf');
  const [fang, li] = parsed.records;

  it('takes the preferred of parallel ALTID names as the name and the other script as nameLatin', () => {
    expect(fang).toMatchObject({ name: '王芳', nameLatin: 'Fang Wang', nicknames: ['芳芳'] });
    // The first one is the name when none is preferred, whatever its script.
    expect(li).toMatchObject({ name: 'Li Na', nameLatin: '李娜' });
  });

  it('orders by PREF, strips tel: URIs and reads --MMDD birthdays', () => {
    expect(fang!.emails).toEqual(['wang.fang@studio.example', 'fang@example.com']);
    expect(fang!.phones).toEqual(['+86-139-0000-0000', '+86-21-5555-0000;ext=102']);
    expect(fang!.birthday).toBe('--07-04');
    expect(fang).toMatchObject({
      company: '云端工作室',
      department: '动效组',
      title: '动效设计师',
      city: '上海',
    });
  });

  it('classifies URL hosts, IMPP and X- services; other services go to the note', () => {
    expect(fang!.handles).toEqual([
      { platform: 'behance', value: 'https://www.behance.net/fangwang' },
      { platform: 'github', value: 'https://github.com/fangwang' },
      { platform: 'qq', value: '20002' },
      { platform: 'wechat', value: 'fangwang_88' },
    ]);
    expect(fang!.note).toBe('xmpp: fang@jabber.example\nSKYPE: fang.wang');
  });

  it('decodes data: URI photos and ignores photos by URL', () => {
    expect(fang!.photo!.mime).toBe('image/png');
    expect(fang!.photo!.data.length).toBe(300);
    expect(li!.photo).toBeUndefined();
  });

  it('warns about an impossible birthday instead of failing', () => {
    expect(li!.birthday).toBeUndefined();
    expect(li!.warnings).toEqual([
      { field: 'birthday', problem: 'invalid_date', value: '1992-02-30' },
    ]);
  });

  it('tags members of KIND:group cards, by MEMBER with or without urn:uuid:', () => {
    expect(parsed.records).toHaveLength(2);
    expect(fang!.tags).toEqual(['动效', '上海', '动效小组']);
    expect(li!.tags).toEqual(['动效小组']);
  });

  it('unescapes RFC 6868 parameter values and keeps quoted ones whole', () => {
    const p = parseProperty(
      Buffer.from(`ADR;TYPE="work,pref";LABEL="a^nb^^c ^'d^' ;:":;;x;y;;;`),
      1,
    )!;
    expect(p.name).toBe('ADR');
    expect(p.params.get('label')).toEqual([`a\nb^c "d" ;:`]);
    expect(p.params.get('type')).toEqual(['work', 'pref']);
    expect(p.raw.toString()).toBe(';;x;y;;;');
    const q = parseProperty(Buffer.from('item2.TEL;CELL;type=HOME;TYPE=voice:1'), 1)!;
    expect(q).toMatchObject({ group: 'item2', name: 'TEL' });
    expect(q.params.get('type')).toEqual(['CELL', 'HOME', 'voice']);
  });
});

describe('Outlook and Google exports', () => {
  it('reads Outlook 2.1: raw UTF-8 without CHARSET, QP notes with CRLF, X-MS-IMADDRESS', () => {
    const [lei] = read('outlook-2.1.vcf').records;
    expect(lei).toMatchObject({
      name: '李雷',
      company: '星火工作室',
      department: '设计部',
      title: '艺术总监',
      city: '北京',
      birthday: '1985-06-12',
      emails: ['lilei@xinghuo.example'],
      phones: ['(010) 1234-5678', '13800138000'],
      handles: [{ platform: 'website', value: 'http://www.xinghuo.example' }],
      note: '第一行\n第二行\nIM: lilei_im',
    });
  });

  it('reads Google: escaped URLs, item labels, ISO birthdays with time, myContacts dropped', () => {
    const [xm] = read('google.vcf').records;
    expect(xm).toMatchObject({
      name: '陈晓明',
      nicknames: ['小明'],
      city: '浙江',
      birthday: '1995-11-02',
      tags: ['同学', 'starred'],
      note: '第一行\n第二行; 还有分号, 逗号 \\ 反斜杠',
      handles: [
        { platform: 'zcool', value: 'https://www.zcool.com.cn/u/123' },
        { platform: 'xiaohongshu', value: 'https://www.xiaohongshu.com/user/profile/5f00' },
        { platform: 'github', value: 'https://github.com/xm' },
      ],
    });
  });
});

describe('values', () => {
  it('reads every birthday form and rejects impossible days', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['1990-03-15', undefined, '1990-03-15'],
      ['19900315', undefined, '1990-03-15'],
      ['--0315', undefined, '--03-15'],
      ['--03-15', undefined, '--03-15'],
      ['1604-03-15', '1604', '--03-15'],
      ['16040315', '1604', '--03-15'],
      ['1604-03-15', undefined, '--03-15'],
      ['1990-03-15T00:00:00Z', undefined, '1990-03-15'],
      ['19900315T000000', undefined, '1990-03-15'],
      [' 1990/3/5 ', undefined, '1990-03-05'],
      ['2001-02-29', undefined, undefined],
      ['--02-30', undefined, undefined],
      ['--0229', undefined, '--02-29'],
      ['circa 1800', undefined, undefined],
      ['---15', undefined, undefined],
    ];
    for (const [v, omit, want] of cases) expect(readBirthday(v, omit), v).toBe(want);
  });

  it('unescapes text (unknown escapes keep the character) and splits lists and components', () => {
    const r = one(
      'FN:A\\,B',
      'N:Family\\;Name;Given;;;',
      'NICKNAME:a\\,b,c,,\\\\d',
      'NOTE:x\\Ny\\nz \\q https\\://e.com end\\',
      'CATEGORIES:one,two\\,three',
      'CATEGORIES:four',
    );
    expect(r.name).toBe('A,B');
    expect(r.nicknames).toEqual(['a,b', 'c', '\\d']);
    expect(r.note).toBe('x\ny\nz q https://e.com end\\');
    expect(r.tags).toEqual(['one', 'two,three', 'four']);
  });

  it('builds names from N when FN is missing: Chinese without a space, Latin given first', () => {
    expect(one('N:欧阳;娜娜;;;').name).toBe('欧阳娜娜');
    expect(one('N:Chen;Emily;Rose;Dr.;PhD').name).toBe('Dr. Emily Rose Chen PhD');
    expect(one('FN:', 'N:王;芳;;;').name).toBe('王芳');
  });

  it('reads the phonetic name last, first, middle', () => {
    const r = one(
      'FN:Zeng Xiaoxian',
      'X-PHONETIC-FIRST-NAME:xiao',
      'X-PHONETIC-MIDDLE-NAME:xian',
      'X-PHONETIC-LAST-NAME:zeng',
    );
    expect(r.phonetic).toBe('zeng xiao xian');
  });

  it('keeps handles of services we have no platform for: URLs as websites, the rest in the note', () => {
    const r = one(
      'FN:X',
      'X-SOCIALPROFILE;type=facebook:https://facebook.com/x',
      'IMPP;X-SERVICE-TYPE=Telegram:x-apple:xtg',
      'X-SOCIALPROFILE;type=sinaweibo;x-user="a;b:c":x-apple:ignored',
      'IMPP:weixin:wx_1',
      'X-WEIXIN:wx_2',
      'X-ABLabel:stray',
      'item9.URL:https://example.org/cv',
      'item9.X-ABLabel:_$!<HomePage>!$_',
    );
    expect(r.handles).toEqual([
      { platform: 'website', value: 'https://facebook.com/x' },
      { platform: 'weibo', value: 'a;b:c' },
      { platform: 'wechat', value: 'wx_1' },
      { platform: 'wechat', value: 'wx_2' },
      { platform: 'website', value: 'https://example.org/cv' },
    ]);
    expect(r.note).toBe('Telegram: xtg');
  });

  it('joins 2.1 base64 lines without leading spaces and a QP soft break before END', () => {
    const data = Buffer.alloc(200, 0x41);
    data[0] = 0x89;
    data.write('PNG', 1);
    const b64 = data.toString('base64');
    const parsed = readVCards(
      vcf(
        'BEGIN:VCARD',
        'VERSION:2.1',
        'PHOTO;ENCODING=BASE64;TYPE=PNG:' + b64.slice(0, 50),
        b64.slice(50, 150),
        b64.slice(150),
        '',
        'NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=E5=A4=87=E6=B3=A8=',
        'END:VCARD',
      ),
      'p.vcf',
    );
    const [r] = parsed.records;
    expect(r!.photo!.mime).toBe('image/png');
    expect(r!.photo!.data.length).toBe(200);
    expect(r!.note).toBe('备注');
  });

  it('joins QP soft breaks whose continuation is indented like a fold, keeping literal blanks', () => {
    const r = readVCards(
      vcf(
        'BEGIN:VCARD',
        'VERSION:2.1',
        'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E5=BC=A0;=E4=',
        ' =B8=89;;;',
        'NOTE;ENCODING=QUOTED-PRINTABLE:two=',
        ' words and=',
        '\t=E5=A5=BD',
        'END:VCARD',
      ),
      'q.vcf',
    ).records[0]!;
    expect(r.name).toBe('张三');
    expect(r.note).toBe('two words and好');
  });

  it('drops photos over the size limit with a warning, keeping the person', () => {
    const big = Buffer.alloc(IMPORT_LIMITS.photoBytes + 3, 1).toString('base64');
    const r = one('FN:Big', `PHOTO;ENCODING=b;TYPE=JPEG:${big}`);
    expect(r.name).toBe('Big');
    expect(r.photo).toBeUndefined();
    expect(r.warnings).toEqual([
      {
        field: 'photo',
        problem: 'photo_too_large',
        value: String(IMPORT_LIMITS.photoBytes + 3),
      },
    ]);
  });

  it('reports an unreadable line inside a card as a warning, not an error', () => {
    const r = one('FN:Ok', 'just some text', 'NOTE:fine');
    expect(r.note).toBe('fine');
    expect(r.warnings).toEqual([
      { field: 'vcard', problem: 'unknown_value', value: 'just some text' },
    ]);
  });

  it('treats a lunar (non-Gregorian) birthday as a warning, not a wrong day', () => {
    const r = one('FN:L', 'BDAY;CALSCALE=chinese:1990-03-15');
    expect(r.birthday).toBeUndefined();
    expect(r.warnings[0]).toMatchObject({ field: 'birthday', problem: 'invalid_date' });
  });
});

describe('malformed files', () => {
  it.each([
    ['broken-truncated.vcf', 'truncated_vcard', 6],
    ['broken-nested.vcf', 'truncated_vcard', 6],
    ['broken-garbage-line.vcf', 'unexpected_line', 6],
    ['broken-charset.vcf', 'unknown_charset', 8],
    ['broken-binary.vcf', 'binary', undefined],
    ['not-vcard.txt', 'unknown_format', undefined],
    ['empty.vcf', 'empty_file', undefined],
  ])('%s: %s at line %s', async (name, problem, line) => {
    const e = await malformedOf(fixture(name), name);
    expect(e.details.problem).toBe(problem);
    expect(e.details.line).toBe(line);
  });

  it('names the text before the first card, and calls whitespace only an empty file', async () => {
    const e = await malformedOf(vcf('', 'hello', 'BEGIN:VCARD', 'FN:a', 'END:VCARD'));
    expect(e.details).toMatchObject({ problem: 'unexpected_line', line: 2, detail: 'hello' });
    expect((await malformedOf(Buffer.from(' \r\n\r\n\t\n'))).details.problem).toBe('empty_file');
  });

  it('rejects values over the length limit, but not photos', async () => {
    const long = 'x'.repeat(IMPORT_LIMITS.valueChars + 1);
    const e = await malformedOf(vcf('BEGIN:VCARD', 'FN:a', `NOTE:${long}`, 'END:VCARD'));
    expect(e.details).toMatchObject({ problem: 'value_too_long', line: 3 });
    // Counted in characters: a million Chinese characters are 3 MB but within the limit.
    const zh = '备'.repeat(IMPORT_LIMITS.valueChars - 10);
    expect(one('FN:a', `NOTE:${zh}`).note!.length).toBe(IMPORT_LIMITS.valueChars - 10);
    const photo = Buffer.alloc(1_500_000, 9).toString('base64');
    expect(one('FN:a', `PHOTO;ENCODING=b:${photo}`).photo!.data.length).toBe(1_500_000);
  });

  it('stops gathering a folded value once it is surely too long', async () => {
    const folded = 'NOTE:' + Array.from({ length: 1_100_000 }, () => 'xxxx').join('\r\n ');
    const e = await malformedOf(vcf('BEGIN:VCARD', 'FN:a', folded, 'END:VCARD'));
    expect(e.details).toMatchObject({ problem: 'value_too_long', line: 3 });
  });

  it('survives a 10 MB line quickly: outside a card, inside one, as a photo', async () => {
    const started = performance.now();
    const huge = Buffer.alloc(10 * 1024 * 1024, 0x61);
    expect((await malformedOf(huge)).details.problem).toBe('unknown_format');
    const inCard = Buffer.concat([
      vcf('BEGIN:VCARD', 'FN:a'),
      Buffer.from('NOTE:'),
      huge,
      vcf('', 'END:VCARD'),
    ]);
    expect((await malformedOf(inCard)).details).toMatchObject({
      problem: 'value_too_long',
      line: 3,
    });
    // Without its END the same card is reported as truncated.
    const open = Buffer.concat([vcf('BEGIN:VCARD', 'FN:a'), Buffer.from('NOTE:'), huge]);
    expect((await malformedOf(open)).details).toMatchObject({
      problem: 'truncated_vcard',
      line: 1,
    });
    const quoteRun = Buffer.alloc(10 * 1024 * 1024, 0x22);
    const quotes = Buffer.concat([vcf('BEGIN:VCARD'), Buffer.from('X;A="'), quoteRun]);
    expect((await malformedOf(quotes)).details.problem).toBe('truncated_vcard');
    const qp = Buffer.concat([
      vcf('BEGIN:VCARD', 'FN:a'),
      Buffer.from('NOTE;ENCODING=QUOTED-PRINTABLE:'),
      Buffer.alloc(3_000_000, 0x3d),
      vcf('', 'END:VCARD'),
    ]);
    expect((await malformedOf(qp)).details.problem).toBe('value_too_long');
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('refuses more cards than the limit, at the first card too many', async () => {
    const cardBytes = Buffer.from('BEGIN:VCARD\nFN:a\nEND:VCARD\n');
    const many = Buffer.alloc(cardBytes.length * (IMPORT_LIMITS.records + 1));
    for (let i = 0; i < IMPORT_LIMITS.records + 1; i++) cardBytes.copy(many, i * cardBytes.length);
    const e = await malformedOf(many);
    expect(e.details).toMatchObject({
      problem: 'too_many_records',
      line: IMPORT_LIMITS.records * 3 + 1,
    });
  });
});

describe('round trip through our own vCard export', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('reads back name, handles, tags, birthday, company, title, city, note and nicknames', async () => {
    await makePerson(ctx, {
      name: '欧阳娜娜',
      nicknames: ['娜娜', 'a,b;c'],
      company: '青柚设计, Inc.',
      title: '插画师; 主理人',
      city: '杭州',
      handles: [
        'email:nana@example.com',
        'phone:+86 138 0000 0000',
        'website:https://nana.example',
        '小红书:nana_draws',
        '微信:nana88',
        'github:https://github.com/nana',
      ],
      birthday: '--02-29',
      tags: ['插画', 'a,b'],
      note: '第一行\n第二行：很长很长的一段中文备注，用来确认折行不会把一个汉字从中间切开。🎨 emoji; and, commas \\ too.',
    });
    await makePerson(ctx, { name: 'Emily Chen', birthday: '1990-05-20', city: 'San Francisco' });
    const { content } = await exportPeople(ctx, 'vcard', { lang: 'en' });
    const records = readVCards(Buffer.from(content), 'export.vcf').records;
    const nana = records.find((r) => r.name === '欧阳娜娜')!;
    expect(nana).toMatchObject({
      nicknames: ['娜娜', 'a,b;c'],
      company: '青柚设计, Inc.',
      title: '插画师; 主理人',
      city: '杭州',
      emails: ['nana@example.com'],
      phones: ['+86 138 0000 0000'],
      birthday: '--02-29',
      note: '第一行\n第二行：很长很长的一段中文备注，用来确认折行不会把一个汉字从中间切开。🎨 emoji; and, commas \\ too.',
      phonetic: 'ou yang na na',
    });
    expect(nana.handles).toEqual(
      expect.arrayContaining([
        { platform: 'website', value: 'https://nana.example' },
        { platform: 'xiaohongshu', value: 'nana_draws' },
        { platform: 'wechat', value: 'nana88' },
        { platform: 'github', value: 'https://github.com/nana' },
      ]),
    );
    expect(nana.handles).toHaveLength(4);
    expect([...nana.tags].sort()).toEqual(['a,b', '插画']);
    expect(nana.uid).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(records.find((r) => r.name === 'Emily Chen')).toMatchObject({
      birthday: '1990-05-20',
      city: 'San Francisco',
    });
  });

  it('round-trips arbitrary text through personToVCard', () => {
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        'Z',
        ' ',
        ';',
        ',',
        '\\',
        ':',
        '\n',
        '张',
        '伟',
        '🎨',
        'é',
        '，',
        '^',
        '"',
      ),
      minLength: 1,
      maxLength: 120,
    });
    const clean = text.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length > 0);
    fc.assert(
      fc.property(
        clean,
        clean,
        fc.array(clean, { maxLength: 4 }),
        text,
        (name, company, tags, note) => {
          const p = {
            uid: '6f7a0c2e-7d3b-4f0e-9a51-5b3f0d6c1e22',
            name,
            nameLatin: null,
            pinyin: null,
            nicknames: [],
            title: null,
            company,
            city: null,
            handles: [{ platform: 'weibo', value: `https://weibo.com/${company}` }],
            birthday: null,
            tags: [...new Set(tags)],
            note: note.trim() || null,
            updatedAt: '2026-01-01T00:00:00.000Z',
          } as unknown as Person;
          const [r] = readVCards(Buffer.from(personToVCard(p, '-//t//EN')), 'p.vcf').records;
          expect(r!.name).toBe(name);
          expect(r!.company).toBe(company);
          expect(r!.tags).toEqual([...new Set(tags)]);
          expect(r!.note).toBe(note.trim().replace(/\r\n?/g, '\n') || undefined);
          expect(r!.handles).toEqual([
            { platform: 'weibo', value: `https://weibo.com/${company}` },
          ]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('performance', () => {
  it('reads 10,000 Apple cards with 10 KB photos in a few seconds', () => {
    const photo = Buffer.alloc(10_000, 7);
    photo.writeUInt32BE(0xffd8ffe0, 0);
    const b64 = photo.toString('base64');
    const photoLines = [`PHOTO;ENCODING=b;TYPE=JPEG:${b64.slice(0, 48)}`];
    for (let i = 48; i < b64.length; i += 74) photoLines.push(` ${b64.slice(i, i + 74)}`);
    const cards: Buffer[] = [];
    for (let i = 0; i < 10_000; i++) {
      cards.push(
        vcf(
          'BEGIN:VCARD',
          'VERSION:3.0',
          `N:张;伟${i};;;`,
          `FN:张伟${i}`,
          'ORG:青柚设计;品牌部',
          'item1.EMAIL;type=INTERNET;type=pref:zw@example.com',
          'item1.X-ABLabel:_$!<Other>!$_',
          'TEL;type=CELL;type=VOICE;type=pref:+86 138 0013 8000',
          'item2.ADR;type=HOME;type=pref:;;文三路 90 号;杭州;浙江省;310012;中国',
          'item3.URL:https\\://weibo.com/zw',
          'BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15',
          'NOTE:备注\\n第二行',
          'CATEGORIES:插画,朋友',
          ...photoLines,
          `UID:${i}`,
          'END:VCARD',
        ),
      );
    }
    const file = Buffer.concat(cards);
    const started = performance.now();
    const parsed = readVCards(file, 'big.vcf');
    const ms = performance.now() - started;
    // About 0.7 s for these 145 MB on the 2-core dev machine.
    console.log(`10,000 cards, ${(file.length / 1e6).toFixed(0)} MB: ${ms.toFixed(0)} ms`);
    expect(parsed.records).toHaveLength(10_000);
    expect(parsed.records[9_999]!.photo!.data.length).toBe(10_000);
    expect(ms).toBeLessThan(5000);
  });
});
