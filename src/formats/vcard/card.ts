import { malformed } from '../contacts/decode.js';
import { IMPORT_LIMITS, type ContactRecord, type ContactWarning } from '../contacts/record.js';
import { isBinaryProperty, tooLongDetail, type LogicalLine } from './lines.js';
import { byRank, HandleSorter, rankOf, uniqHandles, type Ranked } from './handles.js';
import {
  checkCharset,
  hasType,
  listValue,
  param,
  parseProperty,
  splitValue,
  unescapeText,
  valueText,
  type DecodeContext,
  type Property,
} from './property.js';
import { cleanLabel } from './services.js';
import { isCjk, nameFromN, readBirthday, readPhoto } from './values.js';

/** A card read: a person, or a group card whose name becomes a tag on its members. */
export type Card =
  { kind: 'person'; record: ContactRecord } | { kind: 'group'; name: string; members: string[] };

/** Google puts every contact in its system group "My Contacts": not a tag anyone chose. */
const SYSTEM_TAGS = new Set(['mycontacts']);

function uniq(list: string[]): string[] {
  return [...new Set(list)];
}

function preview(b: Buffer): string {
  return b.toString('utf8', 0, Math.min(b.length, 80));
}

/** Collects a card's properties into a record; one instance per card. */
class CardReader {
  private readonly fns: Ranked<string>[] = [];
  private readonly ns: Ranked<string[]>[] = [];
  private readonly nicknames: string[] = [];
  private readonly phonetic: { last?: string; first?: string; middle?: string } = {};
  private irmcName: string | undefined;
  private org: string[] | undefined;
  private title: string | undefined;
  private role: string | undefined;
  private readonly notes: string[] = [];
  private readonly cities: Ranked<string>[] = [];
  private readonly tags: string[] = [];
  private birthday: string | undefined;
  private badBirthday: string | undefined;
  private photo: ContactRecord['photo'];
  private uid: string | undefined;
  private kind: string | undefined;
  private readonly members: string[] = [];
  private readonly warnings: ContactWarning[] = [];
  private readonly labels = new Map<string, string>();
  private readonly handles = new HandleSorter(this.labels, (p) => this.one(p));

  constructor(
    private readonly begin: number,
    private readonly ctx: DecodeContext,
  ) {}

  read(lines: LogicalLine[]): Card {
    const props: Property[] = [];
    for (const l of lines) {
      const p = parseProperty(l.bytes, l.line);
      if (!p) {
        this.warnings.push({ field: 'vcard', problem: 'unknown_value', value: preview(l.bytes) });
        continue;
      }
      this.checkLength(p, l);
      checkCharset(p, this.ctx);
      props.push(p);
    }
    // Apple's `item1.X-ABLabel` may come before or after the `item1.URL` it names.
    for (const p of props) {
      if (p.name === 'X-ABLABEL' && p.group) this.labels.set(p.group, cleanLabel(this.one(p)));
    }
    for (const p of props) this.property(p);
    return this.finish();
  }

  private checkLength(p: Property, l: LogicalLine): void {
    if (isBinaryProperty(p.name) || l.bytes.length <= IMPORT_LIMITS.valueChars) return;
    const chars = l.bytes.toString('utf8').length;
    if (chars > IMPORT_LIMITS.valueChars) {
      throw malformed(this.ctx.file, 'value_too_long', l.line, tooLongDetail(p.name, chars));
    }
  }

  private text(p: Property): string {
    return valueText(p, this.ctx);
  }

  private one(p: Property): string {
    return unescapeText(this.text(p)).trim();
  }

  private property(p: Property): void {
    switch (p.name) {
      case 'FN':
        this.fns.push({ value: this.one(p), rank: rankOf(p) });
        return;
      case 'N':
        this.ns.push({ value: splitValue(this.text(p), ';'), rank: rankOf(p) });
        return;
      case 'NICKNAME':
        for (const n of listValue(this.text(p))) this.nicknames.push(n);
        return;
      case 'X-PHONETIC-LAST-NAME':
        this.phonetic.last ??= this.one(p);
        return;
      case 'X-PHONETIC-FIRST-NAME':
        this.phonetic.first ??= this.one(p);
        return;
      case 'X-PHONETIC-MIDDLE-NAME':
        this.phonetic.middle ??= this.one(p);
        return;
      case 'SOUND':
        // Japanese and some Chinese phones put the reading of the name in `SOUND;X-IRMC-N`.
        if (hasType(p, 'x-irmc-n')) this.irmcName ??= this.components(p).join(' ');
        return;
      case 'ORG':
        this.org ??= splitValue(this.text(p), ';').map((s) => s.trim());
        return;
      case 'TITLE':
        this.title ??= this.one(p);
        return;
      case 'ROLE':
        this.role ??= this.one(p);
        return;
      case 'NOTE':
        this.notes.push(this.one(p));
        return;
      case 'ADR': {
        const parts = splitValue(this.text(p), ';').map((s) => s.trim());
        const city = parts[3] || parts[4];
        if (city) this.cities.push({ value: city, rank: rankOf(p) });
        return;
      }
      case 'EMAIL':
        this.handles.add('email', this.one(p).replace(/^mailto:/i, ''), rankOf(p));
        return;
      case 'TEL':
        this.handles.add('phone', this.one(p).replace(/^tel:/i, ''), rankOf(p));
        return;
      case 'URL':
        this.handles.url(p);
        return;
      case 'X-SOCIALPROFILE':
        this.handles.socialProfile(p);
        return;
      case 'IMPP':
        this.handles.impp(p);
        return;
      case 'BDAY':
        this.bday(p);
        return;
      case 'PHOTO':
        this.readPhoto(p);
        return;
      case 'CATEGORIES':
        for (const t of listValue(this.text(p))) this.tags.push(t);
        return;
      case 'UID':
        this.uid ??= this.one(p);
        return;
      case 'KIND':
      case 'X-ADDRESSBOOKSERVER-KIND':
        this.kind ??= this.one(p).toLowerCase();
        return;
      case 'MEMBER':
      case 'X-ADDRESSBOOKSERVER-MEMBER':
        this.members.push(this.one(p));
        return;
      case 'X-ANDROID-CUSTOM': {
        // `vnd.android.cursor.item/nickname;小张;1;;;…`; relations and other items are not ours.
        const [mime, data] = this.components(p);
        if (mime === 'vnd.android.cursor.item/nickname' && data) this.nicknames.push(data);
        return;
      }
      case 'X-MS-IMADDRESS':
        this.handles.service('IM', this.one(p), rankOf(p));
        return;
      default:
        if (p.name.startsWith('X-')) this.handles.xService(p);
    }
  }

  private components(p: Property): string[] {
    return splitValue(this.text(p), ';')
      .map((s) => s.trim())
      .filter(Boolean);
  }

  private bday(p: Property): void {
    if (this.birthday) return;
    const v = this.one(p);
    const calscale = param(p, 'calscale');
    // A lunar (or other calendar's) date read as Gregorian would be a wrong day: report it.
    const b =
      calscale && calscale !== 'gregorian'
        ? undefined
        : readBirthday(v, p.params.get('x-apple-omit-year')?.[0]?.trim());
    if (b) this.birthday = b;
    else if (v) this.badBirthday ??= v;
  }

  private readPhoto(p: Property): void {
    if (this.photo) return;
    const r = readPhoto(p);
    if (!r) return;
    if ('photo' in r) this.photo = r.photo;
    else this.warnings.push(r.warning);
  }

  private names(): { name: string; nameLatin?: string; others: string[] } {
    // Parallel names (4.0 ALTID + LANGUAGE): the preferred one is the name, the other script Latin.
    const fns = byRank(this.fns).filter(Boolean);
    const candidates = fns.length ? fns : byRank(this.ns).map(nameFromN).filter(Boolean);
    const name = candidates[0] ?? '';
    let nameLatin: string | undefined;
    const others: string[] = [];
    for (const c of candidates.slice(1)) {
      if (c === name) continue;
      if (nameLatin === undefined && isCjk(c) !== isCjk(name)) nameLatin = c;
      else others.push(c);
    }
    return { name, nameLatin, others };
  }

  private finish(): Card {
    const { name, nameLatin, others } = this.names();
    if (this.kind === 'group') return { kind: 'group', name, members: this.members };
    const r: ContactRecord = {
      line: this.begin,
      name,
      nicknames: uniq([...this.nicknames, ...others]).filter((n) => n !== name),
      emails: uniq(byRank(this.handles.emails)),
      phones: uniq(byRank(this.handles.phones)),
      handles: uniqHandles(byRank(this.handles.handles)),
      tags: uniq(this.tags).filter((t) => !SYSTEM_TAGS.has(t.toLowerCase())),
      warnings: this.warnings,
    };
    if (nameLatin) r.nameLatin = nameLatin;
    const { last, first, middle } = this.phonetic;
    const phonetic = [last, first, middle].filter(Boolean).join(' ') || this.irmcName;
    if (phonetic) r.phonetic = phonetic;
    const [company, ...units] = this.org ?? [];
    if (company) r.company = company;
    const department = units.filter(Boolean).join(' / ');
    if (department) r.department = department;
    const title = this.title || this.role;
    if (title) r.title = title;
    const city = byRank(this.cities)[0];
    if (city) r.city = city;
    if (this.birthday) r.birthday = this.birthday;
    else if (this.badBirthday) {
      this.warnings.push({ field: 'birthday', problem: 'invalid_date', value: this.badBirthday });
    }
    const note = [...this.notes, ...this.handles.notes].filter(Boolean).join('\n');
    if (note) r.note = note;
    if (this.photo) r.photo = this.photo;
    if (this.uid) r.uid = this.uid;
    return { kind: 'person', record: r };
  }
}

/** Reads one card's logical lines (between BEGIN and END) into a person or a group. */
export function readCard(lines: LogicalLine[], begin: number, ctx: DecodeContext): Card {
  return new CardReader(begin, ctx).read(lines);
}
