import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAppError } from '../../../test/helpers/errors.js';
import { detectFormat, readContacts } from './detect.js';
import { IMPORT_LIMITS } from './record.js';

const CSV = new URL('../../../test/fixtures/import/csv/', import.meta.url);
const XLSX = new URL('../../../test/fixtures/import/xlsx/', import.meta.url);
const VCARD = new URL('../../../test/fixtures/import/vcard/', import.meta.url);
const bytesOf = (dir: URL, name: string): Uint8Array =>
  new Uint8Array(fs.readFileSync(new URL(name, dir)));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('detectFormat', () => {
  it('recognises each CSV dialect by its header, wherever the header sits', () => {
    const expected: Record<string, string> = {
      'linkedin-notes.csv': 'linkedin',
      'linkedin-quoted-notes-crlf.csv': 'linkedin',
      'linkedin-two-blank-lines.csv': 'linkedin',
      'linkedin-old-no-url.csv': 'linkedin',
      'google-current.csv': 'google',
      'google-legacy-utf16le.csv': 'google',
      'outlook-desktop-gbk.csv': 'outlook',
      'outlook-desktop-zh-gbk.csv': 'outlook',
      'outlook-com.csv': 'outlook',
      'google-outlook.csv': 'outlook',
      'cardapp-gbk.csv': 'csv',
      'cardapp-utf8.csv': 'csv',
      'generic-en.csv': 'csv',
      'semicolon.csv': 'csv',
      'tab-separated.tsv': 'csv',
      'broken-no-header.txt': 'csv',
      'broken-unbalanced-quote.csv': 'csv',
    };
    for (const [name, format] of Object.entries(expected)) {
      expect([name, detectFormat(bytesOf(CSV, name), name).format]).toEqual([name, format]);
    }
  });

  it('goes by content, not by the name', () => {
    const linkedin = bytesOf(CSV, 'linkedin-notes.csv');
    expect(detectFormat(linkedin, 'contacts.txt').format).toBe('linkedin');
    expect(detectFormat(linkedin, 'contacts.vcf').format).toBe('linkedin');
    expect(detectFormat(bytesOf(XLSX, 'wecom-members.xlsx'), 'members.csv').format).toBe('xlsx');
    expect(
      detectFormat(utf8('\n\n  begin:vcard\r\nVERSION:3.0\r\nEND:VCARD\r\n'), 'x.csv').format,
    ).toBe('vcard');
    expect(detectFormat(utf8('\uFEFFBEGIN:VCARD\r\n'), 'x').format).toBe('vcard');
    expect(
      detectFormat(utf8('{\n  "format": "tongxing",\n  "version": 1\n}'), 'b.txt').format,
    ).toBe('json');
  });

  it('lets the name decide only what the content leaves open', () => {
    const prose = utf8('Dear friend,\nhello.\n');
    expect(detectFormat(prose, 'notes.txt').format).toBe('csv');
    expect(detectFormat(prose, 'cards.vcf').format).toBe('vcard');
    expect(detectFormat(prose, 'backup.json').format).toBe('json');
    expect(detectFormat(prose, 'book.xlsx').format).toBe('xlsx');
    // An old .xls (OLE2) goes to the workbook reader, which explains what to do.
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(detectFormat(ole, 'old.xls').format).toBe('xlsx');
  });

  it("detects the other helpers' vCard fixtures", () => {
    for (const name of fs
      .readdirSync(VCARD)
      .filter((n) => n.endsWith('.vcf') && !n.startsWith('broken') && n !== 'empty.vcf')) {
      expect([name, detectFormat(bytesOf(VCARD, name), name).format]).toEqual([name, 'vcard']);
    }
  });

  it('rejects empty and binary files', async () => {
    expect(() => detectFormat(new Uint8Array(0), 'e.csv')).toThrow();
    const e = await expectAppError(
      Promise.resolve().then(() => detectFormat(bytesOf(CSV, 'broken-binary.csv'), 'b.csv')),
      'ImportMalformed',
    );
    expect(e.details).toMatchObject({ file: 'b.csv', problem: 'binary' });
  });
});

describe('readContacts', () => {
  it('detects and dispatches: CSV dialects, xlsx, vCard', async () => {
    expect(
      (await readContacts(bytesOf(CSV, 'linkedin-notes.csv'), 'c.csv', { format: 'auto' })).format,
    ).toBe('linkedin');
    const x = await readContacts(bytesOf(XLSX, 'wecom-members.xlsx'), 'w.xlsx', { format: 'auto' });
    expect(x).toMatchObject({ format: 'xlsx', encoding: 'xlsx' });
    expect(x.records.map((r) => r.name)).toEqual(['张伟', '李雷', '韩梅梅']);
    const v = await readContacts(bytesOf(VCARD, 'google.vcf'), 'g.vcf', { format: 'auto' });
    expect(v.format).toBe('vcard');
    expect(v.records.length).toBeGreaterThan(0);
  });

  it('honours a forced format, --map and --sheet', async () => {
    const generic = await readContacts(bytesOf(CSV, 'linkedin-old-no-url.csv'), 'c.csv', {
      format: 'csv',
    });
    expect(generic.format).toBe('csv');
    expect(generic.records[0]!.metHow).toBeUndefined();
    const mapped = await readContacts(bytesOf(CSV, 'generic-en.csv'), 'g.csv', {
      format: 'auto',
      map: { Handle: 'wechat' },
    });
    expect(mapped.records[0]!.handles).toContainEqual({ platform: 'wechat', value: 'maya_wx' });
    const sheet = await readContacts(bytesOf(XLSX, 'cardapp.xlsx'), 'c.xlsx', {
      format: 'xlsx',
      sheet: 'CONTACTS',
    });
    expect(sheet.records.map((r) => r.name)).toEqual(['Maya Chen']);
  });

  it('reports malformed files with the file name and the line', async () => {
    const e = await expectAppError(
      readContacts(bytesOf(CSV, 'broken-unbalanced-quote.csv'), 'q.csv', { format: 'auto' }),
      'ImportMalformed',
    );
    expect(e.details).toMatchObject({ file: 'q.csv', problem: 'unbalanced_quote', line: 3 });
    const h = await expectAppError(
      readContacts(bytesOf(CSV, 'broken-no-header.txt'), 'p.txt', { format: 'auto' }),
      'ImportMalformed',
    );
    expect(h.details).toMatchObject({ file: 'p.txt', problem: 'no_header', line: 1 });
    const x = await expectAppError(
      readContacts(bytesOf(CSV, 'generic-en.csv'), 'g.xlsx', { format: 'xlsx' }),
      'ImportMalformed',
    );
    expect(x.details).toMatchObject({ file: 'g.xlsx', problem: 'bad_xlsx' });
  });

  it('refuses files over the size limit before reading them', async () => {
    const big = new Uint8Array(IMPORT_LIMITS.fileBytes + 1);
    const e = await expectAppError(
      readContacts(big, 'big.csv', { format: 'auto' }),
      'ImportMalformed',
    );
    expect(e.details).toMatchObject({ file: 'big.csv', problem: 'file_too_large' });
  });

  it('leaves JSON backups to the backup importer', async () => {
    await expect(
      readContacts(utf8('{"format":"tongxing"}'), 'b.json', { format: 'json' }),
    ).rejects.toThrow(/JSON/);
  });

  it('reads 100,000 LinkedIn rows quickly and within memory', async () => {
    const header =
      'Notes:\n"notice"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
    const row = (i: number): string =>
      `Wei${i},"Chen, CFA",https://www.linkedin.com/in/wei-${i},,Ogilvy ${i % 50},Art Director,${(i % 28) + 1} Mar 2024\n`;
    const text = header + Array.from({ length: 100_000 }, (_, i) => row(i)).join('');
    const bytes = utf8(text);
    const before = process.memoryUsage().rss;
    const t = performance.now();
    const r = await readContacts(bytes, 'Connections.csv', { format: 'auto' });
    const ms = performance.now() - t;
    const grew = (process.memoryUsage().rss - before) / 2 ** 20;
    expect(r.format).toBe('linkedin');
    expect(r.records).toHaveLength(100_000);
    expect(r.records[99_999]).toMatchObject({ name: 'Wei99999 Chen', line: 100_004 });
    expect(ms).toBeLessThan(10_000);
    expect(grew).toBeLessThan(250);
    expect(process.memoryUsage().rss / 2 ** 20).toBeLessThan(600);
  });
});
