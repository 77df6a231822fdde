import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cadenceFor, computeDueOn, type CadenceInput } from './cadence.js';
import { defaultSettings, type Settings } from '../settings/settings.js';
import { addDays, daysBetween } from '../time/dates.js';
import { STAGES, TIERS } from '../vocab.js';

const settings = defaultSettings();

/** A never-contacted, never-met person added on 2026-11-23. */
function input(over: Partial<CadenceInput> = {}): CadenceInput {
  return {
    tier: 'core',
    stage: 'connected',
    cadenceDays: null,
    lastInteractionOn: null,
    metOn: null,
    addedOn: '2026-11-23',
    snoozedUntil: null,
    ...over,
  };
}

describe('cadenceFor', () => {
  it('uses the tier defaults 7 / 30 / 90 / none', () => {
    expect(cadenceFor({ tier: 'core', cadenceDays: null }, settings)).toBe(7);
    expect(cadenceFor({ tier: 'important', cadenceDays: null }, settings)).toBe(30);
    expect(cadenceFor({ tier: 'general', cadenceDays: null }, settings)).toBe(90);
    expect(cadenceFor({ tier: 'unsorted', cadenceDays: null }, settings)).toBeNull();
  });

  it('prefers the person’s own cadence, and follows changed settings', () => {
    expect(cadenceFor({ tier: 'core', cadenceDays: 3 }, settings)).toBe(3);
    expect(cadenceFor({ tier: 'unsorted', cadenceDays: 45 }, settings)).toBe(45);
    const changed: Settings = { ...settings, 'cadence.core': 14, 'cadence.general': null };
    expect(cadenceFor({ tier: 'core', cadenceDays: null }, changed)).toBe(14);
    expect(cadenceFor({ tier: 'general', cadenceDays: null }, changed)).toBeNull();
    expect(cadenceFor({ tier: 'general', cadenceDays: 60 }, changed)).toBe(60);
  });
});

describe('computeDueOn', () => {
  it('adds the tier default to the date added', () => {
    expect(computeDueOn(input({ tier: 'core' }), settings)).toBe('2026-11-30');
    expect(computeDueOn(input({ tier: 'important' }), settings)).toBe('2026-12-23');
    expect(computeDueOn(input({ tier: 'general' }), settings)).toBe('2027-02-21');
    expect(computeDueOn(input({ tier: 'unsorted' }), settings)).toBeNull();
  });

  it('uses the per-person override', () => {
    expect(computeDueOn(input({ tier: 'core', cadenceDays: 14 }), settings)).toBe('2026-12-07');
    expect(computeDueOn(input({ tier: 'general', cadenceDays: 1 }), settings)).toBe('2026-11-24');
  });

  it('counts from the last interaction, else the date met, else the date added', () => {
    const all = input({
      tier: 'core',
      lastInteractionOn: '2026-11-10',
      metOn: '2026-10-01',
      addedOn: '2026-11-20',
    });
    expect(computeDueOn(all, settings)).toBe('2026-11-17');
    expect(computeDueOn({ ...all, lastInteractionOn: null }, settings)).toBe('2026-10-08');
    expect(computeDueOn({ ...all, lastInteractionOn: null, metOn: null }, settings)).toBe(
      '2026-11-27',
    );
  });

  it('does month-end and year-end arithmetic in calendar days', () => {
    const important = (last: string) =>
      computeDueOn(input({ tier: 'important', lastInteractionOn: last }), settings);
    expect(important('2026-01-31')).toBe('2026-03-02');
    expect(important('2024-01-31')).toBe('2024-03-01');
    expect(important('2026-02-28')).toBe('2026-03-30');
    expect(important('2026-12-15')).toBe('2027-01-14');
    const core = (last: string) =>
      computeDueOn(input({ tier: 'core', lastInteractionOn: last }), settings);
    expect(core('2026-12-28')).toBe('2027-01-04');
    expect(core('2024-02-25')).toBe('2024-03-03');
    expect(core('2025-02-25')).toBe('2025-03-04');
    // 90 days over a leap February.
    expect(
      computeDueOn(input({ tier: 'general', lastInteractionOn: '2023-12-31' }), settings),
    ).toBe('2024-03-30');
    expect(
      computeDueOn(input({ tier: 'general', lastInteractionOn: '2024-12-31' }), settings),
    ).toBe('2025-03-31');
  });

  it('lets a snooze push the due date later but never earlier', () => {
    const base = input({ tier: 'core', lastInteractionOn: '2026-11-20' }); // due 2026-11-27
    expect(computeDueOn(base, settings)).toBe('2026-11-27');
    expect(computeDueOn({ ...base, snoozedUntil: '2026-12-10' }, settings)).toBe('2026-12-10');
    expect(computeDueOn({ ...base, snoozedUntil: '2026-11-24' }, settings)).toBe('2026-11-27');
    expect(computeDueOn({ ...base, snoozedUntil: '2026-11-27' }, settings)).toBe('2026-11-27');
    expect(computeDueOn({ ...base, snoozedUntil: '2026-11-28' }, settings)).toBe('2026-11-28');
  });

  it('does not nudge dormant relationships, whatever the cadence or snooze', () => {
    for (const tier of TIERS.values) {
      expect(computeDueOn(input({ tier, stage: 'dormant' }), settings)).toBeNull();
      expect(computeDueOn(input({ tier, stage: 'dormant', cadenceDays: 5 }), settings)).toBeNull();
      expect(
        computeDueOn(
          input({ tier, stage: 'dormant', cadenceDays: 5, snoozedUntil: '2027-01-01' }),
          settings,
        ),
      ).toBeNull();
    }
  });

  it('leaves unsorted people alone unless they have their own cadence', () => {
    expect(
      computeDueOn(input({ tier: 'unsorted', lastInteractionOn: '2026-11-01' }), settings),
    ).toBeNull();
    expect(
      computeDueOn(input({ tier: 'unsorted', snoozedUntil: '2027-01-01' }), settings),
    ).toBeNull();
    expect(
      computeDueOn(
        input({ tier: 'unsorted', cadenceDays: 20, lastInteractionOn: '2026-11-01' }),
        settings,
      ),
    ).toBe('2026-11-21');
  });

  it('follows a tier cadence changed in settings', () => {
    const s: Settings = { ...settings, 'cadence.core': 14, 'cadence.unsorted': 180 };
    expect(computeDueOn(input({ tier: 'core' }), s)).toBe('2026-12-07');
    expect(computeDueOn(input({ tier: 'unsorted' }), s)).toBe('2027-05-22');
  });

  it('is base + cadence, or the snooze when later, for any input (property)', () => {
    const date = fc.integer({ min: 0, max: 20_000 }).map((n) => addDays('2000-01-01', n));
    const arb = fc.record({
      tier: fc.constantFrom(...TIERS.values),
      stage: fc.constantFrom(...STAGES.values),
      cadenceDays: fc.option(fc.integer({ min: 1, max: 3650 }), { nil: null }),
      lastInteractionOn: fc.option(date, { nil: null }),
      metOn: fc.option(date, { nil: null }),
      addedOn: date,
      snoozedUntil: fc.option(date, { nil: null }),
    });
    fc.assert(
      fc.property(arb, (p) => {
        const due = computeDueOn(p, settings);
        const cadence = p.cadenceDays ?? settings[`cadence.${p.tier}`];
        if (p.stage === 'dormant' || cadence === null) {
          expect(due).toBeNull();
          return;
        }
        const base = p.lastInteractionOn ?? p.metOn ?? p.addedOn;
        const plain = addDays(base, cadence);
        expect(daysBetween(base, plain)).toBe(cadence);
        expect(due).toBe(
          p.snoozedUntil !== null && p.snoozedUntil > plain ? p.snoozedUntil : plain,
        );
      }),
      { numRuns: 300 },
    );
  });
});
