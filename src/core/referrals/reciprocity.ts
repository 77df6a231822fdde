import { z } from 'zod';
import { fromCents } from './referrals.js';

/**
 * Give and take with one person, from my side. Every referral, introduction and helping
 * interaction counts as one, whatever its size: the point is who has been giving lately, not an
 * invoice. Interactions logged as mutual count for neither side.
 */
export interface Reciprocity {
  person: { id: number; name: string };
  /** What I gave them: referrals passed to them, introductions made for them, help. */
  given: { referrals: number; introductions: number; help: number };
  /** What they gave me: referrals they sent me, help. */
  received: { referrals: number; help: number };
  givenTotal: number;
  receivedTotal: number;
  /** 'giving': I gave more; 'receiving': they gave more (I owe them); 'balanced' within ±1. */
  lean: Lean;
  /** The value of won referrals each way, in the default currency (CNY) only. */
  wonValue: { given: number; received: number };
}

export const LEANS = ['giving', 'balanced', 'receiving'] as const;
export type Lean = (typeof LEANS)[number];

/** How far apart the totals may be and still count as balanced. */
export const BALANCE_TOLERANCE = 1;

export const listReciprocitySchema = z.object({
  lean: z.enum(LEANS).optional(),
  limit: z.number().int().min(1).max(500).optional(),
});
export type ListReciprocityInput = z.input<typeof listReciprocitySchema>;

/** Which way a balance leans, from my side. */
export function leanOf(givenTotal: number, receivedTotal: number): Lean {
  const diff = givenTotal - receivedTotal;
  if (Math.abs(diff) <= BALANCE_TOLERANCE) return 'balanced';
  return diff > 0 ? 'giving' : 'receiving';
}

/** One person's counts as the reciprocity queries return them. */
export interface ReciprocityRow {
  id: number;
  name: string;
  given_referrals: number;
  given_introductions: number;
  given_help: number;
  received_referrals: number;
  received_help: number;
  won_given_cents: number;
  won_received_cents: number;
}

export function rowToReciprocity(r: ReciprocityRow): Reciprocity {
  const given = {
    referrals: r.given_referrals,
    introductions: r.given_introductions,
    help: r.given_help,
  };
  const received = { referrals: r.received_referrals, help: r.received_help };
  const givenTotal = given.referrals + given.introductions + given.help;
  const receivedTotal = received.referrals + received.help;
  return {
    person: { id: r.id, name: r.name },
    given,
    received,
    givenTotal,
    receivedTotal,
    lean: leanOf(givenTotal, receivedTotal),
    wonValue: { given: fromCents(r.won_given_cents), received: fromCents(r.won_received_cents) },
  };
}
