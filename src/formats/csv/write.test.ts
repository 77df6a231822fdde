import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makePerson } from '../../../test/helpers/factories.js';
import { exportPeople } from '../../core/exchange/export.service.js';
import { csvField } from './write.js';

describe('CSV export', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
    await makePerson(ctx, {
      name: '张伟',
      city: '上海',
      tags: ['插画', '同行'],
      handles: ['wechat:zw88', 'email:zw@example.com', 'behance:zw'],
      note: 'He said "hi",\nthen left',
    });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('quotes what needs quoting and doubles quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
  });

  it('starts with a BOM for Excel, uses CRLF, one row per person, headers in the language asked', async () => {
    const zh = (await exportPeople(ctx, 'csv', { lang: 'zh' })).content;
    expect(zh.startsWith('\uFEFFID,姓名,')).toBe(true);
    const en = (await exportPeople(ctx, 'csv', { lang: 'en' })).content;
    expect(en.startsWith('\uFEFFID,Name,Latin name,')).toBe(true);
    expect(en.endsWith('\r\n')).toBe(true);
    expect(en).toContain(',张伟,');
    expect(en).toContain('同行; 插画'); // tags are kept sorted
    expect(en).toContain(',zw88,');
    expect(en).toContain('behance:zw');
    expect(en).toContain('"He said ""hi"",\nthen left"');
  });
});
