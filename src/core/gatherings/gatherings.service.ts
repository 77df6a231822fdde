import { randomUUID } from 'node:crypto';
import { refreshDueDates } from '../cadence/cadence.service.js';
import { connectorIndex } from '../connector/connector.service.js';
import type { ConnectorPerson } from '../connector/match.js';
import { insertKnowsAmong } from '../connector/terms.repository.js';
import type { Ctx, Executor } from '../context.js';
import { AppError, invalidField } from '../errors.js';
import type { Lang } from '../i18n/lang.js';
import { bumpLastInteraction, insertInteraction } from '../interactions/interactions.repository.js';
import type { Person } from '../people/people.js';
import { resolvePerson } from '../people/people.service.js';
import { getSettings } from '../settings/settings.service.js';
import { localDate } from '../time/dates.js';
import { parseInput } from '../validation.js';
import { suggestGroups } from './gather.js';
import { scoreGroup } from './group.js';
import { groupReasons } from './gathering-reasons.js';
import {
  byAgenda,
  defaultTitle,
  listGatheringsSchema,
  planGatheringSchema,
  PLANNED_SIZE,
  SUGGESTED_SIZE,
  suggestGatheringsSchema,
  type Gathering,
  type GatheringSuggestion,
  type ListGatheringsInput,
  type PlanGatheringInput,
  type SuggestGatheringsInput,
} from './gatherings.js';
import {
  findGatheringRow,
  insertGathering,
  listGatheringRows,
  updateGatheringStatus,
} from './gatherings.repository.js';

/**
 * Small gatherings worth hosting: 3–5 people (4 by default) who each share something with
 * someone in the group and among whom at least one need meets an offer, best first, with the
 * reasons in the user's language. Nobody is in two suggestions; archived people are left out.
 * With `around`, the groups that include that person.
 */
export async function suggestGatherings(
  ctx: Ctx,
  input: SuggestGatheringsInput,
  lang: Lang,
): Promise<GatheringSuggestion[]> {
  const opts = parseInput(suggestGatheringsSchema, input);
  const ix = await connectorIndex(ctx);
  let around: ConnectorPerson | undefined;
  if (opts.around !== undefined) {
    const person = await resolvePerson(ctx.db, opts.around);
    around = ix.byId.get(person.id);
    if (!around) return [];
  }
  const groups = suggestGroups(ix, {
    size: opts.size ?? SUGGESTED_SIZE.default,
    limit: opts.limit ?? 10,
    around,
  });
  return groups.map((g) => ({
    people: g.members.map((m) => ({ id: m.id, name: m.name })),
    score: Math.round(g.score * 1000) / 1000,
    reasons: groupReasons(g, ix.knows, lang),
  }));
}

/** Why these people, computed as for a suggestion (for a gathering planned by hand). */
async function reasonsFor(ctx: Ctx, ids: readonly number[], lang: Lang): Promise<string[]> {
  const ix = await connectorIndex(ctx);
  const members = ids.map((id) => ix.byId.get(id)).filter((m) => m !== undefined);
  if (members.length < 2) return [];
  return groupReasons(scoreGroup(members), ix.knows, lang);
}

/**
 * Plans a gathering with these people (from a suggestion or by hand: 2–12 people). The title
 * defaults to "小聚：A、B、C" / "Small gathering: A, B, C"; without reasons given, they are worked
 * out from the people's needs and offers as for a suggestion.
 */
export async function planGathering(
  ctx: Ctx,
  input: PlanGatheringInput,
  lang: Lang,
): Promise<Gathering> {
  const data = parseInput(planGatheringSchema, input);
  const people: Person[] = [];
  for (const ref of data.people) people.push(await resolvePerson(ctx.db, ref));
  const unique = people.filter((p, i) => people.findIndex((q) => q.id === p.id) === i);
  if (unique.length < PLANNED_SIZE.min) {
    throw invalidField({
      field: 'people',
      problem: 'out_of_range',
      value: unique.length,
      min: PLANNED_SIZE.min,
      max: PLANNED_SIZE.max,
    });
  }
  const ids = unique.map((p) => p.id);
  const reasons = data.reasons ?? (await reasonsFor(ctx, ids, lang));
  const at = ctx.now().toISOString();
  const id = await ctx.db.transaction().execute((trx) =>
    insertGathering(
      trx,
      {
        title:
          data.title ??
          defaultTitle(
            unique.map((p) => p.name),
            lang,
          ),
        on_date: data.on ?? null,
        place: data.place ?? null,
        status: 'planned',
        reasons: JSON.stringify(reasons),
        note: data.note ?? null,
        created_at: at,
        updated_at: at,
      },
      ids,
    ),
  );
  return getGathering(ctx, id);
}

/** Gatherings: planned ones first (soonest first), then held and cancelled ones, newest first. */
export async function listGatherings(
  ctx: Ctx,
  input: ListGatheringsInput = {},
): Promise<Gathering[]> {
  const f = parseInput(listGatheringsSchema, input);
  return (await listGatheringRows(ctx.db, { status: f.status })).sort(byAgenda);
}

/** One gathering; throws GatheringNotFound. */
export async function getGathering(ctx: Ctx, id: number): Promise<Gathering> {
  return mustFind(ctx.db, id);
}

async function mustFind(db: Executor, id: number): Promise<Gathering> {
  const g = await findGatheringRow(db, id);
  if (!g) throw new AppError('GatheringNotFound', { id });
  return g;
}

function mustBePlanned(g: Gathering): void {
  if (g.status === 'held') throw new AppError('GatheringAlreadyHeld', { id: g.id });
  if (g.status === 'cancelled') throw new AppError('GatheringCancelled', { id: g.id });
}

/**
 * Marks a planned gathering held, in one transaction: everyone in it now knows everyone else
 * (the connector stops suggesting them to each other), and one offline meetup with all of them
 * is logged on its date (today when it was dated later), which resets their contact clocks.
 */
export async function markGatheringHeld(ctx: Ctx, id: number): Promise<Gathering> {
  const now = ctx.now();
  return ctx.db.transaction().execute(async (trx) => {
    const g = await mustFind(trx, id);
    mustBePlanned(g);
    const at = now.toISOString();
    const today = localDate(now, ctx.timeZone);
    const date = g.on !== null && g.on <= today ? g.on : today;
    const ids = g.people.map((p) => p.id);
    await insertKnowsAmong(trx, ids, 'event', at);
    if (ids.length > 0) {
      await insertInteraction(
        trx,
        {
          uid: randomUUID(),
          occurred_on: date,
          channel: 'meetup',
          mode: 'offline',
          kind: 'catch-up',
          direction: 'mutual',
          note: g.title,
          created_at: at,
        },
        ids,
      );
      await bumpLastInteraction(trx, ids, date);
      await refreshDueDates(trx, await getSettings(trx), ids);
    }
    await updateGatheringStatus(trx, id, 'held', at);
    return mustFind(trx, id);
  });
}

/** Cancels a planned gathering. */
export async function cancelGathering(ctx: Ctx, id: number): Promise<Gathering> {
  return ctx.db.transaction().execute(async (trx) => {
    mustBePlanned(await mustFind(trx, id));
    await updateGatheringStatus(trx, id, 'cancelled', ctx.now().toISOString());
    return mustFind(trx, id);
  });
}

export { listGatheringFollowUps } from './gatherings.repository.js';
