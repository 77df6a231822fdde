import { AppError } from '../errors.js';
import type { Ctx, Executor } from '../context.js';
import { parseInput } from '../validation.js';
import { refreshDueDates } from '../cadence/cadence.service.js';
import { systemTimeZone } from '../time/dates.js';
import {
  defaultSettings,
  isSettingKey,
  SETTING_DEFS,
  SETTING_KEYS,
  type SettingKey,
  type Settings,
} from './settings.js';
import { deleteSetting, listSettingRows, upsertSetting } from './settings.repository.js';

/** All settings, stored values over defaults. A stored value that no longer parses is ignored. */
export async function getSettings(db: Executor): Promise<Settings> {
  const settings = defaultSettings() as Record<string, unknown>;
  for (const row of await listSettingRows(db)) {
    if (!isSettingKey(row.key)) continue;
    const parsed = SETTING_DEFS[row.key].schema.safeParse(JSON.parse(row.value));
    if (parsed.success) settings[row.key] = parsed.data;
  }
  return settings as Settings;
}

function assertKey(key: string): asserts key is SettingKey {
  if (!isSettingKey(key)) throw new AppError('UnknownSetting', { key, allowed: SETTING_KEYS });
}

/** One setting's current value. */
export async function getSetting(db: Executor, key: string): Promise<unknown> {
  assertKey(key);
  return (await getSettings(db))[key];
}

/** Validates and stores a setting; a cadence change re-plans everyone's due date in the same transaction. */
export async function setSetting(ctx: Ctx, key: string, raw: unknown): Promise<Settings> {
  assertKey(key);
  const value: unknown = parseInput(SETTING_DEFS[key].schema, raw, key);
  return ctx.db.transaction().execute(async (trx) => {
    await upsertSetting(trx, key, JSON.stringify(value));
    const settings = await getSettings(trx);
    if (key.startsWith('cadence.')) await refreshDueDates(trx, settings);
    return settings;
  });
}

/** Puts a setting back to its default. */
export async function resetSetting(ctx: Ctx, key: string): Promise<Settings> {
  assertKey(key);
  return ctx.db.transaction().execute(async (trx) => {
    await deleteSetting(trx, key);
    const settings = await getSettings(trx);
    if (key.startsWith('cadence.')) await refreshDueDates(trx, settings);
    return settings;
  });
}

/** The time zone the user's days are counted in. */
export function effectiveTimeZone(settings: Settings): string {
  return settings.timeZone === 'auto' ? systemTimeZone() : settings.timeZone;
}
