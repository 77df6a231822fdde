import { randomUUID } from 'node:crypto';
import {
  backupSchema,
  writeBackup,
  type Backup,
  type PersonRecord,
} from '../../formats/json/backup.js';
import type { Ctx } from '../context.js';
import { AppError, isAppError } from '../errors.js';
import { refreshDueDates } from '../cadence/cadence.service.js';
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
import { parseInput } from '../validation.js';
import { bulkInteractionSchema } from '../interactions/interactions.js';

/** Everything the user entered, as Tongxing's JSON backup (see formats/json/backup.ts). */
export async function exportBackup(
  ctx: Ctx,
): Promise<{ content: string; people: number; interactions: number }> {
  const people = await listAllPeople(ctx.db, { includeArchived: true });
  const uidOf = new Map(people.map((p) => [p.id, p.uid]));
  const interactions = await listInteractionRows(ctx.db, { limit: Number.MAX_SAFE_INTEGER });
  const settings = Object.fromEntries(
    (await listSettingRows(ctx.db)).map((r) => [r.key, JSON.parse(r.value) as unknown]),
  );
  const photos = await listPhotos(ctx.db);
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
  const uids = new Set(doc.people.map((p) => p.uid));
  if (uids.size !== doc.people.length) {
    throw new AppError('ValidationFailed', {
      issues: [{ field: 'people', problem: 'invalid_value', value: 'duplicate uid' }],
    });
  }
  doc.people.forEach((p, i) => {
    if (p.introducedBy !== null && !uids.has(p.introducedBy)) {
      throw new AppError('ValidationFailed', {
        issues: [
          { field: `people.${i}.introducedBy`, problem: 'invalid_value', value: p.introducedBy },
        ],
      });
    }
  });
  (doc.photos ?? []).forEach((f, i) => {
    if (!uids.has(f.person)) {
      throw new AppError('ValidationFailed', {
        issues: [{ field: `photos.${i}.person`, problem: 'invalid_value', value: f.person }],
      });
    }
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
    if (unknown) {
      throw new AppError('ValidationFailed', {
        issues: [{ field: `interactions.${i}.people`, problem: 'invalid_value', value: unknown }],
      });
    }
  });
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
  const doc = parseInput(backupSchema, raw, 'file');
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
