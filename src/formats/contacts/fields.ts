import { PLATFORMS, resolveTerm, type Platform } from '../../core/vocab.js';
import type { ColumnField } from './headers.js';
import type { ContactRecord, ContactWarning } from './record.js';
import {
  CONTACT_SEPARATORS,
  HANDLE_SEPARATORS,
  TAG_SEPARATORS,
  cityOfAddress,
  hasHan,
  joinName,
  platformOfUrl,
  splitValues,
  toBirthday,
  toIsoDate,
} from './values.js';

type NamePart = 'first' | 'middle' | 'last';

const MAX_WARNINGS = 20;

/** Warnings quote the value, but never a megabyte of it. */
const shown = (v: string): string => (v.length > 200 ? `${v.slice(0, 200)}…` : v);

/** Excel writes long numbers into CSV as `1.38001380001E+10`: recover them while exact. */
function unScientific(v: string): string {
  if (!/^\d(\.\d+)?e\+\d{1,2}$/i.test(v)) return v;
  const n = Number(v);
  return Number.isSafeInteger(n) ? String(n) : v;
}

/**
 * A ContactRecord being filled from the cells of one row. Every reader of tables (LinkedIn,
 * Google, Outlook, generic CSV and xlsx) feeds values through it, so splitting, dates, names and
 * de-duplication behave the same whatever the source. Single-valued fields keep their first value.
 */
export class Draft {
  private readonly rec: ContactRecord;
  private readonly parts: Record<NamePart, string> = { first: '', middle: '', last: '' };
  private readonly phonetics: Record<NamePart | 'full', string> = {
    first: '',
    middle: '',
    last: '',
    full: '',
  };
  private address: string | undefined;
  private readonly primaryEmails: string[] = [];
  private readonly primaryPhones: string[] = [];
  /** Keys of what is already in each list: hostile cells hold 100,000 values, so no scans. */
  private seenKeys: Set<string> | undefined;

  /** Made on first use: most rows of a large file never need it twice. */
  private get seen(): Set<string> {
    return (this.seenKeys ??= new Set<string>());
  }

  /**
   * `intern` returns one shared copy of equal strings: companies, titles, tags and dates repeat
   * across thousands of rows, and each copy would otherwise be kept.
   */
  constructor(
    line: number,
    private readonly intern: (s: string) => string = (s) => s,
  ) {
    this.rec = {
      line,
      name: '',
      nicknames: [],
      emails: [],
      phones: [],
      handles: [],
      tags: [],
      warnings: [],
    };
  }

  /** Puts one cell's value where its column says. */
  add(field: ColumnField, raw: string): void {
    const v = raw.trim();
    if (v === '') return;
    switch (field) {
      case 'name':
        this.rec.name ||= oneLine(v);
        break;
      case 'firstName':
        return this.part('first', v);
      case 'middleName':
        return this.part('middle', v);
      case 'lastName':
        return this.part('last', v);
      case 'nameLatin':
        this.rec.nameLatin ??= oneLine(v);
        break;
      case 'phonetic':
        return this.phonetic('full', v);
      case 'nicknames':
        for (const n of splitValues(v, TAG_SEPARATORS)) this.once(`n:${n}`, this.rec.nicknames, n);
        break;
      case 'company':
      case 'department':
      case 'title':
      case 'city':
        this.rec[field] ??= this.intern(oneLine(v));
        break;
      case 'address':
        this.address ??= v;
        break;
      case 'email':
        return this.email(v);
      case 'phone':
        return this.phone(v);
      case 'wechat':
      case 'qq':
      case 'weibo':
        for (const h of splitValues(v, HANDLE_SEPARATORS)) this.handle(field, h);
        break;
      case 'website':
        for (const h of splitValues(v, HANDLE_SEPARATORS)) this.handle(platformOfUrl(h), h);
        break;
      case 'handles':
        return this.handleList(v);
      case 'tags':
        for (const t of splitValues(v, TAG_SEPARATORS)) this.tag(t);
        break;
      case 'birthday':
        return this.birthday(v);
      case 'metOn':
        return this.metOn(v);
      case 'note':
        return this.note(v);
      case 'ignore':
        break;
      default:
        for (const h of splitValues(v, HANDLE_SEPARATORS)) {
          this.handle(field.slice('handle:'.length) as Platform, h);
        }
    }
  }

  part(which: NamePart, v: string): void {
    this.parts[which] ||= oneLine(v);
  }

  phonetic(which: NamePart | 'full', v: string): void {
    this.phonetics[which] ||= oneLine(v);
  }

  /** E-mail addresses, several per cell; `primary` ones (Google's `* ` label) go first. */
  email(raw: string, primary = false): void {
    // Outlook's Exchange (X.500) addresses are not e-mail addresses, and their slashes are no lists.
    if (/^\/o=/i.test(raw.trim())) return this.warn('email', 'unknown_value', raw.trim());
    for (const piece of splitValues(raw, CONTACT_SEPARATORS)) {
      const angled = /<([^<>\s]+@[^<>\s]+)>/.exec(piece)?.[1];
      const found = angled
        ? [angled]
        : piece
            .split(/\s+/)
            .map((w) => w.replace(/^mailto:/i, ''))
            .filter((w) => /^[^@\s]+@[^@\s]+$/.test(w));
      if (found.length === 0) this.warn('email', 'unknown_value', piece);
      for (const e of found) {
        this.once(`e:${e.toLowerCase()}`, primary ? this.primaryEmails : this.rec.emails, e);
      }
    }
  }

  /** Phone numbers as written (spaces collapsed), several per cell; `primary` ones go first. */
  phone(raw: string, primary = false): void {
    for (const piece of splitValues(raw, CONTACT_SEPARATORS)) {
      const p = unScientific(
        piece
          .replace(/^(?:tel:|')/i, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
      if (!/\d/.test(p)) {
        this.warn('phone', 'unknown_value', piece);
        continue;
      }
      const key = `p:${p.replace(/\D/g, '')}`;
      this.once(key, primary ? this.primaryPhones : this.rec.phones, p);
    }
  }

  /** One handle; e-mail and phone "handles" land in their own lists. */
  handle(platform: Platform, raw: string): void {
    const value = raw.trim();
    if (value === '') return;
    if (platform === 'email') return this.email(value);
    if (platform === 'phone') return this.phone(value);
    const key = `h:${platform}:${value.toLowerCase()}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.rec.handles.push({ platform, value });
  }

  /** Our own export's `platform:value; platform:value` column. */
  handleList(raw: string): void {
    for (const piece of splitValues(raw, /[;；\r\n]+/)) {
      const m = /^([^:：]+)[:：]\s*(.+)$/.exec(piece);
      const platform = m ? resolveTerm(PLATFORMS, m[1]!) : undefined;
      if (m && platform) this.handle(platform, m[2]!);
      else if (/^(https?:\/\/|www\.)/i.test(piece)) this.handle(platformOfUrl(piece), piece);
      else this.warn('handles', 'unknown_value', piece);
    }
  }

  tag(t: string): void {
    const v = t.trim();
    if (v) this.once(`t:${v}`, this.rec.tags, this.intern(v));
  }

  birthday(raw: string): void {
    if (this.rec.birthday) return;
    const b = toBirthday(raw);
    if (b === undefined) this.warn('birthday', 'invalid_date', raw);
    else if (b !== null) this.rec.birthday = this.intern(b);
  }

  metOn(raw: string): void {
    if (this.rec.metOn) return;
    const d = toIsoDate(raw);
    if (d === undefined) this.warn('metOn', 'invalid_date', raw);
    else if (d !== null) this.rec.metOn = this.intern(d);
  }

  note(raw: string): void {
    const v = raw.replace(/\r\n?/g, '\n');
    this.rec.note = this.rec.note ? `${this.rec.note}\n${v}` : v;
  }

  set metHow(how: string) {
    this.rec.metHow = how;
  }

  /** Appends `v` unless its key was seen. */
  private once<T>(key: string, list: T[], v: T): void {
    if (this.seen.has(key)) return;
    this.seen.add(key);
    list.push(v);
  }

  warn(field: string, problem: ContactWarning['problem'], value: string): void {
    // A broken column would repeat the same warning on every value; a few say enough.
    if (this.rec.warnings.length >= MAX_WARNINGS) return;
    this.rec.warnings.push({ field, problem, value: shown(value) });
  }

  /** The finished record: the name put together from its parts if needed, the city from an address. */
  finish(): ContactRecord {
    const r = this.rec;
    const { first, middle, last } = this.parts;
    const composed = joinName(first, middle, last);
    if (!r.name) r.name = composed;
    else if (composed && !r.nameLatin && hasHan(r.name) !== hasHan(composed))
      r.nameLatin = composed;
    // Assigned, not deleted: `delete` would turn every record into a slow dictionary object.
    if (!r.name && r.nameLatin) {
      r.name = r.nameLatin;
      r.nameLatin = undefined;
    }
    if (r.nameLatin === r.name) r.nameLatin = undefined;
    const ph = this.phonetics;
    const order = hasHan(r.name) ? [ph.last, ph.middle, ph.first] : [ph.first, ph.middle, ph.last];
    const phonetic = ph.full || order.filter((p) => p !== '').join(' ');
    if (phonetic) r.phonetic = phonetic;
    // Records are taken one at a time and copied by the importer, so lists are not trimmed here.
    if (this.primaryEmails.length) r.emails = this.primaryEmails.concat(r.emails);
    if (this.primaryPhones.length) r.phones = this.primaryPhones.concat(r.phones);
    if (!r.city && this.address) {
      const city = cityOfAddress(this.address);
      if (city) r.city = city;
    }
    return r;
  }
}

/** A function that returns one shared copy of equal strings, for one file's records. */
export function interner(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    // Long values are unlikely to repeat; keeping them as keys would only cost memory.
    if (s.length <= 100) seen.set(s, s);
    return s;
  };
}

function oneLine(v: string): string {
  return v.replace(/\s+/g, ' ').trim();
}

/** True when no cell of the row holds anything but spaces (`,,,,,,` rows). */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}
