import { randomUUID } from 'node:crypto';
import type { Ctx, Executor } from '../context.js';
import { computeDueOn } from '../cadence/cadence.js';
import {
  replaceHandles,
  replaceTags,
  findPersonRow,
  updatePersonRow,
  type NewPersonRow,
} from '../people/people.repository.js';
import { birthdayFields, nameFields, nameFieldsSync } from '../people/people.service.js';
import { namePinyinSync } from '../people/pinyin.js';
import { savePhoto, type Photo } from '../people/photos.repository.js';
import { indexPerson } from '../search/search.repository.js';
import { searchDocument } from '../search/search-text.js';
import type { Settings } from '../settings/settings.js';
import { localDate } from '../time/dates.js';
import type { ImportRecordResult } from './import.js';
import {
  insertHandleRows,
  insertPeopleRows,
  insertPhotoRows,
  insertSearchRows,
  insertTagRows,
  nextPersonId,
} from './import.repository.js';
import type { MergeFields } from './merge.js';

/** The write phase of an import: new people in bulk, merged ones one by one. */

/** One person this import creates, with everything merged into it. */
export interface NewPerson {
  fields: MergeFields;
  /** The file's own UID when usable; others get a random one when written. */
  uid: string | undefined;
  photo?: Photo;
  file: string;
  line: number;
  /** Results of the records that make up this person (to fill in the id once known). */
  results: ImportRecordResult[];
}

/** Someone already stored whom this import changes. */
export interface Existing {
  id: number;
  fields: MergeFields;
  original: MergeFields;
  photo?: Photo;
  results: ImportRecordResult[];
}

/** `fn` remembering its answers, for one import. */
function memo<T>(fn: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    if (seen.has(key)) return seen.get(key)!;
    const v = fn(key);
    seen.set(key, v);
    return v;
  };
}

/** Imported people wait to be sorted into tiers: nobody becomes due at once. */
const NEW_TIER = 'unsorted';
const NEW_STAGE = 'connected';

/**
 * People are written this many at a time. Small batches die young: their rows are collected
 * before they reach the old generation, so a large import's heap does not grow with them.
 */
const WRITE_BATCH = 250;

export async function writeNew(
  ctx: Ctx,
  db: Executor,
  created: NewPerson[],
  settings: Settings,
): Promise<void> {
  let id = await nextPersonId(db);
  const pinyinOf = memo(namePinyinSync);
  for (let i = 0; i < created.length; i += WRITE_BATCH) {
    await writeBatch(ctx, db, created.slice(i, i + WRITE_BATCH), id, settings, pinyinOf);
    id += Math.min(WRITE_BATCH, created.length - i);
  }
}

async function writeBatch(
  ctx: Ctx,
  db: Executor,
  created: NewPerson[],
  firstId: number,
  settings: Settings,
  pinyinOf: typeof namePinyinSync,
): Promise<void> {
  const now = ctx.now();
  const ts = now.toISOString();
  const today = localDate(now, ctx.timeZone);
  let id = firstId;
  const people: (NewPersonRow & { id: number })[] = [];
  const tags: { person_id: number; tag: string }[] = [];
  const handles: { person_id: number; platform: string; value: string; position: number }[] = [];
  const search: { rowid: number; tokens: string }[] = [];
  const photos: ({ person_id: number } & Photo)[] = [];
  for (const p of created) {
    const f = p.fields;
    const names = nameFieldsSync(f.name, f.nameLatin, pinyinOf);
    const row = {
      id,
      uid: p.uid ?? randomUUID(),
      ...names,
      nicknames: JSON.stringify(f.nicknames),
      disciplines: '[]',
      skills: '[]',
      title: f.title,
      company: f.company,
      city: f.city,
      met_on: f.metOn,
      // An imported "met on" is history, not a meeting to follow up within 24 hours.
      met_time: null,
      met_place: null,
      met_how: f.metHow,
      introduced_by_id: null,
      ...birthdayFields(f.birthday),
      needs: '[]',
      offers: '[]',
      seeking: '[]',
      challenges: '[]',
      goals: '[]',
      note: f.note,
      tier: NEW_TIER,
      stage: NEW_STAGE,
      cadence_days: null,
      snoozed_until: null,
      last_interaction_on: null,
      due_on: computeDueOn(
        {
          tier: NEW_TIER,
          stage: NEW_STAGE,
          cadenceDays: null,
          lastInteractionOn: null,
          metOn: f.metOn,
          addedOn: today,
          snoozedUntil: null,
        },
        settings,
      ),
      added_on: today,
      created_at: ts,
      updated_at: ts,
      archived_at: null,
    };
    people.push(row);
    for (const tag of f.tags) tags.push({ person_id: id, tag });
    f.handles.forEach((h, position) =>
      handles.push({ person_id: id, platform: h.platform, value: h.value, position }),
    );
    const doc = searchDocument({
      name: f.name,
      nameLatin: f.nameLatin,
      pinyin: names.pinyin,
      initials: names.initials,
      nicknames: f.nicknames,
      company: f.company,
      city: f.city,
      tags: f.tags,
      disciplines: [],
      skills: [],
    });
    search.push({ rowid: id, tokens: doc.join(' ') });
    if (p.photo) photos.push({ person_id: id, mime: p.photo.mime, data: p.photo.data });
    for (const r of p.results) r.personId = id;
    id++;
  }
  const bulk = { root: ctx.db, trx: db };
  await insertPeopleRows(bulk, people);
  await insertTagRows(bulk, tags);
  await insertHandleRows(bulk, handles);
  await insertSearchRows(bulk, search);
  await insertPhotoRows(bulk, photos);
}

export async function writeMerge(ctx: Ctx, db: Executor, e: Existing): Promise<void> {
  const f = e.fields;
  const o = e.original;
  const patch: Partial<NewPersonRow> = { updated_at: ctx.now().toISOString() };
  if (f.name !== o.name || f.nameLatin !== o.nameLatin)
    Object.assign(patch, await nameFields(f.name, f.nameLatin));
  if (f.nicknames !== o.nicknames) patch.nicknames = JSON.stringify(f.nicknames);
  if (f.company !== o.company) patch.company = f.company;
  if (f.title !== o.title) patch.title = f.title;
  if (f.city !== o.city) patch.city = f.city;
  if (f.metOn !== o.metOn) patch.met_on = f.metOn;
  if (f.metHow !== o.metHow) patch.met_how = f.metHow;
  if (f.note !== o.note) patch.note = f.note;
  if (f.birthday !== o.birthday) Object.assign(patch, birthdayFields(f.birthday));
  await updatePersonRow(db, e.id, patch);
  if (f.tags !== o.tags) await replaceTags(db, e.id, f.tags);
  if (f.handles !== o.handles) await replaceHandles(db, e.id, f.handles);
  if (e.photo) await savePhoto(db, e.id, e.photo);
  const row = (await findPersonRow(db, e.id))!;
  await indexPerson(db, e.id, {
    name: row.name,
    nameLatin: row.name_latin,
    pinyin: row.pinyin,
    initials: row.initials,
    nicknames: f.nicknames,
    company: row.company,
    city: row.city,
    tags: f.tags,
    disciplines: JSON.parse(row.disciplines) as string[],
    skills: JSON.parse(row.skills) as string[],
  });
}
