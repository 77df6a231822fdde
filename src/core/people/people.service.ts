import { randomUUID } from 'node:crypto';
import type { Ctx, Executor } from '../context.js';
import { AppError } from '../errors.js';
import { cadenceFor } from '../cadence/cadence.js';
import { refreshDueDates } from '../cadence/cadence.service.js';
import { getSettings } from '../settings/settings.service.js';
import { parseBirthday } from '../time/birthdays.js';
import { localDate, parseLocalDateTime, zonedInstant } from '../time/dates.js';
import { parseInput } from '../validation.js';
import { normalizeText, parseQuery } from '../search/search-text.js';
import { indexPerson, searchIds } from '../search/search.repository.js';
import {
  assertNotSelfIntroduced,
  bulkTierSchema,
  createPersonSchema,
  listPeopleSchema,
  snoozeSchema,
  updatePersonSchema,
  type CreatePersonInput,
  type ListPeopleInput,
  type Person,
  type TierCounts,
  type UpdatePerson,
  type UpdatePersonInput,
} from './people.js';
import {
  countByTier,
  findIdsByExactName,
  findPersonRow,
  insertPerson,
  listHandles,
  listSummaries,
  listTags,
  replaceHandles,
  replaceTags,
  rowToPerson,
  updatePersonRow,
  type NewPersonRow,
  type PersonSummary,
} from './people.repository.js';
import { loadPinyin, namePinyinSync } from './pinyin.js';
import { hasPhoto } from './photos.repository.js';
import { TIERS, type Tier } from '../vocab.js';

/** The person with this id, or undefined. */
export async function findPerson(db: Executor, id: number): Promise<Person | undefined> {
  const row = await findPersonRow(db, id);
  if (!row) return undefined;
  const [tags, handles, introducer, settings, photo] = await Promise.all([
    listTags(db, id),
    listHandles(db, id),
    row.introduced_by_id === null ? undefined : findPersonRow(db, row.introduced_by_id),
    getSettings(db),
    hasPhoto(db, id),
  ]);
  return rowToPerson(
    row,
    tags,
    handles,
    introducer ? { id: introducer.id, name: introducer.name } : null,
    cadenceFor({ tier: row.tier as Tier, cadenceDays: row.cadence_days }, settings),
    photo,
  );
}

/** The person with this id; throws PersonNotFound. */
export async function getPerson(db: Executor, id: number): Promise<Person> {
  const p = await findPerson(db, id);
  if (!p) throw new AppError('PersonNotFound', { query: String(id) });
  return p;
}

/**
 * Finds the one person a reference means: an id, an exact name, or a search with exactly one
 * match. Throws PersonNotFound, or PersonAmbiguous listing the candidates.
 */
export async function resolvePerson(
  db: Executor,
  ref: string | number,
  opts: { includeArchived?: boolean } = {},
): Promise<Person> {
  const includeArchived = opts.includeArchived ?? false;
  const text = String(ref).trim();
  if (text === '') throw new AppError('PersonNotFound', { query: text });
  // `12` or `#12` is an id; `007` is not (leading zero), so such a name is still found by name.
  if (/^#?[1-9]\d*$/.test(text)) {
    const p = await findPerson(db, Number(text.replace('#', '')));
    // An id never falls through to a text search (which could find someone else).
    if (p) {
      if (includeArchived || p.archivedAt === null) return p;
      throw new AppError('PersonNotFound', { query: text });
    }
  }
  const norm = normalizeText(text);
  let ids = await findIdsByExactName(db, norm, includeArchived);
  if (ids.length === 0) {
    const terms = parseQuery(text);
    ids = terms.length === 0 ? [] : await searchIds(db, terms, norm, { includeArchived, limit: 6 });
  }
  if (ids.length === 1) return getPerson(db, ids[0]!);
  if (ids.length === 0) throw new AppError('PersonNotFound', { query: text });
  const candidates = await listSummaries(db, { ids: ids.slice(0, 5), archived: 'include' });
  throw new AppError('PersonAmbiguous', {
    query: text,
    candidates: candidates.map((c) => ({
      id: c.id,
      name: c.name,
      city: c.city,
      company: c.company,
    })),
  });
}

/** Adds a person; returns them as stored. */
export async function createPerson(ctx: Ctx, input: CreatePersonInput): Promise<Person> {
  const data = parseInput(createPersonSchema, input);
  const now = ctx.now();
  const ts = now.toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const introducer = data.introducedBy ? await resolvePerson(trx, data.introducedBy) : undefined;
    const met = metFields(data.metOn, ctx, now);
    const row: NewPersonRow = {
      uid: randomUUID(),
      ...(await nameFields(data.name, data.nameLatin ?? null)),
      nicknames: JSON.stringify(data.nicknames ?? []),
      disciplines: JSON.stringify(data.disciplines ?? []),
      skills: JSON.stringify(data.skills ?? []),
      title: data.title ?? null,
      company: data.company ?? null,
      city: data.city ?? null,
      met_on: met.met_on ?? null,
      met_time: met.met_time ?? null,
      met_place: data.metPlace ?? null,
      met_how: data.metHow ?? null,
      introduced_by_id: introducer?.id ?? null,
      ...birthdayFields(data.birthday ?? null),
      needs: JSON.stringify(data.needs ?? []),
      offers: JSON.stringify(data.offers ?? []),
      seeking: JSON.stringify(data.seeking ?? []),
      challenges: JSON.stringify(data.challenges ?? []),
      goals: JSON.stringify(data.goals ?? []),
      note: data.note ?? null,
      tier: data.tier ?? 'unsorted',
      stage: data.stage ?? 'connected',
      cadence_days: data.cadenceDays ?? null,
      snoozed_until: data.snoozedUntil ?? null,
      last_interaction_on: null,
      due_on: null,
      added_on: localDate(now, ctx.timeZone),
      created_at: ts,
      updated_at: ts,
      archived_at: null,
    };
    const id = await insertPerson(trx, row);
    await replaceTags(trx, id, data.tags ?? []);
    await replaceHandles(trx, id, data.handles ?? []);
    await refreshDueDates(trx, await getSettings(trx), [id]);
    const person = await getPerson(trx, id);
    await indexPerson(trx, id, person);
    return person;
  });
}

/** Changes the given fields of a person; lists given replace the stored list. */
export async function updatePerson(
  ctx: Ctx,
  ref: string | number,
  input: UpdatePersonInput,
): Promise<Person> {
  const data = parseInput(updatePersonSchema, input);
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const current = await resolvePerson(trx, ref, { includeArchived: true });
    const patch = await rowPatch(trx, ctx, current, data, now);
    await updatePersonRow(trx, current.id, { ...patch, updated_at: now.toISOString() });
    if (data.tags) await replaceTags(trx, current.id, data.tags);
    if (data.handles) await replaceHandles(trx, current.id, data.handles);
    await refreshDueDates(trx, await getSettings(trx), [current.id]);
    const person = await getPerson(trx, current.id);
    await indexPerson(trx, person.id, person);
    return person;
  });
}

async function rowPatch(
  trx: Executor,
  ctx: Ctx,
  current: Person,
  d: UpdatePerson,
  now: Date,
): Promise<Partial<NewPersonRow>> {
  const patch: Partial<NewPersonRow> = {};
  if (d.name !== undefined || d.nameLatin !== undefined) {
    Object.assign(
      patch,
      await nameFields(
        d.name ?? current.name,
        d.nameLatin === undefined ? current.nameLatin : d.nameLatin,
      ),
    );
  }
  const json = (
    k:
      | 'nicknames'
      | 'disciplines'
      | 'skills'
      | 'needs'
      | 'offers'
      | 'seeking'
      | 'challenges'
      | 'goals',
  ) => {
    const v = d[k];
    if (v !== undefined) patch[k] = JSON.stringify(v);
  };
  for (const k of [
    'nicknames',
    'disciplines',
    'skills',
    'needs',
    'offers',
    'seeking',
    'challenges',
    'goals',
  ] as const)
    json(k);
  if (d.title !== undefined) patch.title = d.title;
  if (d.company !== undefined) patch.company = d.company;
  if (d.city !== undefined) patch.city = d.city;
  if (d.metPlace !== undefined) patch.met_place = d.metPlace;
  if (d.metHow !== undefined) patch.met_how = d.metHow;
  if (d.note !== undefined) patch.note = d.note;
  if (d.tier !== undefined) patch.tier = d.tier;
  if (d.stage !== undefined) patch.stage = d.stage;
  if (d.cadenceDays !== undefined) patch.cadence_days = d.cadenceDays;
  if (d.snoozedUntil !== undefined) patch.snoozed_until = d.snoozedUntil;
  if (d.birthday !== undefined) Object.assign(patch, birthdayFields(d.birthday));
  if (d.metOn !== undefined)
    Object.assign(
      patch,
      d.metOn === null ? { met_on: null, met_time: null } : metFields(d.metOn, ctx, now),
    );
  if (d.introducedBy !== undefined) {
    const introducer = d.introducedBy === null ? null : await resolvePerson(trx, d.introducedBy);
    assertNotSelfIntroduced(current.id, introducer?.id ?? null);
    patch.introduced_by_id = introducer?.id ?? null;
  }
  return patch;
}

/** The stored name columns: the name, its pinyin and initials, and the normalised forms search uses. */
export async function nameFields(name: string, nameLatin: string | null) {
  await loadPinyin();
  return nameFieldsSync(name, nameLatin);
}

/**
 * nameFields for bulk writes, after `await loadPinyin()`. `pinyinOf` may memoise the reading
 * (address books repeat names: 王伟, 李娜…).
 */
export function nameFieldsSync(
  name: string,
  nameLatin: string | null,
  pinyinOf: (name: string) => ReturnType<typeof namePinyinSync> = namePinyinSync,
) {
  const py = pinyinOf(name);
  return {
    name,
    name_latin: nameLatin,
    pinyin: py?.pinyin ?? null,
    initials: py?.initials ?? null,
    name_norm: normalizeText(name),
    latin_norm: nameLatin ? normalizeText(nameLatin) : null,
  };
}

/** The stored birthday and its month-day (for the agenda's birthday index). */
export function birthdayFields(birthday: string | null) {
  const b = birthday === null ? undefined : parseBirthday(birthday);
  if (!b) return { birthday: null, birthday_md: null };
  const md = `${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
  return { birthday: b.year === undefined ? `--${md}` : `${b.year}-${md}`, birthday_md: md };
}

/**
 * When we met. A time makes the 24-hour follow-up window exact; a bare date of today means
 * "just now" (the person is being added right after meeting them); an earlier bare date has no
 * time, and its follow-up window runs to the end of the next day.
 */
function metFields(metOn: string | null | undefined, ctx: Ctx, now: Date) {
  if (!metOn) return {};
  const parsed = parseLocalDateTime(metOn)!;
  if (parsed.time) {
    return {
      met_on: parsed.date,
      met_time: zonedInstant(parsed.date, parsed.time, ctx.timeZone).toISOString(),
    };
  }
  const today = localDate(now, ctx.timeZone);
  return { met_on: parsed.date, met_time: parsed.date === today ? now.toISOString() : null };
}

/** Lists people by filters and, when given, a search (then best match first). */
export async function listPeople(ctx: Ctx, input: ListPeopleInput = {}): Promise<PersonSummary[]> {
  const f = parseInput(listPeopleSchema, input);
  const archived = f.archivedOnly ? 'only' : f.includeArchived ? 'include' : 'exclude';
  const filter = { tier: f.tier, stage: f.stage, tag: f.tag, archived, limit: f.limit } as const;
  if (!f.search) return listSummaries(ctx.db, filter);
  const ids = await searchPeopleIds(ctx.db, f.search, { includeArchived: archived !== 'exclude' });
  return listSummaries(ctx.db, { ...filter, ids });
}

/** Ids of everyone a search matches, best first (limit 0 = all). */
export async function searchPeopleIds(
  db: Executor,
  query: string,
  opts: { includeArchived?: boolean; limit?: number } = {},
): Promise<number[]> {
  const terms = parseQuery(query);
  if (terms.length === 0) return [];
  return searchIds(db, terms, normalizeText(query), {
    includeArchived: opts.includeArchived ?? false,
    limit: opts.limit ?? 0,
  });
}

/** The search of the search box and `tongxing search`: people, best match first. */
export async function searchPeople(ctx: Ctx, query: string, limit = 50): Promise<PersonSummary[]> {
  const ids = await searchPeopleIds(ctx.db, query, { limit });
  return listSummaries(ctx.db, { ids, archived: 'exclude' });
}

/** Archives (soft-deletes) a person: gone from lists and the agenda, kept for restore. */
export async function archivePerson(ctx: Ctx, ref: string | number): Promise<Person> {
  return ctx.db.transaction().execute(async (trx) => {
    const p = await resolvePerson(trx, ref);
    const ts = ctx.now().toISOString();
    await updatePersonRow(trx, p.id, { archived_at: ts, updated_at: ts });
    return getPerson(trx, p.id);
  });
}

/** Brings an archived person back. */
export async function restorePerson(ctx: Ctx, ref: string | number): Promise<Person> {
  return ctx.db.transaction().execute(async (trx) => {
    const p = await resolvePerson(trx, ref, { includeArchived: true });
    await updatePersonRow(trx, p.id, { archived_at: null, updated_at: ctx.now().toISOString() });
    return getPerson(trx, p.id);
  });
}

/** Hides a person from the due list until a date (they come back due on that day). */
export async function snoozePerson(
  ctx: Ctx,
  ref: string | number,
  until: string | null,
): Promise<Person> {
  const data = until === null ? { until: null } : parseInput(snoozeSchema, { until });
  return updatePerson(ctx, ref, { snoozedUntil: data.until });
}

/** How many live people each tier holds, and in all. */
export async function countPeopleByTier(db: Executor): Promise<TierCounts> {
  const counts = Object.fromEntries(TIERS.values.map((t) => [t, 0])) as TierCounts;
  counts.total = 0;
  for (const { tier, n } of await countByTier(db)) {
    if (tier in counts) counts[tier as keyof TierCounts] = n;
    counts.total += n;
  }
  return counts;
}

/** Moves many people to one tier in a single transaction; their due dates follow. */
export async function setTierForPeople(
  ctx: Ctx,
  input: { ids: number[]; tier: string },
): Promise<{ updated: number }> {
  const { ids, tier } = parseInput(bulkTierSchema, input);
  return ctx.db.transaction().execute(async (trx) => {
    const ts = ctx.now().toISOString();
    for (const id of ids) await getPerson(trx, id);
    for (const id of ids) await updatePersonRow(trx, id, { tier, updated_at: ts });
    await refreshDueDates(trx, await getSettings(trx), ids);
    return { updated: ids.length };
  });
}

/** Everyone, complete (for exports), in list order; archived people only when asked. */
export async function listAllPeople(
  db: Executor,
  opts: { includeArchived?: boolean } = {},
): Promise<Person[]> {
  const rows = await listSummaries(db, { archived: opts.includeArchived ? 'include' : 'exclude' });
  const out: Person[] = [];
  for (const r of rows) out.push(await getPerson(db, r.id));
  return out;
}

/** A person exactly as recorded in a backup (uid and timestamps kept); returns the new id. */
export async function insertPersonRecord(
  trx: Executor,
  rec: Omit<
    Person,
    | 'id'
    | 'pinyin'
    | 'initials'
    | 'introducedBy'
    | 'lastInteractionOn'
    | 'dueOn'
    | 'effectiveCadenceDays'
    | 'hasPhoto'
  >,
): Promise<number> {
  const id = await insertPerson(trx, {
    uid: rec.uid,
    ...(await nameFields(rec.name, rec.nameLatin)),
    nicknames: JSON.stringify(rec.nicknames),
    disciplines: JSON.stringify(rec.disciplines),
    skills: JSON.stringify(rec.skills),
    title: rec.title,
    company: rec.company,
    city: rec.city,
    met_on: rec.metOn,
    met_time: rec.metTime,
    met_place: rec.metPlace,
    met_how: rec.metHow,
    introduced_by_id: null,
    ...birthdayFields(rec.birthday),
    needs: JSON.stringify(rec.needs),
    offers: JSON.stringify(rec.offers),
    seeking: JSON.stringify(rec.seeking),
    challenges: JSON.stringify(rec.challenges),
    goals: JSON.stringify(rec.goals),
    note: rec.note,
    tier: rec.tier,
    stage: rec.stage,
    cadence_days: rec.cadenceDays,
    snoozed_until: rec.snoozedUntil,
    last_interaction_on: null,
    due_on: null,
    added_on: rec.addedOn,
    created_at: rec.createdAt,
    updated_at: rec.updatedAt,
    archived_at: rec.archivedAt,
  });
  await replaceTags(trx, id, rec.tags);
  await replaceHandles(trx, id, rec.handles);
  return id;
}

/** Points a person at the one who introduced them (by id). */
export async function setIntroducer(
  trx: Executor,
  id: number,
  introducerId: number,
): Promise<void> {
  await updatePersonRow(trx, id, { introduced_by_id: introducerId });
}
