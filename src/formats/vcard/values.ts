import { formatBirthday, parseBirthday } from '../../core/time/birthdays.js';
import { IMPORT_LIMITS, type ContactWarning } from '../contacts/record.js';
import { param, type Property } from './property.js';

const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SEPARATED = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const YEARLESS = /^--(\d{2})-?(\d{2})$/;

/**
 * A BDAY value in our form (`YYYY-MM-DD` or `--MM-DD`), or undefined when it is no real day.
 * Accepts `YYYY-MM-DD`, `YYYYMMDD`, `--MMDD`, `--MM-DD`, a trailing time (`…T00:00:00Z`), and
 * Apple's year-less birthdays: year 1604 (`X-APPLE-OMIT-YEAR=1604`, Apple's sentinel, also
 * written without the parameter) and year 0000 (some Android exporters) mean "no year".
 */
export function readBirthday(value: string, omitYear: string | undefined): string | undefined {
  const v = value.trim().split(/[T\s]/)[0]!;
  const yl = YEARLESS.exec(v);
  if (yl) return checked(undefined, yl[1]!, yl[2]!);
  const m = COMPACT.exec(v);
  const s = m ? undefined : SEPARATED.exec(v);
  const [year, month, day] = m ? [m[1]!, m[2]!, m[3]!] : s ? [s[1]!, s[3]!, s[4]!] : [];
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const noYear = year === omitYear || year === '1604' || year === '0000';
  return checked(noYear ? undefined : year, month, day);
}

function checked(year: string | undefined, month: string, day: string): string | undefined {
  const md = `${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const b = parseBirthday(year === undefined ? `--${md}` : `${year}-${md}`);
  return b ? formatBirthday(b) : undefined;
}

/** Image types by their first bytes: the data knows better than a TYPE parameter. */
function sniffMime(b: Buffer): string | undefined {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'image/png';
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return 'image/gif';
  if (b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') {
    return 'image/webp';
  }
  if (b.toString('latin1', 4, 12) === 'ftypheic') return 'image/heic';
  return undefined;
}

/** `JPEG`, `image/jpeg`, `PNG` … as a MIME type. */
function mimeOf(type: string | undefined): string | undefined {
  if (!type) return undefined;
  const t = type.trim().toLowerCase();
  if (!t) return undefined;
  if (t.includes('/')) return t;
  return /^[a-z0-9.+-]+$/.test(t) ? `image/${t === 'jpg' ? 'jpeg' : t}` : undefined;
}

export type PhotoResult =
  { photo: { mime: string; data: Uint8Array } } | { warning: ContactWarning } | undefined;

const DATA_URI = /^data:([^;,]*)((?:;[^;,]*)*),/i;

/**
 * An embedded photo: 3.0 `ENCODING=b`, 2.1 `ENCODING=BASE64` (bare `JPEG` type), 4.0 `data:` URIs.
 * Photos by URL are not fetched (a local-first app makes no requests on import): undefined.
 * Photos over IMPORT_LIMITS.photoBytes give a warning instead.
 */
export function readPhoto(p: Property): PhotoResult {
  const encoding = param(p, 'encoding');
  let b64: string;
  let declared: string | undefined;
  if (encoding === 'b' || encoding === 'base64') {
    b64 = p.raw.toString('latin1');
    const types = [...(p.params.get('type') ?? []), ...(p.params.get('mediatype') ?? [])];
    declared = types.map(mimeOf).find(Boolean);
  } else {
    const head = p.raw.toString('latin1', 0, Math.min(p.raw.length, 512));
    const m = DATA_URI.exec(head);
    if (!m || !/;base64$/i.test(m[2]!)) return undefined;
    b64 = p.raw.toString('latin1', m[0].length);
    declared = mimeOf(m[1]) ?? mimeOf(p.params.get('mediatype')?.[0]);
  }
  const limit = IMPORT_LIMITS.photoBytes;
  // Base64 grows data by 4/3; twice the limit is surely too large, without decoding it.
  if (b64.length > limit * 2) {
    return tooLarge(Math.floor((b64.length * 3) / 4));
  }
  const data = Buffer.from(b64, 'base64');
  if (data.length === 0) return undefined;
  if (data.length > limit) return tooLarge(data.length);
  return { photo: { mime: sniffMime(data) ?? declared ?? 'application/octet-stream', data } };
}

function tooLarge(bytes: number): PhotoResult {
  return { warning: { field: 'photo', problem: 'photo_too_large', value: String(bytes) } };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Whether a name is written in Chinese (or another CJK script). */
export function isCjk(s: string): boolean {
  return CJK.test(s);
}

/**
 * A display name from `N` (family;given;additional;prefix;suffix): Chinese family + given with no
 * space (`张` + `伟`), Latin given names first (`Emily Chen`).
 */
export function nameFromN(parts: string[]): string {
  const [family = '', given = '', additional = '', prefix = '', suffix = ''] = parts.map((s) =>
    s.trim(),
  );
  if (isCjk(family + given)) return `${family}${given}${additional}`;
  return [prefix, given, additional, family, suffix].filter(Boolean).join(' ');
}
