import { z } from 'zod';
import { parseLocalDateTime } from '../time/dates.js';
import type { Stage, Tier } from '../vocab.js';
import type { TierCounts } from '../people/people.js';
import type { ConnectorFollowUp } from './connector-follow-ups.js';

export const agendaSchema = z.object({
  /** `YYYY-MM-DD` (at the current time of day) or `YYYY-MM-DDTHH:MM`; default now. */
  date: z
    .string()
    .trim()
    .refine((s) => parseLocalDateTime(s) !== undefined, { params: { problem: 'invalid_date' } })
    .optional(),
});
export type AgendaInput = z.input<typeof agendaSchema>;

export interface DueItem {
  personId: number;
  name: string;
  tier: Tier;
  stage: Stage;
  cadenceDays: number | null;
  lastInteractionOn: string | null;
  dueOn: string;
  /** Days past due: positive is overdue, 0 is due today, negative is due in that many days. */
  daysOverdue: number;
}

export interface FollowUpItem {
  personId: number;
  name: string;
  tier: Tier;
  metOn: string;
  metPlace: string | null;
  /** The end of the 24-hour window (UTC ISO). */
  deadline: string;
  /** Hours until the deadline; negative once it has passed. */
  hoursLeft: number;
  overdue: boolean;
}

export interface MomentItem {
  personId: number;
  name: string;
  kind: 'birthday';
  date: string;
  daysUntil: number;
  /** The age reached, when the birth year is known. */
  age?: number;
}

/** An introduction, referral, thanks or gathering to follow up on. */
export interface ConnectorItem extends ConnectorFollowUp {
  /** Days past due: positive is overdue, 0 is today, negative is coming up (gatherings, soon due). */
  daysOverdue: number;
}

export interface CapacityWarning {
  code: 'CapacityExceeded';
  tier: 'core' | 'important';
  count: number;
  limit: number;
}

export interface Agenda {
  date: string;
  /** The instant the agenda was computed for (UTC ISO). */
  at: string;
  timeZone: string;
  due: DueItem[];
  followUps: FollowUpItem[];
  moments: MomentItem[];
  /** Introductions made a week ago, referrals to follow up, thanks owed, gatherings coming up. */
  connector: ConnectorItem[];
  warnings: CapacityWarning[];
  counts: TierCounts;
}
