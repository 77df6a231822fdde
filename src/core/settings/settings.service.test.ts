import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makeInteraction, makePerson } from '../../../test/helpers/factories.js';
import { expectAppError } from '../../../test/helpers/errors.js';
import { AppError } from '../errors.js';
import { getPerson } from '../people/people.service.js';
import { defaultSettings, SETTING_KEYS } from './settings.js';
import {
  effectiveTimeZone,
  getSetting,
  getSettings,
  resetSetting,
  setSetting,
} from './settings.service.js';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

describe('defaults', () => {
  it('has the documented defaults', async () => {
    const s = await getSettings(ctx.db);
    expect(s).toEqual({
      'cadence.core': 7,
      'cadence.important': 30,
      'cadence.general': 90,
      'cadence.unsorted': null,
      'capacity.core': 10,
      'capacity.important': 30,
      'agenda.dueWithinDays': 3,
      'agenda.birthdayDays': 7,
      'followUp.lookbackDays': 30,
      language: 'auto',
      timeZone: 'auto',
    });
    expect(s).toEqual(defaultSettings());
    expect(await getSetting(ctx.db, 'cadence.important')).toBe(30);
    expect(await getSetting(ctx.db, 'cadence.unsorted')).toBeNull();
  });

  it('ignores stored values that no longer parse and keys it does not know', async () => {
    await ctx.db
      .insertInto('settings')
      .values([
        { key: 'capacity.core', value: '"lots"' },
        { key: 'cadence.general', value: '45' },
        { key: 'retired.key', value: '1' },
      ])
      .execute();
    const s = await getSettings(ctx.db);
    expect(s['capacity.core']).toBe(10);
    expect(s['cadence.general']).toBe(45);
    expect(Object.keys(s).sort()).toEqual([...SETTING_KEYS].sort());
  });
});

describe('setSetting error values', () => {
  it('quotes what the user typed, not a coerced NaN', async () => {
    const e = await setSetting(ctx, 'cadence.core', 'abc').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).details.issues?.[0]).toMatchObject({
      field: 'cadence.core',
      value: 'abc',
    });
    const e2 = await setSetting(ctx, 'capacity.core', 'lots').catch((x: unknown) => x);
    expect((e2 as AppError).details.issues?.[0]).toMatchObject({
      field: 'capacity.core',
      value: 'lots',
    });
  });
});

describe('setSetting', () => {
  it('stores a value and returns the new settings', async () => {
    const s = await setSetting(ctx, 'capacity.core', '5');
    expect(s['capacity.core']).toBe(5);
    expect(await getSetting(ctx.db, 'capacity.core')).toBe(5);
    await setSetting(ctx, 'language', 'zh');
    await setSetting(ctx, 'timeZone', ' America/New_York ');
    expect(await getSettings(ctx.db)).toMatchObject({
      language: 'zh',
      timeZone: 'America/New_York',
      'capacity.core': 5,
    });
    // Setting again replaces.
    await setSetting(ctx, 'capacity.core', 7);
    expect(await getSetting(ctx.db, 'capacity.core')).toBe(7);
  });

  it('re-plans the stored due dates of the tier when its cadence changes', async () => {
    const core = await makePerson(ctx, { tier: 'core' });
    const own = await makePerson(ctx, { tier: 'core', cadenceDays: 3 });
    const dormant = await makePerson(ctx, { tier: 'core', stage: 'dormant' });
    const important = await makePerson(ctx, { tier: 'important' });
    await makeInteraction(ctx, [core, own, dormant, important], { date: '2026-11-20' });
    expect((await getPerson(ctx.db, core.id)).dueOn).toBe('2026-11-27');

    await setSetting(ctx, 'cadence.core', '14');
    expect((await getPerson(ctx.db, core.id)).dueOn).toBe('2026-12-04');
    expect((await getPerson(ctx.db, own.id)).dueOn).toBe('2026-11-23');
    expect((await getPerson(ctx.db, dormant.id)).dueOn).toBeNull();
    expect((await getPerson(ctx.db, important.id)).dueOn).toBe('2026-12-20');
    // New people follow the new cadence too.
    expect((await makePerson(ctx, { tier: 'core' })).dueOn).toBe('2026-12-07');
  });

  it('turns a cadence off with none (or its synonyms) and on again', async () => {
    const core = await makePerson(ctx, { tier: 'core' });
    for (const off of ['none', 'off', 'NEVER', '0', '无', '不提醒', 0]) {
      await setSetting(ctx, 'cadence.core', 7);
      expect((await getPerson(ctx.db, core.id)).dueOn).toBe('2026-11-30');
      const s = await setSetting(ctx, 'cadence.core', off);
      expect(s['cadence.core'], String(off)).toBeNull();
      expect((await getPerson(ctx.db, core.id)).dueOn, String(off)).toBeNull();
    }
    // …and an unsorted cadence can be switched on.
    const unsorted = await makePerson(ctx, { tier: 'unsorted' });
    expect(unsorted.dueOn).toBeNull();
    await setSetting(ctx, 'cadence.unsorted', '60');
    expect((await getPerson(ctx.db, unsorted.id)).dueOn).toBe('2027-01-22');
  });

  it.each<[string, unknown]>([
    ['cadence.core', 'abc'],
    ['cadence.core', '1.5'],
    ['cadence.core', '-3'],
    ['cadence.core', '3651'],
    ['cadence.important', ''],
    ['capacity.core', '0'],
    ['capacity.important', 'many'],
    ['agenda.dueWithinDays', '61'],
    ['followUp.lookbackDays', '0'],
    ['language', 'fr'],
    ['timeZone', 'Mars/Base'],
  ])('refuses %s = %j, naming the key, and changes nothing', async (key, value) => {
    const p = await makePerson(ctx, { tier: 'core' });
    const before = await getSettings(ctx.db);
    const e = await expectAppError(setSetting(ctx, key, value), 'ValidationFailed');
    expect(e.details.issues?.[0]?.field).toBe(key);
    expect(await getSettings(ctx.db)).toEqual(before);
    expect((await getPerson(ctx.db, p.id)).dueOn).toBe(p.dueOn);
  });

  it('lists the allowed values of a closed setting', async () => {
    const e = await expectAppError(setSetting(ctx, 'language', 'fr'), 'ValidationFailed');
    expect(e.details.issues?.[0]).toMatchObject({
      field: 'language',
      problem: 'invalid_value',
      value: 'fr',
      allowed: ['auto', 'zh', 'en'],
    });
    const cap = await expectAppError(setSetting(ctx, 'capacity.core', '0'), 'ValidationFailed');
    expect(cap.details.issues?.[0]).toMatchObject({
      field: 'capacity.core',
      problem: 'out_of_range',
      min: 1,
    });
  });

  it('refuses an unknown key everywhere, listing the known ones', async () => {
    const e = await expectAppError(setSetting(ctx, 'cadence.vip', '3'), 'UnknownSetting');
    expect(e.details).toEqual({ key: 'cadence.vip', allowed: SETTING_KEYS });
    await expectAppError(getSetting(ctx.db, 'nope'), 'UnknownSetting');
    await expectAppError(resetSetting(ctx, 'nope'), 'UnknownSetting');
    // Nothing special about prototype names.
    await expectAppError(setSetting(ctx, 'toString', '1'), 'UnknownSetting');
    await expectAppError(setSetting(ctx, '__proto__', '1'), 'UnknownSetting');
    expect(await getSettings(ctx.db)).toEqual(defaultSettings());
  });
});

describe('resetSetting', () => {
  it('puts a setting back to its default and re-plans due dates', async () => {
    const core = await makePerson(ctx, { tier: 'core' });
    await setSetting(ctx, 'cadence.core', '30');
    expect((await getPerson(ctx.db, core.id)).dueOn).toBe('2026-12-23');
    const s = await resetSetting(ctx, 'cadence.core');
    expect(s['cadence.core']).toBe(7);
    expect((await getPerson(ctx.db, core.id)).dueOn).toBe('2026-11-30');
    await setSetting(ctx, 'language', 'en');
    expect((await resetSetting(ctx, 'language')).language).toBe('auto');
    // Resetting a setting never set is harmless.
    expect(await resetSetting(ctx, 'capacity.core')).toEqual(defaultSettings());
  });
});

describe('effectiveTimeZone', () => {
  it('uses the system zone for auto, else the setting', () => {
    // vitest runs with TZ=Asia/Shanghai.
    expect(effectiveTimeZone(defaultSettings())).toBe('Asia/Shanghai');
    expect(effectiveTimeZone({ ...defaultSettings(), timeZone: 'America/Los_Angeles' })).toBe(
      'America/Los_Angeles',
    );
  });
});
