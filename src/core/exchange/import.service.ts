import { randomUUID } from 'node:crypto';
import { detectFormat, readContacts } from '../../formats/contacts/detect.js';
import type { ContactRecord, ContactStream } from '../../formats/contacts/record.js';
import type { Ctx, Executor } from '../context.js';
import { AppError } from '../errors.js';
import { computeDueOn } from '../cadence/cadence.js';
import { refreshDueDates } from '../cadence/cadence.service.js';
import { createPersonSchema, type Handle } from '../people/people.js';
import {
  findPersonRow,
  listHandles,
  listTags,
  replaceHandles,
  replaceTags,
  updatePersonRow,
  type NewPersonRow,
} from '../people/people.repository.js';
import { birthdayFields, nameFields, nameFieldsSync } from '../people/people.service.js';
import { loadPinyin, namePinyinSync } from '../people/pinyin.js';
import { hasPhoto, savePhoto, type Photo } from '../people/photos.repository.js';
import { indexPerson } from '../search/search.repository.js';
import { searchDocument } from '../search/search-text.js';
import type { Settings } from '../settings/settings.js';
import { getSettings } from '../settings/settings.service.js';
import { localDate } from '../time/dates.js';
import { parseInput } from '../validation.js';
import { importBackup } from './backup.service.js';
import {
  importOptionsSchema,
  type ImportIssue,
  type ImportOptions,
  type ImportProgress,
  type ImportRecordResult,
  type ImportResult,
  type ImportSource,
} from './import.js';
import {
  insertHandleRows,
  insertPeopleRows,
  insertPhotoRows,
  insertSearchRows,
  insertTagRows,
  listMatchKeys,
  nextPersonId,
} from './import.repository.js';
import { applyPlan, matchKeys, planMerge, type MatchKind, type MergeFields } from './merge.js';
import { sanitizeFields } from './sanitize.js';

type OnProgress = (p: ImportProgress) => void;

/**
 * Imports contact files: vCard, CSV (LinkedIn, Google, Outlook, any other with recognisable
 * headers), xlsx, or a Tongxing JSON backup. Every file is read and checked before anything is
 * written, and everything is written in one transaction: a malformed file changes nothing.
 * Records that match someone already stored (or earlier in the same import) are merged into them.
 */
export async function importFiles(
  ctx: Ctx,
  sources: readonly ImportSource[],
  input: ImportOptions = {},
  onProgress?: OnProgress,
): Promise<ImportResult> {
  const opts = parseInput(importOptionsSchema, input);
  const format = opts.format ?? 'auto';
  const formats = sources.map((s) => (format === 'auto' && isBackup(s) ? 'json' : format));
  const jsonAt = formats.indexOf('json');
  if (jsonAt >= 0) {
    if (sources.length > 1) throw new AppError('ImportJsonAlone', { file: sources[jsonAt]!.file });
    return importJson(ctx, sources[0]!, opts.dryRun ?? false);
  }
  const parsed: { file: string; contacts: ContactStream }[] = [];
  for (const [i, s] of sources.entries()) {
    onProgress?.({ phase: 'read', done: i, total: sources.length });
    const contacts = await readContacts(s.bytes, s.file, {
      format: formats[i]!,
      map: opts.map,
      sheet: opts.sheet,
      stream: true,
    });
    parsed.push({ file: s.file, contacts });
  }
  onProgress?.({ phase: 'read', done: sources.length, total: sources.length });
  const run = (db: Executor) =>
    importContacts(ctx, db, parsed, {
      dryRun: opts.dryRun ?? false,
      overwrite: opts.overwrite ?? false,
      onProgress,
    });
  // A dry run only reads; a real one plans and writes inside one write transaction.
  return opts.dryRun ? run(ctx.db) : ctx.db.transaction().execute(run);
}

/** A Tongxing JSON backup (only text starting with `{` is worth decoding to find out). */
function isBackup(s: ImportSource): boolean {
  let i = s.bytes[0] === 0xef && s.bytes[1] === 0xbb && s.bytes[2] === 0xbf ? 3 : 0;
  while (i < s.bytes.length && /\s/.test(String.fromCharCode(s.bytes[i]!))) i++;
  return s.bytes[i] === 0x7b && detectFormat(s.bytes, s.file).format === 'json';
}

async function importJson(ctx: Ctx, s: ImportSource, dryRun: boolean): Promise<ImportResult> {
  const text = new TextDecoder('utf-8').decode(s.bytes);
  const r = await importBackup(ctx, text, s.file, { dryRun });
  return {
    dryRun,
    files: [{ file: s.file, format: 'json', encoding: 'utf-8', records: r.people }],
    created: r.people,
    merged: 0,
    skipped: 0,
    errors: [],
    records: [],
    unmappedColumns: [],
    interactions: r.interactions,
  };
}

/** One person this import creates, with everything merged into it. */
interface NewPerson {
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
interface Existing {
  id: number;
  fields: MergeFields;
  original: MergeFields;
  photo?: Photo;
  results: ImportRecordResult[];
}

type Target = { kind: 'new'; person: NewPerson } | { kind: 'existing'; id: number };

async function importContacts(
  ctx: Ctx,
  db: Executor,
  files: readonly { file: string; contacts: ContactStream }[],
  opts: { dryRun: boolean; overwrite: boolean; onProgress?: OnProgress },
): Promise<ImportResult> {
  const result: ImportResult = {
    dryRun: opts.dryRun,
    files: files.map((f) => ({
      file: f.file,
      format: f.contacts.format,
      encoding: f.contacts.encoding,
      records: 0,
    })),
    created: 0,
    merged: 0,
    skipped: 0,
    errors: [],
    records: [],
    unmappedColumns: files
      .filter((f) => (f.contacts.unmappedColumns ?? []).length > 0)
      .map((f) => ({ file: f.file, columns: f.contacts.unmappedColumns! })),
  };
  await loadPinyin();
  const index = await loadIndex(db);
  const existing = new Map<number, Existing>();
  const created: NewPerson[] = [];
  // A streamed CSV's size is known only once it is read: then the total is unknown.
  const total = files.every((f) => Array.isArray(f.contacts.records))
    ? files.reduce((n, f) => n + (f.contacts.records as ContactRecord[]).length, 0)
    : undefined;
  let done = 0;

  for (const [fileIndex, { file, contacts }] of files.entries()) {
    for (const rec of consume(contacts.records)) {
      result.files[fileIndex]!.records++;
      if (++done % 1000 === 0) opts.onProgress?.({ phase: 'match', done, total });
      for (const w of rec.warnings) {
        result.errors.push({ file, line: rec.line, name: rec.name, ...w });
      }
      const fields = toFields(rec);
      const r: ImportRecordResult = { file, line: rec.line, name: fields.name, action: 'skip' };
      result.records.push(r);
      if (!fields.name) {
        r.reason = 'no_name';
        continue;
      }
      const keys = matchKeys({ uid: rec.uid, ...fields });
      const hit = firstHit(index, keys);
      if (!hit) {
        const person: NewPerson = {
          fields,
          uid: ownUid(rec.uid, index),
          photo: rec.photo,
          file,
          line: rec.line,
          results: [r],
        };
        r.action = 'create';
        created.push(person);
        register(index, keys, { kind: 'new', person });
        continue;
      }
      await mergeRecord(db, r, fields, rec.photo, hit.k.kind, hit.t, existing, opts.overwrite);
      if (r.action === 'merge') {
        register(index, matchKeys({ ...fields, uid: undefined }), hit.t);
      }
    }
  }

  for (const p of created) {
    p.fields = sanitize(p.fields, p.file, p.line, result.errors);
  }
  for (const e of existing.values()) {
    e.fields = sanitize(e.fields, e.results[0]!.file, e.results[0]!.line, result.errors);
  }
  for (const r of result.records)
    result[r.action === 'create' ? 'created' : r.action === 'merge' ? 'merged' : 'skipped']++;
  if (opts.dryRun) return result;

  opts.onProgress?.({ phase: 'write', done: 0, total: created.length + existing.size });
  const settings = await getSettings(db);
  await writeNew(ctx, db, created, settings);
  for (const e of existing.values()) await writeMerge(ctx, db, e);
  // New people got their due date as they were written; merged ones may have a new "met on".
  const merged = [...existing.keys()];
  await refreshDueDates(db, settings, merged.length > 500 ? undefined : merged);
  opts.onProgress?.({
    phase: 'write',
    done: created.length + existing.size,
    total: created.length + existing.size,
  });
  return result;
}

const isArray = (r: Iterable<ContactRecord>): r is ContactRecord[] => Array.isArray(r);

/**
 * Each record once. What a record holds lives on in the people planned from it, so a record read
 * whole (vCard, xlsx) is let go as soon as it is taken; streamed ones are never all held.
 */
function* consume(records: Iterable<ContactRecord>): Generator<ContactRecord> {
  if (!isArray(records)) {
    yield* records;
    return;
  }
  const list: (ContactRecord | undefined)[] = records;
  for (let i = 0; i < list.length; i++) {
    const rec = list[i]!;
    list[i] = undefined;
    yield rec;
  }
}

/** The target of the strongest key that is already known. */
function firstHit(
  index: Map<string, Target>,
  keys: readonly { key: string; kind: MatchKind }[],
): { k: { key: string; kind: MatchKind }; t: Target } | undefined {
  for (const k of keys) {
    const t = index.get(k.key);
    if (t) return { k, t };
  }
  return undefined;
}

function register(index: Map<string, Target>, keys: { key: string }[], t: Target): void {
  for (const { key } of keys) if (!index.has(key)) index.set(key, t);
}

/**
 * The file's own UID when it is usable and free (so re-importing our vCard export matches).
 * Random ones are made when people are written: they cost memory while a large file is planned.
 */
function ownUid(uid: string | undefined, index: Map<string, Target>): string | undefined {
  const bare = uid?.replace(/^urn:uuid:/i, '').trim();
  if (bare && bare.length <= 200 && !index.has(`uid:${bare.toLowerCase()}`)) return bare;
  return undefined;
}

async function loadIndex(db: Executor): Promise<Map<string, Target>> {
  const index = new Map<string, Target>();
  const { people, handles, uids } = await listMatchKeys(db);
  const byPerson = new Map<number, Handle[]>();
  for (const h of handles) {
    let list = byPerson.get(h.person_id);
    if (!list) byPerson.set(h.person_id, (list = []));
    list.push({ platform: h.platform, value: h.value });
  }
  for (const p of people) {
    const t: Target = { kind: 'existing', id: p.id };
    register(
      index,
      matchKeys({
        uid: uids.get(p.id),
        name: p.name,
        company: p.company,
        handles: byPerson.get(p.id) ?? [],
      }),
      t,
    );
  }
  return index;
}

async function mergeRecord(
  db: Executor,
  r: ImportRecordResult,
  fields: MergeFields,
  photo: Photo | undefined,
  matchedBy: MatchKind,
  target: Target,
  existing: Map<number, Existing>,
  overwrite: boolean,
): Promise<void> {
  r.matchedBy = matchedBy;
  let current: MergeFields;
  let entry: Existing | undefined;
  if (target.kind === 'new') {
    current = target.person.fields;
  } else {
    entry = existing.get(target.id) ?? (await loadExisting(db, target.id));
    current = entry.fields;
    r.personId = target.id;
  }
  r.matchedName = current.name;
  const plan = planMerge(current, { ...fields, hasPhoto: photo !== undefined }, overwrite);
  if (plan.kept.length) r.kept = plan.kept;
  if (plan.changed.length === 0) {
    r.reason = 'no_new_info';
    return;
  }
  r.action = 'merge';
  r.changed = plan.changed;
  const next = applyPlan(current, plan);
  if (target.kind === 'new') {
    target.person.fields = next;
    if (plan.update.photo) target.person.photo = photo;
    target.person.results.push(r);
  } else {
    entry!.fields = next;
    if (plan.update.photo) entry!.photo = photo;
    entry!.results.push(r);
    existing.set(target.id, entry!);
  }
}

async function loadExisting(db: Executor, id: number): Promise<Existing> {
  const row = (await findPersonRow(db, id))!;
  const fields: MergeFields = {
    name: row.name,
    nameLatin: row.name_latin,
    nicknames: JSON.parse(row.nicknames) as string[],
    company: row.company,
    title: row.title,
    city: row.city,
    handles: await listHandles(db, id),
    tags: await listTags(db, id),
    birthday: row.birthday,
    metOn: row.met_on,
    metHow: row.met_how,
    note: row.note,
    hasPhoto: await hasPhoto(db, id),
  };
  return { id, fields, original: fields, results: [] };
}

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
function toFields(rec: ContactRecord): MergeFields {
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

function sanitize(
  fields: MergeFields,
  file: string,
  line: number,
  errors: ImportIssue[],
): MergeFields {
  const { fields: clean, issues } = sanitizeFields(fields, createPersonSchema);
  for (const i of issues) errors.push({ file, line, name: fields.name, ...i });
  return clean;
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

async function writeNew(
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

async function writeMerge(ctx: Ctx, db: Executor, e: Existing): Promise<void> {
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
