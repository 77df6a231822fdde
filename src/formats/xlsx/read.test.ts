import fs from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectAppError } from '../../../test/helpers/errors.js';
import { unzip, zip } from '../../../test/helpers/zip.js';
import type { ContactRecord } from '../contacts/record.js';
import { readXlsx } from './read.js';

const XLSX = new URL('../../../test/fixtures/import/xlsx/', import.meta.url);
const bytesOf = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(new URL(name, XLSX)));

const rec = (r: Partial<ContactRecord> & { line: number; name: string }): ContactRecord => ({
  nicknames: [],
  emails: [],
  phones: [],
  handles: [],
  tags: [],
  warnings: [],
  ...r,
});

/** A workbook built with exceljs, as bytes. */
async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A zip with one stored or deflated entry whose directory may lie about its size. */
function zipOf(
  name: string,
  data: Uint8Array,
  opts: { declared?: number; deflate?: boolean } = {},
): Uint8Array {
  const packed = opts.deflate ? deflateRawSync(data) : data;
  const nameBytes = new TextEncoder().encode(name);
  const size = opts.declared ?? data.length;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(opts.deflate ? 8 : 0, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(size, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(opts.deflate ? 8 : 0, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(size, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(0, 42);
  const dirAt = 30 + nameBytes.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(dirAt, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, packed, central, nameBytes, end]));
}

describe('readXlsx', () => {
  it("reads WeCom's member export (written by openpyxl): numbers as typed, 账号 ignored, blank rows skipped", async () => {
    const r = await readXlsx(bytesOf('wecom-members.xlsx'), 'members.xlsx');
    expect(r).toMatchObject({ format: 'xlsx', encoding: 'xlsx', unmappedColumns: [] });
    expect(r.records).toEqual([
      rec({
        line: 2,
        name: '张伟',
        nicknames: ['Tony'],
        title: '设计总监',
        department: '设计部;市场部',
        phones: ['13800138000', '021-55551234'],
        emails: ['zw@example.com'],
        city: '上海',
      }),
      rec({
        line: 3,
        name: '李雷',
        title: '动效设计师',
        department: '设计部',
        phones: ['+86 139 0013 9000'],
        emails: ['lilei@example.com'],
      }),
      rec({
        line: 5,
        name: '韩梅梅',
        nicknames: ['Meimei'],
        title: '插画师',
        department: '设计部',
        phones: ['13700137000'],
        city: '深圳',
      }),
    ]);
  });

  it('finds the header below a merged title row; dates, hyperlinks and multi-line cells', async () => {
    const r = await readXlsx(bytesOf('cardapp.xlsx'), 'cards.xlsx');
    expect(r.records).toEqual([
      rec({
        line: 4,
        name: '王芳',
        nameLatin: 'Fiona Wang',
        company: '杭州木木插画',
        title: '插画师',
        phones: ['13900139000'],
        emails: ['fiona@example.com'],
        handles: [
          { platform: 'behance', value: 'https://www.behance.net/fiona' },
          { platform: 'wechat', value: 'fiona_wang' },
        ],
        birthday: '1985-03-15',
        note: '第一次见面\n在站酷大会',
      }),
      rec({
        line: 5,
        name: '赵敏',
        company: '深圳光年动画',
        title: '导演',
        phones: ['136 0000 1111'],
        birthday: '--03-15',
      }),
    ]);
  });

  it('reads the sheet named with --sheet, in any case; a missing sheet is no_sheet', async () => {
    const r = await readXlsx(bytesOf('cardapp.xlsx'), 'cards.xlsx', { sheet: ' contacts ' });
    expect(r.records).toEqual([
      rec({
        line: 2,
        name: 'Maya Chen',
        emails: ['maya@example.com'],
        phones: ['+1 415 555 0100'],
      }),
    ]);
    expect(
      (await readXlsx(bytesOf('cardapp.xlsx'), 'c.xlsx', { sheet: '名片' })).records,
    ).toHaveLength(2);
    const e = await expectAppError(
      readXlsx(bytesOf('cardapp.xlsx'), 'c.xlsx', { sheet: 'Nope' }),
      'ImportMalformed',
    );
    expect(e.details).toMatchObject({ file: 'c.xlsx', problem: 'no_sheet', detail: 'Nope' });
  });

  it('turns every kind of cell into text: rich text, hyperlinks, formulas, dates, big numbers, booleans', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Sheet1');
      ws.addRow(['Name', 'Phone', 'Email', 'Website', 'Birthday', 'Met on', 'Notes', 'Tags']);
      ws.addRow([
        { richText: [{ text: '张', font: { bold: true } }, { text: '伟' }] },
        8613800138000,
        { text: 'zw@example.com', hyperlink: 'mailto:zw@example.com' },
        { text: 'https://www.behance.net/zw', hyperlink: 'https://www.behance.net/zw' },
        new Date(Date.UTC(1985, 2, 15)),
        { formula: 'DATE(2024,3,1)', result: new Date(Date.UTC(2024, 2, 1)) },
        { formula: 'A2&"!"', result: '张伟!' },
        true,
      ]);
      ws.addRow(['Ada', 1.5, { error: '#N/A' }, null, '1815-12-10', undefined, 0.1 + 0.2, 'x']);
    });
    const r = await readXlsx(bytes, 'gen.xlsx', { map: { Tags: 'tags' } });
    expect(r.records).toEqual([
      rec({
        line: 2,
        name: '张伟',
        phones: ['8613800138000'],
        emails: ['zw@example.com'],
        handles: [{ platform: 'behance', value: 'https://www.behance.net/zw' }],
        birthday: '1985-03-15',
        metOn: '2024-03-01',
        note: '张伟!',
        tags: ['TRUE'],
      }),
      rec({
        line: 3,
        name: 'Ada',
        phones: ['1.5'],
        birthday: '1815-12-10',
        note: '0.3',
        tags: ['x'],
      }),
    ]);
  });

  it('maps columns with --map and reports unmapped ones, like CSV', async () => {
    const bytes = await workbook((wb) => {
      const ws = wb.addWorksheet('Members');
      ws.addRow(['姓名', '工号', '微信昵称']);
      ws.addRow(['张伟', 'E001', 'zw88']);
    });
    expect((await readXlsx(bytes, 'm.xlsx')).unmappedColumns).toEqual(['工号', '微信昵称']);
    const mapped = await readXlsx(bytes, 'm.xlsx', { map: { 微信昵称: 'wechat', '2': 'ignore' } });
    expect(mapped.unmappedColumns).toEqual([]);
    expect(mapped.records[0]!.handles).toEqual([{ platform: 'wechat', value: 'zw88' }]);
  });

  it('fails with no_header on a sheet without a name column', async () => {
    const bytes = await workbook((wb) => wb.addWorksheet('S').addRow(['Foo', 'Bar']));
    const e = await expectAppError(readXlsx(bytes, 'n.xlsx'), 'ImportMalformed');
    expect(e.details).toMatchObject({ file: 'n.xlsx', problem: 'no_header', line: 1 });
  });

  it('rejects what is not an xlsx: text, an old .xls, truncated and damaged archives', async () => {
    const cases: [string, Uint8Array, RegExp][] = [
      ['text.xlsx', new TextEncoder().encode('Name,Email\n'), /not a zip/],
      ['old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/],
      ['cut.xlsx', bytesOf('wecom-members.xlsx').slice(0, 3000), /missing|truncated|damaged/],
    ];
    // A byte inside the first entry's compressed data.
    const flipped = bytesOf('wecom-members.xlsx');
    const dataAt = 30 + flipped[26]! + 256 * flipped[27]! + flipped[28]! + 256 * flipped[29]!;
    flipped[dataAt + 5] = flipped[dataAt + 5]! ^ 0xff;
    cases.push(['flip.xlsx', flipped, /damaged|unpack|checksum/]);
    cases.push(['notbook.xlsx', zipOf('hello.txt', new TextEncoder().encode('hi')), /.+/]);
    for (const [file, bytes, reason] of cases) {
      const e = await expectAppError(readXlsx(bytes, file), 'ImportMalformed');
      expect(e.details).toMatchObject({ file, problem: 'bad_xlsx' });
      expect(String(e.details.detail)).toMatch(reason);
    }
  });

  it('stops zip bombs before unpacking: a lying size, or too much in total', async () => {
    const zeros = new Uint8Array(8 * 2 ** 20);
    const liar = zipOf('xl/worksheets/sheet1.xml', zeros, { deflate: true, declared: 1000 });
    expect(liar.length).toBeLessThan(20_000);
    const e = await expectAppError(readXlsx(liar, 'bomb.xlsx'), 'ImportMalformed');
    expect(e.details).toMatchObject({
      problem: 'bad_xlsx',
      detail: 'a zip entry does not unpack to its declared size',
    });
    const huge = zipOf('xl/worksheets/sheet1.xml', zeros.subarray(0, 10), {
      deflate: true,
      declared: 2 ** 31,
    });
    const h = await expectAppError(readXlsx(huge, 'huge.xlsx'), 'ImportMalformed');
    expect(String(h.details.detail)).toMatch(/more than 512 MB/);
  });

  it('reads sheets whose merges, data validations or defined names cover the whole sheet (exceljs would expand them)', async () => {
    const plain = await workbook((wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['姓名', '性别']);
      ws.addRow(['张伟', '男']);
    });
    const huge =
      '<mergeCells count="1"><mergeCell ref="A3:XFD1048576"/></mergeCells>' +
      '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="B2:B1048576 C1:XFD1048576">' +
      '<formula1>"男,女"</formula1></dataValidation></dataValidations>';
    const names =
      '<definedNames><definedName name="Genders">S!$A$1:$XFD$1048576</definedName>' +
      '<definedName name="_xlnm.Print_Area" localSheetId="0">S!$A:$Z</definedName></definedNames>';
    const entries = unzip(plain).map((e) => {
      const xml = new TextDecoder().decode(e.data);
      if (/sheet1\.xml$/.test(e.name)) {
        return {
          name: e.name,
          data: new TextEncoder().encode(xml.replace('</sheetData>', `</sheetData>${huge}`)),
        };
      }
      if (/workbook\.xml$/.test(e.name)) {
        return {
          name: e.name,
          data: new TextEncoder().encode(xml.replace('</sheets>', `</sheets>${names}`)),
        };
      }
      return e;
    });
    const t = performance.now();
    const r = await readXlsx(zip(entries), 'bomb.xlsx');
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(r.records.map((x) => x.name)).toEqual(['张伟']);
  });

  it('refuses a file over the size limit', async () => {
    const big = new Uint8Array(200 * 2 ** 20 + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    const e = await expectAppError(readXlsx(big, 'big.xlsx'), 'ImportMalformed');
    expect(e.details).toMatchObject({ problem: 'file_too_large' });
  });
});
