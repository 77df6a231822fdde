import { formatBirthday, parseBirthday } from '../../core/time/birthdays.js';
import { isValidDate } from '../../core/time/dates.js';
import type { Platform } from '../../core/vocab.js';

/** A day as a file wrote it; the year is missing for birthdays like `3月15日` or `--03-15`. */
export interface LooseDate {
  year?: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

function monthOf(word: string): number | undefined {
  const w = word.toLowerCase();
  return MONTHS[w] ?? MONTHS[w.slice(0, 3)];
}

const TIME = String.raw`(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|[AaPp][Mm])?)?`;
const ISO = new RegExp(String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${TIME}$`);
const CJK_FULL = /^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$/;
const CJK_YEARLESS = /^(\d{1,2})月(\d{1,2})[日号]?$/;
const DASHED_YEARLESS = /^--(\d{2})-?(\d{2})$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_MON_YEAR = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s,-]+(\d{4})$/;
const MON_DAY_YEAR = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;
const SLASHED = new RegExp(String.raw`^(\d{1,2})[/.](\d{1,2})[/.](\d{4})${TIME}$`);
// Outlook writes an empty date as 0/0/00 (Chinese Outlook: 00/0/0).
const ZERO_DATE = /^0+[/.-]0+[/.-]0+$/;

/**
 * Reads a date in the shapes contact files use: `YYYY-MM-DD` (with a time, too), `YYYY/M/D`,
 * `YYYY年M月D日`, `M月D日`, `--MM-DD`, `YYYYMMDD`, `15 Mar 2024`, `March 15, 2024`, `M/D/YYYY`
 * (day first only when the first number cannot be a month). 'empty' for Outlook's `0/0/00`;
 * undefined when unreadable. The day is not checked here.
 */
export function parseLooseDate(raw: string): LooseDate | 'empty' | undefined {
  const s = raw.normalize('NFKC').trim();
  if (s === '' || ZERO_DATE.test(s)) return 'empty';
  let m = ISO.exec(s) ?? CJK_FULL.exec(s) ?? COMPACT.exec(s);
  if (m) return withYear(Number(m[1]), Number(m[2]), Number(m[3]));
  m = CJK_YEARLESS.exec(s) ?? DASHED_YEARLESS.exec(s);
  if (m) return { month: Number(m[1]), day: Number(m[2]) };
  m = DAY_MON_YEAR.exec(s);
  if (m) {
    const month = monthOf(m[2]!);
    return month ? withYear(Number(m[3]), month, Number(m[1])) : undefined;
  }
  m = MON_DAY_YEAR.exec(s);
  if (m) {
    const month = monthOf(m[1]!);
    return month ? withYear(Number(m[3]), month, Number(m[2])) : undefined;
  }
  m = SLASHED.exec(s);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    // US order (Outlook, Google's Outlook CSV, Excel en-US) unless the first number is a day.
    return a > 12 ? withYear(Number(m[3]), b, a) : withYear(Number(m[3]), a, b);
  }
  return undefined;
}

/** Apple writes a year-less birthday with the year 1604. */
function withYear(year: number, month: number, day: number): LooseDate {
  return year === 1604 ? { month, day } : { year, month, day };
}

/** A birthday in canonical form (`YYYY-MM-DD` or `--MM-DD`), null if empty, undefined if no such day. */
export function toBirthday(raw: string): string | null | undefined {
  const d = parseLooseDate(raw);
  if (d === 'empty') return null;
  if (d === undefined) return undefined;
  const text = formatBirthday(d);
  return parseBirthday(text) ? text : undefined;
}

/** Exports repeat dates (a LinkedIn file has a few thousand distinct ones in 30,000 rows). */
const isoDates = new Map<string, string | null | undefined>();

/** A full date `YYYY-MM-DD`, null if empty, undefined when there is no year or no such day. */
export function toIsoDate(raw: string): string | null | undefined {
  if (isoDates.has(raw)) return isoDates.get(raw);
  const v = parseIsoDate(raw);
  // Bounded: a pathological file of unique dates must not grow it without end.
  if (isoDates.size >= 10_000) isoDates.clear();
  isoDates.set(raw, v);
  return v;
}

function parseIsoDate(raw: string): string | null | undefined {
  const d = parseLooseDate(raw);
  if (d === 'empty') return null;
  if (d?.year === undefined) return undefined;
  const text = formatBirthday(d);
  return isValidDate(text) ? text : undefined;
}

/** Google joins several values of one field with ` ::: `. */
const GOOGLE_JOIN = / ::: /;

/** Splits a multi-value cell, trims, drops empties and duplicates (first kept). */
export function splitValues(raw: string, separators: RegExp): string[] {
  const out = new Set<string>();
  for (const part of raw.split(GOOGLE_JOIN)) {
    for (const piece of part.split(separators)) {
      const v = piece.trim();
      if (v) out.add(v);
    }
  }
  return [...out];
}

/** Tags: `;` `；` `、` `,` `，` or line breaks. */
export const TAG_SEPARATORS = /[;；、,，\r\n]+/;
/** Phones and e-mails: `;` `；` `,` `，` `、` `/` or line breaks. */
export const CONTACT_SEPARATORS = /[;；,，、/\r\n]+/;
/** Handles: like contacts, but a URL keeps its slashes. */
export const HANDLE_SEPARATORS = /[;；,，、\r\n]+/;

const HAN = /\p{Script=Han}/u;

/** True when the text holds Chinese characters (names then run family name first, unspaced). */
export function hasHan(s: string): boolean {
  return HAN.test(s);
}

/** Full name from its parts: 张 + 伟 → 张伟 for Chinese, Ada + Lovelace → "Ada Lovelace" otherwise. */
export function joinName(first: string, middle: string, last: string): string {
  if (hasHan(first) || hasHan(last)) return `${last}${middle}${first}`.trim();
  return [first, middle, last].filter((p) => p !== '').join(' ');
}

/** Hosts whose profile URLs name a platform of ours. */
const HOSTS: [RegExp, Platform][] = [
  [/(^|\.)linkedin\.(com|cn)$/, 'linkedin'],
  [/(^|\.)github\.com$/, 'github'],
  [/(^|\.)behance\.net$/, 'behance'],
  [/(^|\.)dribbble\.com$/, 'dribbble'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)(twitter|x)\.com$/, 'x'],
  [/(^|\.)weibo\.(com|cn)$/, 'weibo'],
  [/(^|\.)(xiaohongshu\.com|xhslink\.com)$/, 'xiaohongshu'],
  [/(^|\.)zcool\.com\.cn$/, 'zcool'],
  [/(^|\.)(okjike\.com|jike\.city)$/, 'jike'],
  [/(^|\.)discord\.(gg|com)$/, 'discord'],
];

/** The platform a web address belongs to (a LinkedIn profile is `linkedin`), else `website`. */
export function platformOfUrl(url: string): Platform {
  const m = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^/?#:\s]+)/i.exec(url.trim());
  const host = m?.[1]?.toLowerCase() ?? '';
  for (const [re, platform] of HOSTS) if (re.test(host)) return platform;
  return 'website';
}

const PROVINCE_CITY =
  /^(?:中国)?(?:[\p{Script=Han}]{2,8}?(?:省|自治区))?([\p{Script=Han}]{2,4}?)市/u;
const MUNICIPALITY = /^(?:中国)?(北京|上海|天津|重庆|香港|澳门)/;

/**
 * The city of a Chinese postal address (`广东省深圳市南山区…` → 深圳, `上海市徐汇区…` → 上海), or
 * undefined: addresses are not kept, but their city is worth having.
 */
export function cityOfAddress(address: string): string | undefined {
  const s = address.replace(/\s+/g, '');
  const muni = MUNICIPALITY.exec(s);
  if (muni) return muni[1];
  return PROVINCE_CITY.exec(s)?.[1];
}
