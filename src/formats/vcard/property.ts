import { isUtf8 } from 'node:buffer';
import { decodeCharset, malformed } from '../contacts/decode.js';
import { valueColon } from './lines.js';
import { decodeQuotedPrintable } from './qp.js';

/** One content line, split but not yet decoded: the value stays bytes until we know its charset. */
export interface Property {
  /** Apple's `item1` grouping, lowercased; '' when none. */
  group: string;
  /** Uppercased. */
  name: string;
  /** Parameter names lowercased; values as written (unquoted, RFC 6868 unescaped), repeats kept. */
  params: Map<string, string[]>;
  raw: Buffer;
  line: number;
}

/** How values of one file are decoded, and what was found on the way. */
export interface DecodeContext {
  file: string;
  /** The file was UTF-16 and is now UTF-8: a CHARSET on a plain value no longer applies. */
  transcoded: boolean;
  /** Set when a plain value was not UTF-8 and was read as GB18030. */
  sawGb18030: boolean;
}

const NAME = /^(?:([A-Za-z0-9_-]+)\.)?([A-Za-z0-9_-]+)$/;
const ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

/** Splits `s` at `sep` outside double quotes. */
function splitOutsideQuotes(s: string, sep: string): string[] {
  const out: string[] = [];
  let quoted = false;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"') quoted = !quoted;
    else if (c === sep && !quoted) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out;
}

/** RFC 6868 parameter value escapes: `^n` newline, `^^` caret, `^'` double quote. */
function unescapeParam(v: string): string {
  if (!v.includes('^')) return v;
  return v.replace(/\^([nN^'])/g, (_m, c: string) => (c === '^' ? '^' : c === "'" ? '"' : '\n'));
}

function unquote(v: string): string {
  const t = v.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1) : t;
}

function addParam(params: Map<string, string[]>, key: string, value: string): void {
  const list = params.get(key);
  if (list) list.push(value);
  else params.set(key, [value]);
}

function parseParams(text: string): Map<string, string[]> {
  const params = new Map<string, string[]>();
  for (const p of splitOutsideQuotes(text, ';')) {
    const eq = p.indexOf('=');
    if (eq < 0) {
      // vCard 2.1 bare parameters: `TEL;CELL;PREF:`, `ENCODING` values alone.
      const bare = unquote(p);
      if (!bare) continue;
      addParam(params, ENCODINGS.has(bare.toUpperCase()) ? 'encoding' : 'type', bare);
      continue;
    }
    const key = p.slice(0, eq).trim().toLowerCase();
    const value = p.slice(eq + 1);
    if (key === 'type') {
      // `TYPE=work,voice` and `TYPE="voice,home"` are lists; repeated `type=` too.
      for (const t of value.replace(/"/g, '').split(',')) {
        const v = unescapeParam(t.trim());
        if (v) addParam(params, key, v);
      }
    } else {
      addParam(params, key, unescapeParam(unquote(value)));
    }
  }
  return params;
}

/** Splits a logical line into group, name, parameters and raw value; undefined when it is not one. */
export function parseProperty(bytes: Buffer, line: number): Property | undefined {
  const colon = valueColon(bytes);
  if (colon <= 0) return undefined;
  const head = bytes.toString('utf8', 0, colon);
  const semi = head.indexOf(';');
  const m = NAME.exec((semi < 0 ? head : head.slice(0, semi)).trim());
  if (!m) return undefined;
  return {
    group: (m[1] ?? '').toLowerCase(),
    name: m[2]!.toUpperCase(),
    params: semi < 0 ? new Map<string, string[]>() : parseParams(head.slice(semi + 1)),
    raw: bytes.subarray(colon + 1),
    line,
  };
}

/** First value of a parameter, lowercased. */
export function param(p: Property, key: string): string | undefined {
  return p.params.get(key)?.[0]?.toLowerCase();
}

/** Whether the TYPE parameters include `t` (case-insensitively). */
export function hasType(p: Property, t: string): boolean {
  return (p.params.get('type') ?? []).some((v) => v.toLowerCase() === t);
}

const gb18030 = new TextDecoder('gb18030');
const GB_NAMES = new Set(['gb2312', 'gbk', 'gb18030', 'cp936', 'x-gbk', 'euc-cn']);

function decodeIn(bytes: Buffer, charset: string, p: Property, ctx: DecodeContext): string {
  const cs = charset.trim().toLowerCase();
  // The common charsets take a fast path; others go through the shared table.
  if (cs === 'utf-8' || cs === 'utf8') return bytes.toString('utf8');
  if (GB_NAMES.has(cs)) return gb18030.decode(bytes);
  const text = decodeCharset(bytes, cs);
  if (text === undefined) throw malformed(ctx.file, 'unknown_charset', p.line, charset);
  return text;
}

/** Bytes without a declared charset: UTF-8 when valid, else GB18030 (what Chinese phones write). */
function decodeUndeclared(bytes: Buffer, ctx: DecodeContext): string {
  if (isUtf8(bytes)) return bytes.toString('utf8');
  ctx.sawGb18030 = true;
  return gb18030.decode(bytes);
}

/** Throws unknown_charset for a CHARSET we cannot decode, even on properties we do not read. */
export function checkCharset(p: Property, ctx: DecodeContext): void {
  const cs = p.params.get('charset')?.[0];
  if (cs !== undefined) decodeIn(Buffer.alloc(0), cs, p, ctx);
}

/**
 * The value as text: quoted-printable or base64 undone to bytes first, then decoded with the
 * declared CHARSET (UTF-8 when none). Line breaks are normalised to LF. Escapes are left in.
 */
export function valueText(p: Property, ctx: DecodeContext): string {
  const encoding = param(p, 'encoding');
  const charset = p.params.get('charset')?.[0];
  let bytes = p.raw;
  let encoded = false;
  if (encoding === 'quoted-printable') {
    bytes = decodeQuotedPrintable(bytes);
    encoded = true;
  } else if (encoding === 'b' || encoding === 'base64') {
    bytes = Buffer.from(bytes.toString('latin1'), 'base64');
    encoded = true;
  }
  // A transcoded UTF-16 file is UTF-8 now, whatever its CHARSET said about the original bytes.
  const text =
    charset !== undefined && (encoded || !ctx.transcoded)
      ? decodeIn(bytes, charset, p, ctx)
      : decodeUndeclared(bytes, ctx);
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Text value unescaping: `\n` `\N` newline; any other escaped character stands for itself. */
export function unescapeText(s: string): string {
  if (!s.includes('\\')) return s;
  return s.replace(/\\([\s\S])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits at unescaped `sep` (`;` for components, `,` for lists) and unescapes each part. */
export function splitValue(s: string, sep: ';' | ','): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === sep) {
      out.push(unescapeText(s.slice(from, i)));
      from = i + 1;
    }
  }
  out.push(unescapeText(s.slice(from)));
  return out;
}

/** A comma list (CATEGORIES, NICKNAME): trimmed, empties dropped. */
export function listValue(s: string): string[] {
  return splitValue(s, ',')
    .map((v) => v.trim())
    .filter(Boolean);
}
