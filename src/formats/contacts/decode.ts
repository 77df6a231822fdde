import { AppError } from '../../core/errors.js';
import type { MalformedProblem } from './record.js';

/** The error every reader throws for a file it cannot read: file, line (when known), problem. */
export function malformed(
  file: string,
  problem: MalformedProblem,
  line?: number,
  detail?: string | number,
): AppError {
  return new AppError('ImportMalformed', { file, line, problem, detail });
}

/** The encoding a byte-order mark announces, and its length. */
function bomOf(
  b: Uint8Array,
): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Text files with NUL bytes or many control characters are not contacts (UTF-16 without a BOM
 * is the one text that has NULs; it is recognised by its pattern of zero bytes).
 */
function looksBinary(b: Uint8Array): boolean {
  const n = Math.min(b.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = b[i]!;
    if (c === 0) return true;
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) control++;
  }
  return control > n / 20;
}

/** UTF-16 without a BOM: every other byte zero in mostly-ASCII text. */
function bomlessUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/**
 * Decodes a text file the way Chinese users' files arrive: a BOM decides (UTF-8, UTF-16LE/BE);
 * else strict UTF-8; else GB18030 (a superset of GBK and GB2312, what Chinese Windows writes).
 * Throws ImportMalformed for empty files, binary files and bytes no supported encoding decodes.
 */
export function decodeText(
  bytes: Uint8Array,
  file: string,
): { text: string; encoding: TextEncoding } {
  if (bytes.length === 0) throw malformed(file, 'empty_file');
  const bom = bomOf(bytes);
  const utf16 = bom ? undefined : bomlessUtf16(bytes);
  const encoding: TextEncoding | undefined = bom?.encoding ?? utf16;
  if (encoding) {
    try {
      const text = new TextDecoder(encoding, { fatal: true }).decode(
        bytes.subarray(bom?.length ?? 0),
      );
      return { text, encoding };
    } catch {
      throw malformed(file, 'unknown_encoding');
    }
  }
  if (looksBinary(bytes)) throw malformed(file, 'binary');
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the other encoding Chinese files come in.
  }
  try {
    return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
  } catch {
    throw malformed(file, 'unknown_encoding', lineOfFirstBadByte(bytes));
  }
}

/** The line holding the first byte that is not UTF-8, to point the user at it. */
function lineOfFirstBadByte(bytes: Uint8Array): number | undefined {
  const d = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      try {
        d.decode(bytes.subarray(start, i));
      } catch {
        return line;
      }
      line++;
      start = i + 1;
    }
  }
  return undefined;
}

/** Decodes bytes in a named charset (vCard `CHARSET=`); undefined for charsets we do not know. */
export function decodeCharset(bytes: Uint8Array, charset: string): string | undefined {
  const name = charset.trim().toLowerCase().replace(/^"|"$/g, '');
  const known: Record<string, string> = {
    'utf-8': 'utf-8',
    utf8: 'utf-8',
    'us-ascii': 'utf-8',
    ascii: 'utf-8',
    gb2312: 'gb18030',
    gbk: 'gb18030',
    gb18030: 'gb18030',
    cp936: 'gb18030',
    big5: 'big5',
    'iso-8859-1': 'windows-1252',
    latin1: 'windows-1252',
    'windows-1252': 'windows-1252',
    shift_jis: 'shift_jis',
    'utf-16': 'utf-16le',
  };
  const enc = known[name];
  if (!enc) return undefined;
  return new TextDecoder(enc).decode(bytes);
}
