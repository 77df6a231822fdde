import { addDays, type IsoDate } from '../time/dates.js';
import type { Settings } from '../settings/settings.js';
import type { Stage, Tier } from '../vocab.js';

/** What the cadence rule needs to know about a person. */
export interface CadenceInput {
  tier: Tier;
  stage: Stage;
  cadenceDays: number | null;
  lastInteractionOn: IsoDate | null;
  metOn: IsoDate | null;
  addedOn: IsoDate;
  snoozedUntil: IsoDate | null;
}

/** Days between contacts for a person: their own override, else their tier's; null = none. */
export function cadenceFor(
  p: Pick<CadenceInput, 'tier' | 'cadenceDays'>,
  settings: Settings,
): number | null {
  return p.cadenceDays ?? settings[`cadence.${p.tier}`];
}

/**
 * When contact is next due: last interaction + cadence (never contacted: the day we met, else the
 * day they were added). A snooze pushes it to the snooze date. Dormant relationships are not
 * nudged: the user parked them on purpose. Null when no cadence applies.
 */
export function computeDueOn(p: CadenceInput, settings: Settings): IsoDate | null {
  if (p.stage === 'dormant') return null;
  const cadence = cadenceFor(p, settings);
  if (cadence === null) return null;
  const base = p.lastInteractionOn ?? p.metOn ?? p.addedOn;
  const due = addDays(base, cadence);
  return p.snoozedUntil && p.snoozedUntil > due ? p.snoozedUntil : due;
}
