import fs from 'node:fs';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkFailure,
  checkParsed,
  mutate,
  mutationArb,
} from '../../../test/helpers/byte-mutations.js';
import { unzip, zip, type Entry } from '../../../test/helpers/zip.js';
import { readXlsx } from './read.js';

/**
 * The xlsx importer, fed 10,000 inputs: byte mutations of small workbooks (most die at the zip
 * check, fast), mutations of the XML inside re-zipped with valid checksums (these reach exceljs
 * and our cell conversion), and workbooks generated from random cells. Each must end in
 * ParsedContacts or in ImportMalformed naming the file.
 */

const BYTE_RUNS = 8_400;
const XML_RUNS = 1_000;
const GENERATED_RUNS = 600;

const DIR = new URL('../../../test/fixtures/import/xlsx/', import.meta.url);

/** XML that exercises exceljs: huge references, bad numbers, shared strings out of range, dates. */
const XML_TOKENS = [
  '<',
  '>',
  '"',
  '&amp;',
  '&#0;',
  '<![CDATA[x]]>',
  '<c r="XFD1048576" t="s"><v>99999</v></c>',
  '<c r="A1" t="n"><v>1e308</v></c>',
  '<c r="B2" s="1"><v>-1</v></c>',
  '<c t="inlineStr"><is><t>张</t></is></c>',
  '<row r="0">',
  '<row r="1048577">',
  '<si><r><t>x</t></r></si>',
  '<sheet name="" sheetId="1" r:id="rId9"/>',
  '<f>A1</f>',
  '<v>NaN</v>',
  't="e"',
  't="b"',
  't="d"',
  'r="A0"',
  '</sheetData>',
  '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
  '<dataValidations count="1"><dataValidation sqref="A1:XFD1048576"/></dataValidations>',
  '<definedNames><definedName name="x">S!$A$1:$XFD$1048576</definedName></definedNames>',
].map((s) => new TextEncoder().encode(s));

const xmlMutationArb = fc.oneof(
  { weight: 3, arbitrary: mutationArb },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      bytes: fc.constantFrom(...XML_TOKENS),
    }),
  },
);

/** Replaces the text of the n-th `<v>`/`<t>` element: the XML stays well-formed, the values go wild. */
function replaceValue(xml: Uint8Array, n: number, value: string): Uint8Array {
  const text = new TextDecoder().decode(xml);
  const opens = [...text.matchAll(/<(v|t)(?: [^>]*)?>/g)];
  if (opens.length === 0) return xml;
  const m = opens[n % opens.length]!;
  const start = m.index + m[0].length;
  const end = text.indexOf('<', start);
  if (end < 0) return xml;
  return new TextEncoder().encode(text.slice(0, start) + value + text.slice(end));
}

const valueArb = fc.oneof(
  fc.constantFrom(
    '',
    '-1',
    '1e308',
    'NaN',
    '99999',
    '0.5',
    '2958466',
    '-700000',
    '&amp;',
    '张伟',
    '--02-29',
  ),
  fc.string({ maxLength: 20 }).map((s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
);

const cellArb: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constantFrom(
    '姓名',
    'Name',
    '手机',
    'Email',
    '生日',
    '微信',
    '张伟',
    'a@b.c',
    '--02-29',
    '1985年3月15日',
  ),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 0, 1)) }),
  fc.constant(null),
  fc.string({ maxLength: 8 }).map((t) => ({ richText: [{ text: t }, { text: '伟' }] })),
  fc.string({ maxLength: 8 }).map((t) => ({ text: t || 'x', hyperlink: 'https://example.com/x' })),
  fc.string({ maxLength: 8 }).map((t) => ({ formula: 'A1', result: t })),
);

async function readOne(
  bytes: Uint8Array,
  file: string,
  sheet?: string,
): Promise<'records' | 'malformed'> {
  try {
    checkParsed(await readXlsx(bytes, file, { sheet }), 'xlsx');
    return 'records';
  } catch (e) {
    checkFailure(e, file);
    return 'malformed';
  }
}

async function small(rows: ExcelJS.CellValue[][], sheet = 'Sheet1'): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('fuzz: the xlsx importer', () => {
  let bases: Uint8Array[] = [];
  let unpacked: Entry[][] = [];

  beforeAll(async () => {
    bases = [
      new Uint8Array(fs.readFileSync(new URL('wecom-members.xlsx', DIR))),
      new Uint8Array(fs.readFileSync(new URL('cardapp.xlsx', DIR))),
      await small([
        ['姓名', '手机', '生日', 'Email'],
        [
          '张伟',
          13800138000,
          new Date(Date.UTC(1985, 2, 15)),
          { text: 'zw@x.cn', hyperlink: 'mailto:zw@x.cn' },
        ],
      ]),
    ];
    unpacked = bases.map(unzip);
  });

  it(`ends every one of ${BYTE_RUNS} byte-mutated workbooks in records or ImportMalformed`, async () => {
    const tally = { records: 0, malformed: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.array(mutationArb, { minLength: 1, maxLength: 4 }),
        async (pick, edits) => {
          const bytes = mutate(bases[pick % bases.length]!, bases, edits);
          tally[await readOne(bytes, 'm.xlsx')]++;
        },
      ),
      { numRuns: BYTE_RUNS },
    );
    expect(tally.malformed).toBeGreaterThan(BYTE_RUNS / 2);
  });

  it(`ends every one of ${XML_RUNS} workbooks with mutated XML (valid zip) in records or ImportMalformed`, async () => {
    const tally = { records: 0, malformed: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        fc.nat(),
        fc.oneof(
          fc.array(xmlMutationArb, { minLength: 1, maxLength: 4 }),
          fc.array(fc.tuple(fc.nat(), valueArb), { minLength: 1, maxLength: 6 }),
        ),
        fc.option(fc.constantFrom('成员列表', 'contacts', 'Sheet1', 'nope'), {
          nil: undefined,
          freq: 4,
        }),
        async (pick, target, edits, sheet) => {
          const entries = unpacked[pick % unpacked.length]!;
          // Mostly the sheet and its strings, where the contacts are.
          const xml = entries.filter((e) =>
            /sheet1\.xml$|sharedStrings|workbook\.xml$/.test(e.name),
          );
          const pool = target % 4 === 0 ? entries : xml;
          const victim = pool[target % pool.length]!;
          const edit = (data: Uint8Array): Uint8Array =>
            edits.reduce<Uint8Array>(
              (d, m) => (Array.isArray(m) ? replaceValue(d, m[0], m[1]) : mutate(d, [], [m])),
              data,
            );
          const changed = entries.map((e) =>
            e === victim ? { name: e.name, data: edit(e.data) } : e,
          );
          tally[await readOne(zip(changed), 'x.xlsx', sheet)]++;
        },
      ),
      { numRuns: XML_RUNS },
    );
    expect(tally.records).toBeGreaterThan(XML_RUNS / 10);
  });

  it(`reads every one of ${GENERATED_RUNS} generated workbooks, or says why not`, async () => {
    const tally = { records: 0, malformed: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.array(cellArb, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 5 }),
        fc.constantFrom('Sheet1', '名片', 'Contacts'),
        async (header, rows, sheet) => {
          const bytes = await small([['姓名', ...header], ...rows], sheet);
          tally[await readOne(bytes, 'g.xlsx', sheet.toUpperCase())]++;
        },
      ),
      { numRuns: GENERATED_RUNS },
    );
    expect(tally.records + tally.malformed).toBe(GENERATED_RUNS);
  });
});
