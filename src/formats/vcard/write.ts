import type { Person } from '../../core/people/people.js';
import { parseBirthday } from '../../core/time/birthdays.js';
import { foldLine } from '../text/fold.js';

/** Text value escaping of vCard 3.0 (RFC 2426 §4): backslash, newline, comma, semicolon. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '尉迟',
  '万俟',
  '东方',
  '皇甫',
  '令狐',
  '慕容',
  '夏侯',
  '长孙',
  '宇文',
  '司徒',
  '公孙',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '澹台',
  '公冶',
  '太史',
  '申屠',
]);

/**
 * Family and given names for `N`. A Chinese name is surname first (compound surnames known);
 * a Latin name is given names first, the last word being the family name.
 */
export function splitName(name: string): { family: string; given: string } {
  const n = name.trim();
  if (/^\p{Script=Han}{2,}$/u.test(n)) {
    const two = n.slice(0, 2);
    const family = COMPOUND_SURNAMES.has(two) && n.length > 2 ? two : n.slice(0, 1);
    return { family, given: n.slice(family.length) };
  }
  const words = n.split(/\s+/);
  if (words.length === 1) return { family: '', given: n };
  return { family: words[words.length - 1]!, given: words.slice(0, -1).join(' ') };
}

/** Apple's convention for a birthday without a year in vCard 3.0 (which has no year-less form). */
function bdayLine(birthday: string): string | undefined {
  const b = parseBirthday(birthday);
  if (!b) return undefined;
  const md = `${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
  return b.year === undefined ? `BDAY;X-APPLE-OMIT-YEAR=1604:1604-${md}` : `BDAY:${b.year}-${md}`;
}

function handleLines(p: Person): string[] {
  return p.handles.map((h) => {
    const v = escapeText(h.value);
    switch (h.platform) {
      case 'email':
        return `EMAIL;TYPE=INTERNET:${v}`;
      case 'phone':
        return `TEL;TYPE=CELL:${v}`;
      case 'website':
        return `URL:${v}`;
      default:
        return `X-SOCIALPROFILE;TYPE=${h.platform}:${v}`;
    }
  });
}

/**
 * One person as a vCard 3.0 for address books and CardDAV servers: CRLF, folded at 75 octets,
 * always a stable UID, exactly one N and one FN, no quoted-printable.
 */
export function personToVCard(
  p: Person,
  prodId: string,
  photo?: { mime: string; data: Uint8Array },
): string {
  const { family, given } = splitName(p.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    `PRODID:${prodId}`,
    `UID:urn:uuid:${p.uid}`,
    `FN:${escapeText(p.name)}`,
    `N:${escapeText(family)};${escapeText(given)};;;`,
  ];
  if (p.pinyin) {
    // Pinyin has one syllable per Chinese character, so the surname's syllables come first.
    const syllables = p.pinyin.split(' ');
    const surname = /^\p{Script=Han}+$/u.test(family) ? family.length : 0;
    const last = syllables.slice(0, surname).join(' ');
    const first = syllables.slice(surname).join(' ');
    if (last) lines.push(`X-PHONETIC-LAST-NAME:${escapeText(last)}`);
    if (first) lines.push(`X-PHONETIC-FIRST-NAME:${escapeText(first)}`);
  }
  const nicknames = [...p.nicknames, ...(p.nameLatin ? [p.nameLatin] : [])];
  if (nicknames.length) lines.push(`NICKNAME:${nicknames.map(escapeText).join(',')}`);
  if (p.company) lines.push(`ORG:${escapeText(p.company)}`);
  if (p.title) lines.push(`TITLE:${escapeText(p.title)}`);
  lines.push(...handleLines(p));
  if (p.city) lines.push(`ADR;TYPE=HOME:;;;${escapeText(p.city)};;;`);
  const bday = p.birthday ? bdayLine(p.birthday) : undefined;
  if (bday) lines.push(bday);
  if (p.tags.length) lines.push(`CATEGORIES:${p.tags.map(escapeText).join(',')}`);
  if (p.note) lines.push(`NOTE:${escapeText(p.note)}`);
  if (photo) {
    // vCard 3.0's inline photo: base64 with the image subtype as TYPE (JPEG, PNG…).
    const type = photo.mime.replace(/^image\//, '').toUpperCase();
    lines.push(`PHOTO;ENCODING=b;TYPE=${type}:${Buffer.from(photo.data).toString('base64')}`);
  }
  lines.push(`REV:${p.updatedAt.replace(/\.\d+Z$/, 'Z')}`, 'END:VCARD');
  return lines.map((l) => foldLine(l)).join('\r\n') + '\r\n';
}
