import { isAppError } from '../../core/errors.js';
import { decodeText, malformed, type TextEncoding } from '../contacts/decode.js';
import { IMPORT_LIMITS, type ContactRecord, type ParsedContacts } from '../contacts/record.js';
import { readCard, type Card } from './card.js';
import { LineReader, type LogicalLine } from './lines.js';
import type { DecodeContext } from './property.js';

const LF = 0x0a;
const CR = 0x0d;

/**
 * The file's bytes as UTF-8 (or ASCII with 8-bit values in a declared or guessed charset).
 * Only UTF-16 is decoded up front, since its line breaks are not single bytes; everything else
 * stays bytes, because a vCard's values may each have their own CHARSET and QP encoding.
 * decodeText, run on the first 8 KB, recognises empty, binary and UTF-16 files.
 */
function toUtf8Bytes(
  input: Uint8Array,
  file: string,
): { buf: Buffer; encoding: TextEncoding | undefined; transcoded: boolean } {
  let buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let head: { encoding: TextEncoding } | undefined;
  try {
    head = decodeText(buf.subarray(0, 8192), file);
  } catch (e) {
    // A prefix may end inside a character; only emptiness and binary data count here.
    if (!isAppError(e) || e.details.problem !== 'unknown_encoding') throw e;
  }
  const utf16Bom = (buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff);
  const utf16 = head
    ? head.encoding === 'utf-16le' || head.encoding === 'utf-16be'
    : utf16Bom || buf.subarray(0, 8192).includes(0);
  if (utf16) {
    const full = decodeText(buf, file);
    return { buf: Buffer.from(full.text, 'utf8'), encoding: full.encoding, transcoded: true };
  }
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
  // Classic Mac OS line ends (CR only): make them LF so lines can be found.
  if (!buf.includes(LF) && buf.includes(CR)) {
    buf = Buffer.from(buf);
    for (let i = buf.indexOf(CR); i >= 0; i = buf.indexOf(CR, i + 1)) buf[i] = LF;
  }
  return { buf, encoding: undefined, transcoded: false };
}

/** Whitespace, form feed and DOS end-of-file marks (Ctrl-Z) end old files: nothing to read. */
function isBlank(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0c && c !== 0x1a) return false;
  }
  return true;
}

/** BEGIN:VCARD / END:VCARD, case-insensitively, ignoring surrounding blanks and a stray BOM. */
function boundary(b: Buffer): 'begin' | 'end' | undefined {
  if (b.length > 32) return undefined;
  const s = b
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .toUpperCase();
  if (s === 'BEGIN:VCARD') return 'begin';
  if (s === 'END:VCARD') return 'end';
  return undefined;
}

function preview(b: Buffer): string {
  return b.toString('utf8', 0, Math.min(b.length, 80));
}

/** Members are `urn:uuid:…` (Apple, 4.0) and UIDs may or may not carry the prefix. */
function uidKey(uid: string): string {
  return uid
    .trim()
    .replace(/^urn:uuid:/i, '')
    .toLowerCase();
}

/** Group cards are not people: each group's name becomes a tag on the members found in the file. */
function applyGroups(records: ContactRecord[], groups: Extract<Card, { kind: 'group' }>[]): void {
  if (!groups.length) return;
  const byUid = new Map<string, ContactRecord[]>();
  for (const r of records) {
    if (!r.uid) continue;
    const key = uidKey(r.uid);
    const list = byUid.get(key);
    if (list) list.push(r);
    else byUid.set(key, [r]);
  }
  for (const g of groups) {
    if (!g.name) continue;
    for (const m of g.members) {
      for (const r of byUid.get(uidKey(m)) ?? []) {
        if (!r.tags.includes(g.name)) r.tags.push(g.name);
      }
    }
  }
}

/**
 * Reads a vCard file (2.1, 3.0 or 4.0; Apple, Android, Google, Outlook and others) into contact
 * records. Throws ImportMalformed for what is not a readable vCard file: empty, binary, not vCard
 * at all (`unknown_format`), a card never closed (`truncated_vcard`, at its BEGIN line), text
 * between cards (`unexpected_line`), an unknown CHARSET, a value over the length limit or too many
 * cards. What one card cannot keep (an impossible birthday, a huge photo) is a warning instead.
 */
export function readVCards(bytes: Uint8Array, file: string): ParsedContacts {
  const { buf, encoding, transcoded } = toUtf8Bytes(bytes, file);
  const ctx: DecodeContext = { file, transcoded, sawGb18030: false };
  const reader = new LineReader(buf, file);
  const records: ContactRecord[] = [];
  const groups: Extract<Card, { kind: 'group' }>[] = [];
  let cards = 0;
  let card: { line: number; lines: LogicalLine[] } | undefined;
  // Text before the first card: an error at that line if a card follows, else not a vCard file.
  let stray: LogicalLine | undefined;
  for (let l = reader.next(); l; l = reader.next()) {
    if (isBlank(l.bytes)) continue;
    const b = boundary(l.bytes);
    if (!card) {
      if (b === 'begin') {
        if (stray) throw malformed(file, 'unexpected_line', stray.line, preview(stray.bytes));
        if (++cards > IMPORT_LIMITS.records) {
          throw malformed(file, 'too_many_records', l.line, IMPORT_LIMITS.records);
        }
        card = { line: l.line, lines: [] };
      } else if (cards > 0) {
        throw malformed(file, 'unexpected_line', l.line, preview(l.bytes));
      } else {
        stray ??= l;
      }
      continue;
    }
    // A BEGIN inside a card means the card before it was never closed.
    if (b === 'begin') throw malformed(file, 'truncated_vcard', card.line);
    if (b === 'end') {
      const read = readCard(card.lines, card.line, ctx);
      if (read.kind === 'group') groups.push(read);
      else records.push(read.record);
      card = undefined;
      continue;
    }
    card.lines.push(l);
  }
  if (card) throw malformed(file, 'truncated_vcard', card.line);
  if (stray) throw malformed(file, 'unknown_format');
  if (cards === 0) throw malformed(file, 'empty_file');
  applyGroups(records, groups);
  return {
    format: 'vcard',
    encoding: encoding ?? (ctx.sawGb18030 ? 'gb18030' : 'utf-8'),
    records,
  };
}
