import type { Ctx, Executor } from '../context.js';
import { insertKnows } from '../connector/terms.repository.js';
import { AppError } from '../errors.js';
import { getPerson, resolvePerson } from '../people/people.service.js';
import { addDays, localDate } from '../time/dates.js';
import { parseInput } from '../validation.js';
import { introductionDrafts } from './drafts.js';
import {
  addIntroductionSchema,
  advanceIntroductionSchema,
  consentSchema,
  FOLLOW_UP_DAYS,
  listIntroductionsSchema,
  planMove,
  stageIndex,
  type AddIntroductionInput,
  type AdvanceIntroductionInput,
  type ConsentInput,
  type IntroDrafts,
  type Introduction,
  type ListIntroductionsInput,
} from './introductions.js';
import {
  deleteIntroductionRow,
  findIntroduction,
  findOpenIntroductionOf,
  insertIntroduction,
  insertStep,
  listIntroductionRows,
  updateIntroductionRow,
} from './introductions.repository.js';

/** The introduction with this id; throws IntroductionNotFound. */
export async function getIntroduction(db: Executor, id: number): Promise<Introduction> {
  const n = await findIntroduction(db, id);
  if (!n) throw new AppError('IntroductionNotFound', { id });
  return n;
}

/** The introduction with its message drafts (asking A, asking B, introducing; zh and en). */
export async function getIntroductionWithDrafts(
  ctx: Ctx,
  id: number,
): Promise<Introduction & { drafts: IntroDrafts }> {
  const n = await getIntroduction(ctx.db, id);
  const [a, b] = await Promise.all([getPerson(ctx.db, n.a.id), getPerson(ctx.db, n.b.id)]);
  return { ...n, drafts: introductionDrafts(a, b, n.reason) };
}

/**
 * Starts an introduction of A (usually the one in need) and B, at the stage 'idea', from a
 * suggestion or by hand. Refuses the same person twice and a pair that already has an open
 * introduction (IntroductionExists, either way round).
 */
export async function addIntroduction(
  ctx: Ctx,
  input: AddIntroductionInput,
): Promise<Introduction> {
  const d = parseInput(addIntroductionSchema, input);
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const a = await resolvePerson(trx, d.a);
    const b = await resolvePerson(trx, d.b);
    if (a.id === b.id) throw new AppError('IntroductionSamePerson', { id: a.id, name: a.name });
    const open = await findOpenIntroductionOf(trx, a.id, b.id);
    if (open) {
      throw new AppError('IntroductionExists', {
        id: open.id,
        a: open.a.name,
        b: open.b.name,
        stage: open.stage,
      });
    }
    const id = await insertIntroduction(trx, {
      a_id: a.id,
      b_id: b.id,
      stage: 'idea',
      outcome: null,
      reason: d.reason ?? null,
      note: d.note ?? null,
      consent_a_at: null,
      consent_b_at: null,
      introduced_on: null,
      follow_up_on: null,
      created_at: at,
      updated_at: at,
    });
    await insertStep(trx, id, { stage: 'idea', at, skipped: [], note: null });
    return getIntroduction(trx, id);
  });
}

/** Introductions, newest first, filtered by stage, person (either side) or open. */
export async function listIntroductions(
  ctx: Ctx,
  input: ListIntroductionsInput = {},
): Promise<Introduction[]> {
  const f = parseInput(listIntroductionsSchema, input);
  const person =
    f.person === undefined
      ? undefined
      : await resolvePerson(ctx.db, f.person, { includeArchived: true });
  return listIntroductionRows(ctx.db, { stage: f.stage, personId: person?.id, open: f.open });
}

/**
 * Moves an introduction on (see `planMove` for the rules). Consents given in the same call are
 * recorded first. Reaching 'introduced' sets introducedOn to today, the follow-up a week later,
 * and records that the two know each other; 'followed-up' and 'outcome' clear the follow-up.
 * Each move is a step of the history, with the stages it skipped and its note.
 */
export async function advanceIntroduction(
  ctx: Ctx,
  id: number,
  input: AdvanceIntroductionInput = {},
): Promise<Introduction> {
  const d = parseInput(advanceIntroductionSchema, input);
  const now = ctx.now();
  const at = now.toISOString();
  const today = localDate(now, ctx.timeZone);
  return ctx.db.transaction().execute(async (trx) => {
    const n = await getIntroduction(trx, id);
    const consent = new Set(d.consent ?? []);
    const consentA = n.consentA ?? (consent.has('a') ? at : null);
    const consentB = n.consentB ?? (consent.has('b') ? at : null);
    const move = planMove({ ...n, consentA, consentB }, d);
    const followUpOn = move.to === 'introduced' ? addDays(today, FOLLOW_UP_DAYS) : null;
    let introducedOn = n.introducedOn;
    if (move.introduces) {
      introducedOn = today;
      await insertKnows(trx, n.a.id, n.b.id, 'introduction', at);
    }
    await updateIntroductionRow(trx, id, {
      stage: move.to,
      outcome: move.outcome,
      consent_a_at: consentA,
      consent_b_at: consentB,
      introduced_on: introducedOn,
      follow_up_on: followUpOn,
      updated_at: at,
    });
    await insertStep(trx, id, { stage: move.to, at, skipped: move.skipped, note: d.note ?? null });
    return getIntroduction(trx, id);
  });
}

/**
 * Records that one side said yes to being introduced (now), or withdraws it (`given: false`).
 * Asking never implies consent: it is only ever recorded here or with `consent` when advancing.
 * Saying yes again keeps the first time.
 */
export async function setIntroductionConsent(
  ctx: Ctx,
  id: number,
  input: ConsentInput,
): Promise<Introduction> {
  const d = parseInput(consentSchema, input);
  const sides = [...new Set(d.sides ?? [d.side!])];
  const at = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const n = await getIntroduction(trx, id);
    // Once introduced, the consents are what the introduction was made on: history, not a switch.
    if (stageIndex(n.stage) >= stageIndex('introduced')) {
      throw new AppError('IntroductionConsentSettled', { id, stage: n.stage });
    }
    const change: { consent_a_at?: string | null; consent_b_at?: string | null } = {};
    for (const side of sides) {
      const current = side === 'a' ? n.consentA : n.consentB;
      const value = d.given === false ? null : (current ?? at);
      if (value !== current) change[side === 'a' ? 'consent_a_at' : 'consent_b_at'] = value;
    }
    if (Object.keys(change).length === 0) return n;
    await updateIntroductionRow(trx, id, { ...change, updated_at: at });
    return getIntroduction(trx, id);
  });
}

/**
 * Deletes an introduction (recorded by mistake) with its history; returns it as it was. If they were
 * introduced, that they know each other stays recorded: they have met.
 */
export async function removeIntroduction(ctx: Ctx, id: number): Promise<Introduction> {
  return ctx.db.transaction().execute(async (trx) => {
    const n = await getIntroduction(trx, id);
    await deleteIntroductionRow(trx, id);
    return n;
  });
}
