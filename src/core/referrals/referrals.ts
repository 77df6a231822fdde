import { z } from 'zod';
import { addDays } from '../time/dates.js';
import { dateField, optionalText, personRef, termField } from '../validation.js';
import { DEFAULT_CURRENCY, FOLLOW_UP_DAYS } from './rules.js';
import {
  REFERRAL_DIRECTIONS,
  REFERRAL_STATUSES,
  type ReferralDirection,
  type ReferralStatus,
} from '../vocab.js';

/** A client or project passed to a peer (`out`) or received from one (`in`). */
export interface Referral {
  id: number;
  direction: ReferralDirection;
  person: { id: number; name: string };
  client: string;
  project: string | null;
  /** Estimated value in `currency`, to 2 decimal places. */
  value: number | null;
  currency: string;
  status: ReferralStatus;
  referredOn: string;
  followUpOn: string | null;
  closedOn: string | null;
  thanksSentOn: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The largest value accepted: whole cents stay exact integers far below this. */
export const MAX_VALUE = 1_000_000_000_000;

/** A non-negative amount with at most 2 decimal places. */
const valueField = z
  .number()
  .min(0)
  .max(MAX_VALUE)
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
    params: { problem: 'invalid_format' },
  });

/** Names people use for the renminbi, taken as CNY. */
const CNY_ALIASES = new Set(['RMB', '人民币', '元', '¥', '￥']);

/** A 3-letter currency code (ISO 4217 style), upper-cased; RMB and 人民币 mean CNY. */
const currencyField = z
  .string()
  .trim()
  .transform((s) => (CNY_ALIASES.has(s.toUpperCase()) ? DEFAULT_CURRENCY : s.toUpperCase()))
  .pipe(z.string().regex(/^[A-Z]{3}$/));

export const addReferralSchema = z.object({
  direction: termField(REFERRAL_DIRECTIONS),
  /** The peer: an id or a name. */
  person: personRef,
  client: z.string().trim().min(1).max(200),
  project: optionalText(200),
  value: valueField.nullable().optional(),
  currency: currencyField.optional(),
  /** Default today. */
  referredOn: dateField.optional(),
  /** Default referredOn + 14 days; null for none. */
  followUpOn: dateField.nullable().optional(),
  note: optionalText(5000),
});
export type AddReferralInput = z.input<typeof addReferralSchema>;

export const advanceReferralSchema = z.object({
  /** Default: the next status (referred → in-talks); from in-talks, won or lost must be said. */
  to: termField(REFERRAL_STATUSES).optional(),
  /** A new follow-up date, or null to clear it. */
  followUpOn: dateField.nullable().optional(),
  note: optionalText(5000),
});
export type AdvanceReferralInput = z.input<typeof advanceReferralSchema>;

export const listReferralsSchema = z.object({
  direction: termField(REFERRAL_DIRECTIONS).optional(),
  status: termField(REFERRAL_STATUSES).optional(),
  person: personRef.optional(),
  /** Only referrals still open (referred or in talks). */
  open: z.boolean().optional(),
});
export type ListReferralsInput = z.input<typeof listReferralsSchema>;

/** The default follow-up of an open referral made or moved on `from`. */
export function defaultFollowUp(from: string): string {
  return addDays(from, FOLLOW_UP_DAYS);
}

export {
  allowedMoves,
  DEFAULT_CURRENCY,
  FOLLOW_UP_DAYS,
  formatValue,
  fromCents,
  isOpen,
  nextStatus,
  OPEN_STATUSES,
  parseAmount,
  referralAbout,
  thanksOwed,
  toCents,
} from './rules.js';
