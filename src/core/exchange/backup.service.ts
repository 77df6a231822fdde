import { randomUUID } from 'node:crypto';
import {
  backupSchema,
  writeBackup,
  type Backup,
  type PersonRecord,
} from '../../formats/json/backup.js';
import type { Ctx, Executor } from '../context.js';
import { AppError, isAppError, type FieldIssue } from '../errors.js';
import { refreshDueDates } from '../cadence/cadence.service.js';
import { recordAllMetTogether } from '../connector/connector.service.js';
import {
  recomputeLastInteraction,
  insertInteractionsBulk,
  listInteractionRows,
} from '../interactions/interactions.repository.js';
import { createPersonSchema } from '../people/people.js';
import { insertPersonRecord, listAllPeople, setIntroducer } from '../people/people.service.js';
import { rebuildSearchIndex } from '../search/search.repository.js';
import { listPhotos, savePhoto } from '../people/photos.repository.js';
import { isSettingKey, SETTING_DEFS } from '../settings/settings.js';
import { listSettingRows, upsertSetting } from '../settings/settings.repository.js';
import { getSettings } from '../settings/settings.service.js';
import { parseInput, validationError } from '../validation.js';
import { bulkInteractionSchema } from '../interactions/interactions.js';
import {
  connectorIssues,
  exportConnectorRecords,
  importConnectorRecords,
} from './backup.connector.js';

/** Everything the user entered, as Tongxing's JSON backup (see formats/json/backup.ts). */
export async function exportBackup(
  ctx: Ctx,
): Promise<{ content: string; people: number; interactions: number }> {
  // One transaction (IMMEDIATE, like all of ours: it holds the write lock for the few hundred ms
  // of reading): every table from the same moment, so no record can name a person added (or
  // deleted) between two of the reads.
  return ctx.db.transaction().execute((trx) => readBackup(trx));
}

async function readBackup(
  db: Executor,
): Promise<{ content: string; people: number; interactions: number }> {
  const people = await listAllPeople(db, { includeArchived: true });
  const uidOf = new Map(people.map((p) => [p.id, p.uid]));
  const interactions = await listInteractionRows(db, { limit: Number.MAX_SAFE_INTEGER });
  const settings = Object.fromEntries(
    (await listSettingRows(db)).map((r) => [r.key, JSON.parse(r.value) as unknown]),
  );
  const photos = await listPhotos(db);
  const doc: Backup = {
    format: 'tongxing',
    version: 1,
    settings,
    photos: photos.map((f) => ({
      person: f.uid,
      mime: f.mime,
      data: Buffer.from(f.data).toString('base64'),
    })),
    people: people.map(
      ({
        id: _id,
        pinyin: _p,
        initials: _i,
        lastInteractionOn: _l,
        dueOn: _d,
        effectiveCadenceDays: _c,
        hasPhoto: _h,
        introducedBy,
        ...rest
      }) => ({
        ...rest,
        introducedBy: introducedBy ? uidOf.get(introducedBy.id)! : null,
      }),
    ),
    interactions: interactions.map(({ id: _id, people: who, ...rest }) => ({
      ...rest,
      people: who.map((p) => uidOf.get(p.id)!),
    })),
    ...(await exportConnectorRecords(db, uidOf)),
  };
  return { content: writeBackup(doc), people: people.length, interactions: interactions.length };
}

/** Re-labels validation issues of one record with where the record sits in the file. */
function at<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isAppError(e) && e.code === 'ValidationFailed') {
      throw new AppError('ValidationFailed', {
        issues: (e.details.issues ?? []).map((i) => ({ ...i, field: `${prefix}.${i.field}` })),
      });
    }
    throw e;
  }
}

function refuse(field: string, problem: FieldIssue['problem'], value: string): never {
  throw new AppError('ValidationFailed', { issues: [{ field, problem, value }] });
}

/**
 * The document's shape. Issues name their place in the file with the record's index
 * (`introductions.3.stage`): the shared mapping keeps only names, which suits a form, not a file.
 */
function parseDocument(raw: unknown): Backup {
  const r = backupSchema.safeParse(raw, { reportInput: true });
  if (r.success) return r.data;
  const issues = validationError(r.error, 'file').details.issues ?? [];
  throw new AppError('ValidationFailed', {
    issues: issues.map((issue, k) => ({
      ...issue,
      field: r.error.issues[k]?.path.map(String).join('.') || issue.field,
    })),
  });
}

/** Checks what the database would refuse or misread: vocabularies, dates, references. */
function validate(doc: Backup): void {
  doc.people.forEach((p, i) =>
    at(`people.${i}`, () =>
      parseInput(createPersonSchema, {
        ...p,
        introducedBy: undefined,
        metOn: p.metOn,
        handles: p.handles,
      }),
    ),
  );
  const uids = new Set<string>();
  doc.people.forEach((p, i) => {
    if (uids.has(p.uid)) refuse(`people.${i}.uid`, 'duplicate', p.uid);
    uids.add(p.uid);
  });
  doc.people.forEach((p, i) => {
    if (p.introducedBy !== null && !uids.has(p.introducedBy)) {
      refuse(`people.${i}.introducedBy`, 'unknown_person', p.introducedBy);
    }
  });
  (doc.photos ?? []).forEach((f, i) => {
    if (!uids.has(f.person)) refuse(`photos.${i}.person`, 'unknown_person', f.person);
  });
  doc.interactions.forEach((x, i) => {
    at(`interactions.${i}`, () =>
      parseInput(bulkInteractionSchema, {
        kind: x.kind,
        channel: x.channel,
        mode: x.mode,
        direction: x.direction,
        note: x.note,
        date: x.occurredOn,
        personIds: [1],
      }),
    );
    const unknown = x.people.find((u) => !uids.has(u));
    if (unknown) refuse(`interactions.${i}.people`, 'unknown_person', unknown);
  });
  const issues = connectorIssues(doc, uids);
  if (issues.length > 0) throw new AppError('ValidationFailed', { issues });
  for (const [key, value] of Object.entries(doc.settings)) {
    if (!isSettingKey(key))
      throw new AppError('UnknownSetting', { key, allowed: Object.keys(SETTING_DEFS) });
    parseInput(SETTING_DEFS[key].schema, value, `settings.${key}`);
  }
}

/**
 * Restores a JSON backup into an empty database, all or nothing: the file is checked whole before
 * anything is written, and everything is written in one transaction.
 */
export async function importBackup(
  ctx: Ctx,
  text: string,
  file: string,
  opts: { dryRun?: boolean } = {},
): Promise<{ people: number; interactions: number }> {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new AppError('ImportInvalid', { file, reason: (e as Error).message });
  }
  const doc = parseDocument(raw);
  validate(doc);
  return ctx.db.transaction().execute(async (trx) => {
    // Archived people count too: merging into existing data is the importers' job, not a restore's.
    const existing = (await listAllPeople(trx, { includeArchived: true })).length;
    if (existing > 0) throw new AppError('ImportNotEmpty', { count: existing });
    if (opts.dryRun) return { people: doc.people.length, interactions: doc.interactions.length };
    for (const [key, value] of Object.entries(doc.settings))
      await upsertSetting(trx, key, JSON.stringify(value));
    const idOf = new Map<string, number>();
    for (const p of doc.people) idOf.set(p.uid, await insertPersonRecord(trx, toRecord(p)));
    for (const p of doc.people) {
      if (p.introducedBy) await setIntroducer(trx, idOf.get(p.uid)!, idOf.get(p.introducedBy)!);
    }
    await insertInteractionsBulk(
      trx,
      doc.interactions.map((x) => ({
        row: {
          uid: x.uid || randomUUID(),
          occurred_on: x.occurredOn,
          channel: x.channel,
          mode: x.mode,
          kind: x.kind,
          direction: x.direction,
          note: x.note,
          created_at: x.createdAt,
        },
        personIds: [...new Set(x.people.map((u) => idOf.get(u)!))],
      })),
    );
    for (const f of doc.photos ?? []) {
      await savePhoto(trx, idOf.get(f.person)!, {
        mime: f.mime,
        data: Buffer.from(f.data, 'base64'),
      });
    }
    await importConnectorRecords(trx, doc, idOf);
    // A backup from before `knows` was kept: learn it from the interactions, as migration 0010 does.
    if (doc.knows === undefined) await recordAllMetTogether(trx, ctx.now().toISOString());
    await recomputeLastInteraction(trx);
    await refreshDueDates(trx, await getSettings(trx));
    await rebuildSearchIndex(trx);
    return { people: doc.people.length, interactions: doc.interactions.length };
  });
}

function toRecord(p: PersonRecord) {
  return {
    ...p,
    handles: p.handles as { platform: never; value: string }[],
    tier: p.tier as never,
    stage: p.stage as never,
  };
}
