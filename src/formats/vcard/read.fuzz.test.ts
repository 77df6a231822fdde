import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { readVCards } from './read.js';

// 10,500 inputs in all; about 1.5 s on the 2-core dev machine (vitest prints each test's time).
// VCARD_FUZZ_SCALE=50 runs fifty times as many for a longer hunt.
const SCALE = Math.max(1, Number(process.env.VCARD_FUZZ_SCALE) || 1);

const DIR = fileURLToPath(new URL('../../../test/fixtures/import/vcard/', import.meta.url));
const FIXTURES = fs
  .readdirSync(DIR)
  .filter((f) => !f.endsWith('.mjs') && f !== 'empty.vcf')
  .map((f) => fs.readFileSync(DIR + f));

/** Every input ends in records or an ImportMalformed naming the file: nothing else escapes. */
function check(bytes: Uint8Array): void {
  let result;
  try {
    result = readVCards(bytes, 'fuzz.vcf');
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    expect(e.code).toBe('ImportMalformed');
    expect(e.details.file).toBe('fuzz.vcf');
    expect(typeof e.details.problem).toBe('string');
    return;
  }
  expect(result.format).toBe('vcard');
  for (const r of result.records) {
    expect(r.line).toBeGreaterThanOrEqual(1);
    expect(typeof r.name).toBe('string');
    expect(Array.isArray(r.handles) && Array.isArray(r.tags) && Array.isArray(r.warnings)).toBe(
      true,
    );
    if (r.birthday !== undefined) expect(r.birthday).toMatch(/^(\d{4}|-)-\d{2}-\d{2}$/);
  }
}

/** Byte strings that matter to a vCard reader: line ends, folds, QP, params, boundaries. */
const TOKENS = [
  '\r\n',
  '\n',
  '\r\n ',
  '\n\t',
  '=\r\n',
  '=',
  '=E5',
  '=ZZ',
  ':',
  ';',
  ',',
  '"',
  '\\',
  '^',
  '^n',
  'BEGIN:VCARD\r\n',
  'END:VCARD\r\n',
  'BEGIN:VCARD',
  ';CHARSET=GBK',
  ';CHARSET=NOPE',
  ';ENCODING=QUOTED-PRINTABLE',
  ';QUOTED-PRINTABLE',
  ';ENCODING=b',
  ';BASE64',
  ';TYPE="a,b"',
  ';PREF=1',
  ';X-APPLE-OMIT-YEAR=1604',
  'item1.',
  'X-ABLabel:微信\r\n',
  'PHOTO;ENCODING=b:',
  'PHOTO:data:image/png;base64,',
  'BDAY:',
  'KIND:group\r\n',
  'MEMBER:urn:uuid:',
  'X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:6b29fc40-ca47-1067-b31d-00dd010662da\r\n',
  'x-apple:',
  'tel:',
  '张',
  '\x00',
  '\x1a',
]
  .map((t) => Buffer.from(t))
  // Half a character, a UTF-16 BOM, a UTF-8 BOM, a GBK character.
  .concat(
    [
      [0xe5, 0xbc],
      [0xff, 0xfe],
      [0xef, 0xbb, 0xbf],
      [0xd5, 0xc5],
    ].map((b) => Buffer.from(b)),
  );

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; token: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'splice'; at: number; other: number; from: number; length: number }
  | { kind: 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip'), at: fc.nat(), byte: fc.nat(255) }),
  fc.record({ kind: fc.constant('delete'), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('insert'), at: fc.nat(), token: fc.nat(TOKENS.length - 1) }),
  fc.record({ kind: fc.constant('truncate'), at: fc.nat() }),
  fc.record({
    kind: fc.constant('splice'),
    at: fc.nat(),
    other: fc.nat(FIXTURES.length - 1),
    from: fc.nat(),
    length: fc.integer({ min: 1, max: 300 }),
  }),
  fc.record({
    kind: fc.constant('duplicate'),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 200 }),
  }),
);

function mutate(input: Buffer, m: Mutation): Buffer {
  const at = input.length ? m.at % (input.length + 1) : 0;
  switch (m.kind) {
    case 'flip': {
      const out = Buffer.from(input);
      if (out.length) out[at % out.length] = m.byte;
      return out;
    }
    case 'delete':
      return Buffer.concat([input.subarray(0, at), input.subarray(at + m.length)]);
    case 'insert':
      return Buffer.concat([input.subarray(0, at), TOKENS[m.token]!, input.subarray(at)]);
    case 'truncate':
      return input.subarray(0, at);
    case 'splice': {
      const other = FIXTURES[m.other]!;
      const from = other.length ? m.from % other.length : 0;
      const piece = other.subarray(from, from + m.length);
      return Buffer.concat([input.subarray(0, at), piece, input.subarray(at)]);
    }
    case 'duplicate':
      return Buffer.concat([
        input.subarray(0, at),
        input.subarray(at, at + m.length),
        input.subarray(at),
      ]);
  }
}

/** Random property lines: names, parameters and values drawn from what real files contain. */
const propertyLine = fc
  .tuple(
    fc.constantFrom('', 'item1.', 'item2.', 'ITEM1.'),
    fc.constantFrom(
      'FN',
      'N',
      'NICKNAME',
      'ORG',
      'TITLE',
      'NOTE',
      'ADR',
      'EMAIL',
      'TEL',
      'URL',
      'BDAY',
      'PHOTO',
      'CATEGORIES',
      'UID',
      'KIND',
      'MEMBER',
      'IMPP',
      'X-SOCIALPROFILE',
      'X-ABLabel',
      'X-QQ',
      'X-WECHAT',
      'X-ANDROID-CUSTOM',
      'X-PHONETIC-FIRST-NAME',
      'X-ADDRESSBOOKSERVER-KIND',
      'X-ADDRESSBOOKSERVER-MEMBER',
      'SOUND',
    ),
    fc.array(
      fc.constantFrom(
        'TYPE=CELL',
        'type=pref',
        'CELL',
        'HOME',
        'PREF=2',
        'CHARSET=UTF-8',
        'CHARSET=GB2312',
        'ENCODING=QUOTED-PRINTABLE',
        'ENCODING=b',
        'BASE64',
        'X-SERVICE-TYPE=QQ',
        'X-SERVICE-TYPE=Skype',
        'type=weibo',
        'x-user=zw',
        'X-APPLE-OMIT-YEAR=1604',
        'CALSCALE=chinese',
        'LABEL="a^nb;c:d"',
        'ALTID=1',
        'LANGUAGE=zh',
        'X-IRMC-N',
        'VALUE=uri',
      ),
      { maxLength: 3 },
    ),
    fc.string({
      unit: fc.constantFrom(
        'a',
        '1',
        ' ',
        ';',
        ',',
        ':',
        '\\',
        '=',
        '=E5=BC=A0',
        '张',
        '🎨',
        'https://weibo.com/x',
        'x-apple:',
        'urn:uuid:',
        '1604-03-15',
        '--0229',
        'data:image/png;base64,',
        'iVBORw0KGgo=',
        'group',
        'vnd.android.cursor.item/nickname;',
      ),
      maxLength: 30,
    }),
  )
  .map(
    ([group, name, params, value]) =>
      `${group}${name}${params.map((p) => `;${p}`).join('')}:${value}`,
  );

const generatedFile = fc
  .array(
    fc.tuple(
      fc.array(propertyLine, { maxLength: 10 }),
      fc.boolean(),
      fc.constantFrom('\r\n', '\n'),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((cards) =>
    Buffer.from(
      cards
        .map(([lines, closed, eol]) =>
          ['BEGIN:VCARD', 'VERSION:3.0', ...lines, ...(closed ? ['END:VCARD'] : [])].join(eol),
        )
        .join('\r\n') + '\r\n',
    ),
  );

describe('readVCards under fuzzing', () => {
  it('mutated fixtures (flips, cuts, inserted folds and QP breaks, splices): 6,000 inputs', () => {
    fc.assert(
      fc.property(
        fc.nat(FIXTURES.length - 1),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (i, mutations) => {
          check(mutations.reduce(mutate, FIXTURES[i]!));
        },
      ),
      { numRuns: 6000 * SCALE },
    );
  });

  it('generated cards with random properties and parameters: 2,000 inputs', () => {
    fc.assert(
      fc.property(generatedFile, fc.array(mutation, { maxLength: 2 }), (file, mutations) => {
        check(mutations.reduce(mutate, file));
      }),
      { numRuns: 2000 * SCALE },
    );
  });

  it('random bytes and random text: 1,000 inputs', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.string({ maxLength: 300 }).map((s) => Buffer.from(s)),
          fc
            .string({ maxLength: 200 })
            .map((s) => Buffer.from(`BEGIN:VCARD\r\n${s}\r\nEND:VCARD\r\n`)),
        ),
        (bytes) => check(bytes),
      ),
      { numRuns: 1000 * SCALE },
    );
  });

  it('folds and QP soft breaks anywhere never change a value: 1,500 inputs', () => {
    const text = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ';', ',', '\\', ':', '=', '张', '伟', '🎨', 'é', '，'),
      minLength: 1,
      maxLength: 60,
    });
    fc.assert(
      fc.property(
        text,
        fc.array(fc.nat(), { maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('\r\n', '\n'),
        (value, cuts, quoted, eol) => {
          const note = value.trim();
          // Android escapes like 3.0 writers before quoted-printable encoding.
          const escaped = note.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,');
          let line: Buffer;
          if (quoted) {
            // Android: every octet =XX, soft breaks (`=` + line end, no space) between any two.
            const octets = [...Buffer.from(escaped)].map(
              (b) => `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
            );
            for (const c of [...new Set(cuts.map((c) => c % (octets.length + 1)))].sort(
              (a, b) => b - a,
            )) {
              octets.splice(c, 0, `=${eol}`);
            }
            line = Buffer.from(`NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${octets.join('')}`);
          } else {
            // Apple: folds at any byte, also inside a UTF-8 character.
            const b = Buffer.from(`NOTE:${escaped}`);
            const at = [...new Set(cuts.map((c) => 1 + (c % b.length)))].sort((x, y) => x - y);
            const parts: Buffer[] = [];
            let from = 0;
            for (const c of at) {
              parts.push(b.subarray(from, c), Buffer.from(`${eol} `));
              from = c;
            }
            parts.push(b.subarray(from));
            line = Buffer.concat(parts);
          }
          const file = Buffer.concat([
            Buffer.from(`BEGIN:VCARD${eol}VERSION:2.1${eol}FN:x${eol}`),
            line,
            Buffer.from(`${eol}END:VCARD${eol}`),
          ]);
          const [r] = readVCards(file, 'f.vcf').records;
          expect(r!.note).toBe(note || undefined);
        },
      ),
      { numRuns: 1500 * SCALE },
    );
  });
});
