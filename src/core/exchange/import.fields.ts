import type { ContactRecord } from '../../formats/contacts/record.js';
import type { Handle } from '../people/people.js';
import { namePinyinSync } from '../people/pinyin.js';
import type { MergeFields } from './merge.js';

/** A reader's ContactRecord as the person fields the importer merges and stores. */

const nonEmpty = (s: string) => s.trim() !== '';

const EMPTY: never[] = Object.freeze([]) as never[];

/**
 * A list grown by push keeps spare capacity; across a large import that adds up. Lists are never
 * changed in place after this (merges build new ones), so the empty one can be shared.
 */
function exact<T>(xs: T[]): T[] {
  return xs.length === 0 ? EMPTY : xs.slice();
}

/** E-mails and phones are handles like any other (and what duplicates are found by). */
function handlesOf(rec: ContactRecord): Handle[] {
  const out: Handle[] = [];
  for (const value of rec.emails) if (nonEmpty(value)) out.push({ platform: 'email', value });
  for (const value of rec.phones) if (nonEmpty(value)) out.push({ platform: 'phone', value });
  for (const h of rec.handles) if (nonEmpty(h.value)) out.push(h);
  return out;
}

/** A reader's record as person fields; the name falls back to what identifies them. */
export function toFields(rec: ContactRecord): MergeFields {
  const name = rec.name || rec.nameLatin || rec.company || rec.emails[0] || rec.phones[0] || '';
  const nicknames = rec.nicknames.filter(nonEmpty);
  if (rec.phonetic && !isReadingOf(rec.phonetic, name)) nicknames.push(rec.phonetic);
  // These lists live until the import is written: exact-size copies, one shared empty list.
  const tags = rec.tags.filter(nonEmpty);
  const title = [rec.title, rec.department].filter(Boolean).join(' · ');
  return {
    name,
    nameLatin: rec.nameLatin && rec.nameLatin !== name ? rec.nameLatin : null,
    nicknames: exact(nicknames),
    company: rec.company ?? null,
    title: title || null,
    city: rec.city ?? null,
    handles: exact(handlesOf(rec)),
    tags: exact(tags),
    birthday: rec.birthday ?? null,
    metOn: rec.metOn ?? null,
    metHow: rec.metHow ?? null,
    note: rec.note ?? null,
    hasPhoto: rec.photo !== undefined,
  };
}

/**
 * Whether a phonetic name only repeats what search already knows: the name's own pinyin
 * (Apple writes X-PHONETIC names for Chinese contacts) or the name itself.
 */
function isReadingOf(phonetic: string, name: string): boolean {
  const compact = (s: string) => s.toLowerCase().replace(/[\s'·-]/g, '');
  if (compact(phonetic) === compact(name)) return true;
  const py = namePinyinSync(name);
  return py !== undefined && compact(py.pinyin) === compact(phonetic);
}
