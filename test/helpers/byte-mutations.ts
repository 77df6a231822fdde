import fc from 'fast-check';
import { expect } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { parseBirthday } from '../../src/core/time/birthdays.js';
import { isValidDate } from '../../src/core/time/dates.js';
import { PLATFORMS } from '../../src/core/vocab.js';
import type { ParsedContacts } from '../../src/formats/contacts/record.js';

/** One edit of a file's bytes, positions taken modulo its length. */
export type Mutation =
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'splice'; at: number; donor: number; start: number; length: number }
  | { kind: 'duplicate'; at: number; length: number };

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Bytes that break tables, dates, labels and encodings in interesting ways. */
const TOKENS = [
  '"',
  ',',
  '\r',
  '\n',
  '\r\n',
  ';',
  '\t',
  '""',
  '"\n"',
  ' ::: ',
  '* ',
  '0/0/00',
  '\u0000',
  '\uFEFF',
  '张',
  '🌸',
  '=',
  'BEGIN:VCARD',
  'First Name,Last Name,',
  '姓名,',
  '\\',
  '--02-29',
  '1985年13月',
  'E-mail 1 - Value',
  '@',
  'http://',
  '\u2028',
].map(utf8);

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(fc.constantFrom(...TOKENS), fc.uint8Array({ minLength: 1, maxLength: 8 })),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 64 }),
  }),
  fc.record({
    kind: fc.constant('splice' as const),
    at: fc.nat(),
    donor: fc.nat(),
    start: fc.nat(),
    length: fc.integer({ min: 1, max: 512 }),
  }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 256 }),
  }),
);

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Applies the edits in order; `donors` are other files that splices borrow bytes from. */
export function mutate(
  base: Uint8Array,
  donors: readonly Uint8Array[],
  edits: readonly Mutation[],
): Uint8Array {
  let b = base;
  for (const m of edits) {
    const n = Math.max(b.length, 1);
    const at = m.at % n;
    switch (m.kind) {
      case 'flip':
        if (b.length === 0) break;
        b = b.slice();
        b[at] = b[at]! ^ m.mask;
        break;
      case 'truncate':
        b = b.subarray(0, at);
        break;
      case 'insert':
        b = concat(b.subarray(0, at), m.bytes, b.subarray(at));
        break;
      case 'delete':
        b = concat(b.subarray(0, at), b.subarray(at + m.length));
        break;
      case 'splice': {
        const donor = donors[m.donor % Math.max(donors.length, 1)] ?? base;
        const start = m.start % Math.max(donor.length, 1);
        b = concat(b.subarray(0, at), donor.subarray(start, start + m.length), b.subarray(at));
        break;
      }
      case 'duplicate':
        b = concat(b.subarray(0, at + m.length), b.subarray(at));
        break;
    }
  }
  return b;
}

/** The same text in another encoding Chinese users' files come in (or a broken one). */
export type Encoding =
  'as-is' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16le' | 'utf-16be-bom' | 'latin1';
export const encodingArb: fc.Arbitrary<Encoding> = fc.constantFrom(
  'as-is',
  'as-is',
  'as-is',
  'utf-8-bom',
  'utf-16le-bom',
  'utf-16le',
  'utf-16be-bom',
  'latin1',
);

/** Re-encodes text; 'as-is' keeps the given bytes (which may be GBK). */
export function encode(text: string, bytes: Uint8Array, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'as-is':
      return bytes;
    case 'utf-8-bom':
      return concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(text));
    case 'utf-16le':
      return new Uint8Array(Buffer.from(text, 'utf16le'));
    case 'utf-16le-bom':
      return new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le'));
    case 'utf-16be-bom':
      return new Uint8Array(Buffer.from(`\uFEFF${text}`, 'utf16le').swap16());
    case 'latin1':
      return new Uint8Array(Buffer.from(text, 'latin1'));
  }
}

const PLATFORM_SET = new Set<string>(PLATFORMS.values);

/** What every reader promises about what it returns. */
export function checkParsed(r: ParsedContacts, format: string): void {
  expect(r.format).toBe(format);
  expect(Array.isArray(r.records)).toBe(true);
  for (const rec of r.records) {
    if (typeof rec.name !== 'string' || !Number.isInteger(rec.line) || rec.line < 1) {
      throw new Error(`bad record ${JSON.stringify(rec).slice(0, 300)}`);
    }
    if (rec.birthday !== undefined && !parseBirthday(rec.birthday)) {
      throw new Error(`bad birthday ${rec.birthday}`);
    }
    if (rec.metOn !== undefined && !isValidDate(rec.metOn))
      throw new Error(`bad metOn ${rec.metOn}`);
    for (const e of rec.emails) if (!e.includes('@')) throw new Error(`bad email ${e}`);
    for (const h of rec.handles) {
      if (
        !PLATFORM_SET.has(h.platform) ||
        h.value.trim() === '' ||
        h.platform === 'email' ||
        h.platform === 'phone'
      ) {
        throw new Error(`bad handle ${JSON.stringify(h)}`);
      }
    }
    for (const list of [rec.tags, rec.nicknames, rec.phones]) {
      for (const v of list)
        if (v === '' || v !== v.trim()) throw new Error(`untrimmed value ${JSON.stringify(v)}`);
    }
  }
}

/** The only failure a reader may end in: ImportMalformed naming the file. Anything else is rethrown. */
export function checkFailure(e: unknown, file: string): void {
  if (e instanceof AppError && e.code === 'ImportMalformed' && e.details.file === file) {
    expect(typeof e.details.problem).toBe('string');
    return;
  }
  throw e;
}
