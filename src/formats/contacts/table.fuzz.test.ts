import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkFailure,
  checkParsed,
  encode,
  encodingArb,
  mutate,
  mutationArb,
} from '../../../test/helpers/byte-mutations.js';
import { decodeText } from './decode.js';
import { readContacts } from './detect.js';

/**
 * Every CSV importer, fed 10,000 inputs each: half are fixtures with their bytes flipped, cut,
 * spliced, re-encoded and salted with quotes, separators and line breaks; half are tables
 * generated from the dialect's own headers with hostile cells. Each must end in ParsedContacts
 * or in ImportMalformed naming the file, never in another exception.
 */

const MUTATED_RUNS = 5_000;
const GENERATED_RUNS = 5_000;

type Importer = 'linkedin' | 'google' | 'outlook' | 'csv';

const FIXTURES: Record<Importer, string[]> = {
  linkedin: [
    'linkedin-notes.csv',
    'linkedin-quoted-notes-crlf.csv',
    'linkedin-two-blank-lines.csv',
    'linkedin-old-no-url.csv',
  ],
  google: ['google-current.csv', 'google-legacy-utf16le.csv'],
  outlook: [
    'outlook-desktop-gbk.csv',
    'outlook-desktop-zh-gbk.csv',
    'outlook-com.csv',
    'google-outlook.csv',
  ],
  csv: [
    'cardapp-gbk.csv',
    'cardapp-utf8.csv',
    'generic-en.csv',
    'semicolon.csv',
    'tab-separated.tsv',
    'broken-unbalanced-quote.csv',
    'broken-no-header.txt',
  ],
};

const DIR = new URL('../../../test/fixtures/import/csv/', import.meta.url);
const load = (name: string): { bytes: Uint8Array; text: string } => {
  const bytes = new Uint8Array(fs.readFileSync(new URL(name, DIR)));
  return { bytes, text: decodeText(bytes, name).text };
};

/** Headers each dialect writes (and some it does not), to build tables from. */
const HEADERS: Record<Importer, string[]> = {
  linkedin: [
    'First Name',
    'Last Name',
    'URL',
    'Email Address',
    'Company',
    'Position',
    'Connected On',
    'Notes:',
  ],
  google: [
    'First Name',
    'Middle Name',
    'Last Name',
    'Phonetic First Name',
    'Nickname',
    'File As',
    'Organization Name',
    'Organization Title',
    'Birthday',
    'Notes',
    'Labels',
    'Name',
    'Given Name',
    'Family Name',
    'Group Membership',
    'E-mail 1 - Label',
    'E-mail 1 - Value',
    'E-mail 2 - Type',
    'E-mail 2 - Value',
    'Phone 1 - Label',
    'Phone 1 - Value',
    'Address 1 - City',
    'Address 1 - Formatted',
    'Website 1 - Label',
    'Website 1 - Value',
    'Custom Field 1 - Label',
    'Custom Field 1 - Value',
    'Organization 1 - Name',
    'IM 1 - Service',
    'IM 1 - Value',
    'Event 1 - Value',
  ],
  outlook: [
    'Title',
    'First Name',
    'Middle Name',
    'Last Name',
    'Company',
    'Department',
    'Job Title',
    'Business City',
    'Home City',
    'Business Fax',
    'Business Phone',
    'Mobile Phone',
    'Birthday',
    'Categories',
    'E-mail Address',
    'E-mail Type',
    'E-mail 2 Address',
    'Notes',
    'Web Page',
    'Given Yomi',
    'Home Address',
    '名',
    '姓',
    '单位',
    '移动电话',
    '电子邮件地址',
    '附注',
    '类别',
    '生日',
  ],
  csv: [
    '姓名',
    '英文姓名',
    '公司',
    '职位',
    '手机',
    '电话',
    '传真',
    '邮箱',
    '网址',
    '地址',
    '微信',
    'QQ',
    '微博',
    '备注',
    '生日',
    '标签',
    '其他账号',
    'Name',
    'First Name',
    'Last Name',
    'Email',
    'Phone',
    'Tags',
    'Birthday',
    'Met on',
    'LinkedIn',
    '账号',
    '别名',
  ],
};

/** Columns without which a dialect does not recognise its header. */
const CORE: Record<Importer, string[]> = {
  linkedin: ['First Name', 'Last Name', 'Connected On'],
  google: ['First Name', 'E-mail 1 - Value'],
  outlook: ['First Name', 'Last Name', 'E-mail Address'],
  csv: ['姓名'],
};

/** Cell values chosen to reach the date, label, handle and splitting code. */
const VALUES = [
  '',
  ' ',
  '张伟',
  'Chen, CFA',
  'a@b.c',
  'a@b.c; d@e.f',
  '* Work',
  '* myContacts ::: Friends',
  ' 1990-05-17',
  '--02-29',
  '--13-45',
  '1985年3月15日',
  '3月15日',
  '0/0/00',
  '3/15/1985',
  '15 Mar 2024',
  '31 Feb 2024',
  'https://www.linkedin.com/in/x',
  'behance:x; email:y@z; ???',
  '微信',
  'WeChat',
  'QQ',
  '138 0013 8000',
  '1.38E+10',
  '上海市徐汇区',
  '客户、插画；同行',
  '/o=Ex/cn=x',
  'mailto:x@y',
  '"',
  '""',
  ',,,',
  '\r\n',
  'x\ny',
  '🌸',
  '\u0000',
  '\uFEFF',
  'tel:',
  '@',
  'Z'.repeat(300),
];

const cellArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  {
    weight: 2,
    arbitrary: fc.string({
      unit: fc.constantFrom(
        '"',
        ',',
        '\n',
        '\r',
        ';',
        '\t',
        ' ',
        'a',
        '张',
        ':',
        '*',
        '/',
        '-',
        '1',
        '@',
        '.',
      ),
      maxLength: 16,
    }),
  },
);

interface Layout {
  quoting: 'all' | 'needed' | 'none';
  delimiter: ',' | ';' | '\t';
  eol: '\n' | '\r\n' | '\r';
  preamble: string[];
}

const layoutArb: fc.Arbitrary<Layout> = fc.record({
  quoting: fc.constantFrom('all', 'needed', 'needed', 'none'),
  delimiter: fc.constantFrom(',', ',', ',', ';', '\t'),
  eol: fc.constantFrom('\n', '\r\n', '\r'),
  preamble: fc.array(
    fc.constantFrom('Notes:', '"Notes:"', '"Some e-mails, maybe, are missing."', '', '标题'),
    {
      maxLength: 3,
    },
  ),
});

function serialise(rows: string[][], l: Layout): string {
  const field = (v: string): string => {
    if (l.quoting === 'none') return v;
    if (l.quoting === 'all' || /[",;\t\r\n]/.test(v)) return `"${v.replace(/"/g, '""')}"`;
    return v;
  };
  const lines = [...l.preamble, ...rows.map((r) => r.map(field).join(l.delimiter))];
  return lines.join(l.eol) + l.eol;
}

/** How the runs ended, to be sure the fuzz reaches the record-making code, not only errors. */
type Tally = { records: number; malformed: number };

async function readOne(
  bytes: Uint8Array,
  file: string,
  format: Importer,
  tally: Tally,
): Promise<void> {
  try {
    const r = await readContacts(bytes, file, { format });
    checkParsed(r, format);
    tally.records += r.records.length > 0 ? 1 : 0;
  } catch (e) {
    checkFailure(e, file);
    tally.malformed++;
  }
}

describe.each(Object.keys(FIXTURES) as Importer[])('fuzz: the %s importer', (format) => {
  const fixtures = FIXTURES[format].map(load);
  const donors = fixtures.map((f) => f.bytes);

  it(`ends every one of ${MUTATED_RUNS} mutated fixtures in records or ImportMalformed`, async () => {
    const tally: Tally = { records: 0, malformed: 0 };
    await fc.assert(
      fc.asyncProperty(
        fc.nat(),
        encodingArb,
        fc.array(mutationArb, { maxLength: 6 }),
        async (pick, encoding, edits) => {
          const f = fixtures[pick % fixtures.length]!;
          const bytes = mutate(encode(f.text, f.bytes, encoding), donors, edits);
          await readOne(bytes, `m-${format}.csv`, format, tally);
        },
      ),
      { numRuns: MUTATED_RUNS },
    );
    expect(tally.records).toBeGreaterThan(MUTATED_RUNS / 4);
  });

  it(`ends every one of ${GENERATED_RUNS} generated tables in records or ImportMalformed`, async () => {
    const anyHeader = fc.array(
      fc.oneof(fc.constantFrom(...HEADERS[format]), fc.string({ maxLength: 12 })),
      { minLength: 1, maxLength: 12 },
    );
    // Mostly a header the dialect recognises, so that the rows behind it get read.
    const knownHeader = fc
      .tuple(
        fc.subarray(HEADERS[format]),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 2 }),
        fc.infiniteStream(fc.nat()),
      )
      .map(([some, junk, order]) => {
        const cols = [...new Set([...CORE[format], ...some])].concat(junk);
        return cols
          .map((c) => [order.next().value as number, c] as const)
          .sort((x, y) => x[0] - y[0])
          .map(([, c]) => c);
      });
    const headerArb = fc.oneof(
      { weight: 4, arbitrary: knownHeader },
      { weight: 1, arbitrary: anyHeader },
    );
    const tally: Tally = { records: 0, malformed: 0 };
    await fc.assert(
      fc.asyncProperty(
        headerArb,
        fc.array(fc.array(cellArb, { maxLength: 14 }), { maxLength: 8 }),
        layoutArb,
        encodingArb,
        async (header, rows, layout, encoding) => {
          const text = serialise([header, ...rows], layout);
          const bytes = encode(text, new TextEncoder().encode(text), encoding);
          await readOne(bytes, `g-${format}.csv`, format, tally);
        },
      ),
      { numRuns: GENERATED_RUNS },
    );
    expect(tally.records).toBeGreaterThan(GENERATED_RUNS / 4);
  });
});
