import type { Ctx, Executor } from '../context.js';
import { AppError, invalidField } from '../errors.js';
import { resolvePerson } from '../people/people.service.js';
import { localDate } from '../time/dates.js';
import { parseInput } from '../validation.js';
import type { ReferralStatus } from '../vocab.js';
import {
  addReferralSchema,
  advanceReferralSchema,
  allowedMoves,
  DEFAULT_CURRENCY,
  defaultFollowUp,
  isOpen,
  listReferralsSchema,
  nextStatus,
  toCents,
  type AddReferralInput,
  type AdvanceReferralInput,
  type ListReferralsInput,
  type Referral,
} from './referrals.js';
import {
  deleteReferralRow,
  findReferralRow,
  insertReferral,
  listReferralRows,
  updateReferralRow,
} from './referrals.repository.js';

/** The referral with this id; throws ReferralNotFound. */
export async function getReferral(db: Executor, id: number): Promise<Referral> {
  const r = await findReferralRow(db, id);
  if (!r) throw new AppError('ReferralNotFound', { id });
  return r;
}

/**
 * Records a referral, out (I pass a client to a peer) or in (a peer sends me one). It starts as
 * `referred` on `referredOn` (default today; not in the future), with a follow-up 14 days later
 * unless another date (or null, none) is given.
 */
export async function addReferral(ctx: Ctx, input: AddReferralInput): Promise<Referral> {
  const d = parseInput(addReferralSchema, input);
  const now = ctx.now();
  const today = localDate(now, ctx.timeZone);
  const referredOn = d.referredOn ?? today;
  if (referredOn > today) {
    throw invalidField({
      field: 'referredOn',
      problem: 'too_late',
      value: referredOn,
      bound: today,
    });
  }
  const followUpOn = d.followUpOn === undefined ? defaultFollowUp(referredOn) : d.followUpOn;
  if (followUpOn !== null && followUpOn < referredOn) {
    throw invalidField({
      field: 'followUpOn',
      problem: 'too_early',
      value: followUpOn,
      bound: referredOn,
    });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const person = await resolvePerson(trx, d.person);
    const id = await insertReferral(trx, {
      direction: d.direction,
      person_id: person.id,
      client: d.client,
      project: d.project ?? null,
      value_cents: d.value === undefined || d.value === null ? null : toCents(d.value),
      currency: d.currency ?? DEFAULT_CURRENCY,
      status: 'referred',
      referred_on: referredOn,
      follow_up_on: followUpOn,
      closed_on: null,
      thanks_sent_on: null,
      note: d.note ?? null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
    });
    return getReferral(trx, id);
  });
}

/** Referrals, newest first, filtered by direction, status, peer, or open (referred / in talks). */
export async function listReferrals(ctx: Ctx, input: ListReferralsInput = {}): Promise<Referral[]> {
  const f = parseInput(listReferralsSchema, input);
  const person =
    f.person === undefined
      ? undefined
      : await resolvePerson(ctx.db, f.person, { includeArchived: true });
  return listReferralRows(ctx.db, {
    direction: f.direction,
    status: f.status,
    personId: person?.id,
    open: f.open,
  });
}

/**
 * Moves a referral forward: referred → in-talks → won | lost (referred → won / lost directly is
 * fine). Without `to`, a referral given only a new follow-up date or note keeps its status; with
 * nothing at all it goes referred → in-talks (from in-talks, won or lost must be said). Moving
 * into talks schedules the next follow-up 14 days out unless a date is given; closing sets
 * closedOn to today and clears the follow-up. Closed referrals refuse every change
 * (ReferralClosed): a mistake is fixed by removing and adding again.
 */
export async function advanceReferral(
  ctx: Ctx,
  id: number,
  input: AdvanceReferralInput = {},
): Promise<Referral> {
  const d = parseInput(advanceReferralSchema, input);
  const now = ctx.now();
  const today = localDate(now, ctx.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const r = await getReferral(trx, id);
    if (!isOpen(r.status)) {
      throw new AppError('ReferralClosed', { id, status: r.status, closedOn: r.closedOn });
    }
    const onlyDetails = d.to === undefined && (d.followUpOn !== undefined || d.note !== undefined);
    const to: ReferralStatus | undefined = onlyDetails ? r.status : (d.to ?? nextStatus(r.status));
    if (to === undefined) {
      throw invalidField({ field: 'to', problem: 'required', allowed: allowedMoves(r.status) });
    }
    if (to !== r.status && !allowedMoves(r.status).includes(to)) {
      throw invalidField({
        field: 'to',
        problem: 'invalid_value',
        value: to,
        allowed: allowedMoves(r.status),
      });
    }
    let followUpOn = d.followUpOn === undefined ? r.followUpOn : d.followUpOn;
    if (followUpOn !== null && followUpOn < r.referredOn) {
      throw invalidField({
        field: 'followUpOn',
        problem: 'too_early',
        value: followUpOn,
        bound: r.referredOn,
      });
    }
    let closedOn: string | null = null;
    if (!isOpen(to)) {
      closedOn = today;
      followUpOn = null;
    } else if (to !== r.status && d.followUpOn === undefined) {
      followUpOn = defaultFollowUp(today);
    }
    await updateReferralRow(trx, id, {
      status: to,
      follow_up_on: followUpOn,
      closed_on: closedOn,
      ...(d.note === undefined ? {} : { note: d.note }),
      updated_at: now.toISOString(),
    });
    return getReferral(trx, id);
  });
}

/**
 * Records that I thanked the peer who sent me this referral (today). Only for referrals I
 * received (ReferralNotIncoming otherwise); thanking twice keeps the first date.
 */
export async function thankReferral(ctx: Ctx, id: number): Promise<Referral> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const r = await getReferral(trx, id);
    if (r.direction !== 'in') {
      throw new AppError('ReferralNotIncoming', { id, person: r.person.name });
    }
    if (r.thanksSentOn !== null) return r;
    await updateReferralRow(trx, id, {
      thanks_sent_on: localDate(now, ctx.timeZone),
      updated_at: now.toISOString(),
    });
    return getReferral(trx, id);
  });
}

/** Deletes a referral (recorded by mistake); returns it as it was. */
export async function removeReferral(ctx: Ctx, id: number): Promise<Referral> {
  return ctx.db.transaction().execute(async (trx) => {
    const r = await getReferral(trx, id);
    await deleteReferralRow(trx, id);
    return r;
  });
}
