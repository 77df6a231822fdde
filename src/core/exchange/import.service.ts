import { detectFormat, readContacts } from '../../formats/contacts/detect.js';
import type { ContactRecord, ContactStream } from '../../formats/contacts/record.js';
import type { Ctx, Executor } from '../context.js';
import { AppError } from '../errors.js';
import { refreshDueDates } from '../cadence/cadence.service.js';
import { createPersonSchema, type Handle } from '../people/people.js';
import { findPersonRow, listHandles, listTags } from '../people/people.repository.js';
import { loadPinyin } from '../people/pinyin.js';
import { hasPhoto, type Photo } from '../people/photos.repository.js';
import { getSettings } from '../settings/settings.service.js';
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
import { toFields } from './import.fields.js';
import { listMatchKeys } from './import.repository.js';
import { writeMerge, writeNew, type Existing, type NewPerson } from './import.write.js';
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
