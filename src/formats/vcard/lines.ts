import { malformed } from '../contacts/decode.js';
import { IMPORT_LIMITS } from '../contacts/record.js';

/** One content line after unfolding: its bytes and the physical line it starts on (1-based). */
export interface LogicalLine {
  line: number;
  bytes: Buffer;
}

const LF = 0x0a;
const CR = 0x0d;
const SP = 0x20;
const TAB = 0x09;
const EQ = 0x3d;
const COLON = 0x3a;
const QUOTE = 0x22;

/** Properties whose value is binary data: exempt from the value length limit. */
const BINARY = new Set(['PHOTO', 'LOGO', 'SOUND', 'KEY']);

/**
 * Unfolded lines never exceed this many bytes unless binary: a UTF-8 character takes at most
 * 4 bytes, so anything longer is surely over the character limit, and we stop gathering there.
 */
const MAX_BYTES = IMPORT_LIMITS.valueChars * 4;

/** Bytes of a parameter list announcing quoted-printable, or base64 (`ENCODING=b`, 2.1 bare `BASE64`). */
const QP_PARAM = /QUOTED-PRINTABLE/i;
const BASE64_PARAM = /;\s*(?:ENCODING\s*=\s*)?"?(?:B|BASE64)"?\s*(?=;|$)/i;

/**
 * Index of the colon ending the name and parameters (colons inside quoted parameters skipped).
 * Searches only inside [start, end): Buffer#indexOf has no end bound, and searching a whole
 * 100 MB file for a quote that is not there, once per line, would be quadratic.
 */
export function valueColon(b: Buffer, start = 0, end = b.length): number {
  const line = start === 0 && end === b.length ? b : b.subarray(start, end);
  let colon = line.indexOf(COLON);
  let i = 0;
  for (;;) {
    if (colon < 0) return -1;
    const quote = line.indexOf(QUOTE, i);
    if (quote < 0 || quote > colon) return start + colon;
    const close = line.indexOf(QUOTE, quote + 1);
    // An unclosed quote: the first colon is the best guess.
    if (close < 0) return start + colon;
    i = close + 1;
    if (colon < i) colon = line.indexOf(COLON, i);
  }
}

interface Physical {
  start: number;
  end: number;
  line: number;
}

/** How a property's value may continue on following lines besides ordinary folding. */
interface Head {
  qp: boolean;
  base64: boolean;
  binary: boolean;
  name: string;
}

/**
 * Splits a vCard file into logical lines on bytes, before any decoding, because a fold may split
 * a multi-byte character. Three kinds of continuation are joined:
 * - folding: CRLF or LF followed by one space or tab (the whitespace is removed);
 * - quoted-printable soft breaks (2.1, Android): a QP value line ending in `=` continues on the
 *   next line *without* leading whitespace; the `=` is removed and the next line kept verbatim;
 * - 2.1 base64 values whose continuation lines lack the leading space: lines with no colon.
 * Single-line properties are returned as views of the input, never copied.
 */
export class LineReader {
  private pos = 0;
  private lineNo = 0;
  private peeked: Physical | undefined;

  constructor(
    private readonly buf: Buffer,
    private readonly file: string,
  ) {}

  private physical(): Physical | undefined {
    if (this.peeked) {
      const p = this.peeked;
      this.peeked = undefined;
      return p;
    }
    const { buf } = this;
    if (this.pos >= buf.length) return undefined;
    const nl = buf.indexOf(LF, this.pos);
    const stop = nl < 0 ? buf.length : nl;
    const end = stop > this.pos && buf[stop - 1] === CR ? stop - 1 : stop;
    const p = { start: this.pos, end, line: ++this.lineNo };
    this.pos = stop + 1;
    return p;
  }

  /** The next logical line, or undefined at the end of the file. */
  next(): LogicalLine | undefined {
    const first = this.physical();
    if (!first) return undefined;
    const { buf } = this;
    const head = readHead(buf, first.start, first.end);
    // Pairs of [start, end) byte ranges making up the logical line.
    const segs = [first.start, first.end];
    let total = first.end - first.start;
    for (;;) {
      const p = this.physical();
      if (!p) break;
      const b0 = p.end > p.start ? buf[p.start] : -1;
      if (head.qp && this.softBreak(segs) && !isCardBoundary(buf, p)) {
        const oldEnd = segs[segs.length - 1]!;
        total -= oldEnd - this.dropSoftBreak(segs);
        // Some writers also indent the continuation like a fold (`=` CRLF SP `=E4…`): a blank
        // before an escape is that indent; any other blank is data and kept.
        const indented =
          (b0 === SP || b0 === TAB) && p.end > p.start + 1 && buf[p.start + 1] === EQ;
        const start = indented ? p.start + 1 : p.start;
        segs.push(start, p.end);
        total += p.end - start;
      } else if (b0 === SP || b0 === TAB) {
        segs.push(p.start + 1, p.end);
        total += p.end - p.start - 1;
      } else if (head.base64 && p.end > p.start && !hasByte(buf, COLON, p.start, p.end)) {
        segs.push(p.start, p.end);
        total += p.end - p.start;
      } else {
        this.peeked = p;
        break;
      }
      if (total > MAX_BYTES && !head.binary) {
        throw malformed(this.file, 'value_too_long', first.line, tooLongDetail(head.name));
      }
    }
    return { line: first.line, bytes: join(buf, segs, total) };
  }

  /** Whether the logical line so far ends in a soft line break (`=`, maybe trailing blanks). */
  private softBreak(segs: number[]): boolean {
    const start = segs[segs.length - 2]!;
    let i = segs[segs.length - 1]! - 1;
    while (i >= start && (this.buf[i] === SP || this.buf[i] === TAB)) i--;
    return i >= start && this.buf[i] === EQ;
  }

  /** Cuts the soft break off the last segment; returns the new end. */
  private dropSoftBreak(segs: number[]): number {
    let i = segs[segs.length - 1]! - 1;
    while (this.buf[i] !== EQ) i--;
    segs[segs.length - 1] = i;
    return i;
  }
}

function hasByte(buf: Buffer, byte: number, start: number, end: number): boolean {
  return buf.subarray(start, end).includes(byte);
}

/** A soft break never swallows the card's own END (or the next BEGIN): Android's last `=` does. */
function isCardBoundary(buf: Buffer, p: Physical): boolean {
  if (p.end - p.start > 16) return false;
  const s = buf.toString('latin1', p.start, p.end).trim().toUpperCase();
  return s === 'END:VCARD' || s === 'BEGIN:VCARD';
}

/** Name and continuation style of a property, read from its first physical line only. */
function readHead(buf: Buffer, start: number, end: number): Head {
  const colon = valueColon(buf, start, Math.min(end, start + 4096));
  const text = buf.toString('latin1', start, colon < 0 ? Math.min(end, start + 4096) : colon);
  const semi = text.indexOf(';');
  const fullName = semi < 0 ? text : text.slice(0, semi);
  const name = fullName.slice(fullName.indexOf('.') + 1).toUpperCase();
  const params = semi < 0 ? '' : text.slice(semi);
  const qp = QP_PARAM.test(params);
  return { qp, base64: !qp && BASE64_PARAM.test(params), binary: BINARY.has(name), name };
}

function join(buf: Buffer, segs: number[], total: number): Buffer {
  if (segs.length === 2) return buf.subarray(segs[0], segs[1]);
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  for (let i = 0; i < segs.length; i += 2) {
    at += buf.copy(out, at, segs[i], segs[i + 1]);
  }
  return out;
}

/** Property names exempt from the value length limit. */
export function isBinaryProperty(name: string): boolean {
  return BINARY.has(name);
}

/** The `detail` of a value_too_long error: which property, how long (when counted). */
export function tooLongDetail(name: string, chars?: number): string {
  return chars === undefined
    ? `${name}: more than ${IMPORT_LIMITS.valueChars} characters`
    : `${name}: ${chars} characters`;
}
