import type { Ctx } from '../context.js';
import { listGatheringFollowUps } from '../gatherings/gatherings.repository.js';
import { listIntroductionFollowUps } from '../introductions/introductions.repository.js';
import { countPeopleByTier } from '../people/people.service.js';
import { listReferralFollowUps } from '../referrals/referrals.repository.js';
import { getSettings } from '../settings/settings.service.js';
import type { Settings } from '../settings/settings.js';
import { nextBirthday, parseBirthday } from '../time/birthdays.js';
import {
  addDays,
  daysBetween,
  localDate,
  localTime,
  parseLocalDateTime,
  zonedInstant,
} from '../time/dates.js';
import { parseInput } from '../validation.js';
import {
  agendaSchema,
  type Agenda,
  type AgendaInput,
  type CapacityWarning,
  type ConnectorItem,
  type FollowUpItem,
  type MomentItem,
} from './agenda.js';
import { listBirthdayRows, listDueRows, listFollowUpRows } from './agenda.repository.js';

const HOUR_MS = 3_600_000;

/**
 * Today's agenda: who is due for contact, the follow-ups owed to people just met, birthdays
 * coming up, and tier capacity warnings. `date` asks "what if today were…" at the current time of day.
 */
export async function getAgenda(ctx: Ctx, input: AgendaInput = {}): Promise<Agenda> {
  const { date: dateInput } = parseInput(agendaSchema, input);
  const tz = ctx.timeZone;
  let at = ctx.now();
  if (dateInput) {
    const p = parseLocalDateTime(dateInput)!;
    at = zonedInstant(p.date, p.time ?? localTime(at, tz), tz);
  }
  const date = localDate(at, tz);
  const settings = await getSettings(ctx.db);
  const until = addDays(date, settings['agenda.dueWithinDays']);
  const [dueRows, followUps, moments, connector, counts] = await Promise.all([
    listDueRows(ctx.db, date, until),
    followUpsFor(ctx, date, at, settings),
    birthdaysFor(ctx, date, settings['agenda.birthdayDays']),
    connectorFor(ctx, date, until),
    countPeopleByTier(ctx.db),
  ]);
  return {
    date,
    at: at.toISOString(),
    timeZone: tz,
    due: dueRows.map((r) => ({
      personId: r.id,
      name: r.name,
      tier: r.tier,
      stage: r.stage,
      cadenceDays: r.cadenceDays ?? settings[`cadence.${r.tier}`],
      lastInteractionOn: r.lastInteractionOn,
      dueOn: r.dueOn,
      daysOverdue: daysBetween(r.dueOn, date),
    })),
    followUps,
    moments,
    connector,
    warnings: capacityWarnings(counts, settings),
    counts,
  };
}

/**
 * The end of the 24-hour follow-up window. With a known time of meeting it is that time plus
 * 24 hours; with only a date, the meeting could have been late that day, so the window runs to
 * the end of the following day.
 */
export function followUpDeadline(metOn: string, metTime: string | null, tz: string): Date {
  if (metTime) return new Date(Date.parse(metTime) + 24 * HOUR_MS);
  return zonedInstant(addDays(metOn, 2), '00:00', tz);
}

async function followUpsFor(
  ctx: Ctx,
  date: string,
  at: Date,
  s: Settings,
): Promise<FollowUpItem[]> {
  const rows = await listFollowUpRows(ctx.db, addDays(date, -s['followUp.lookbackDays']), date);
  return rows
    .map((r) => {
      const deadline = followUpDeadline(r.metOn, r.metTime, ctx.timeZone);
      const hoursLeft = Math.trunc((deadline.getTime() - at.getTime()) / HOUR_MS) || 0;
      return {
        personId: r.id,
        name: r.name,
        tier: r.tier,
        metOn: r.metOn,
        metPlace: r.metPlace,
        deadline: deadline.toISOString(),
        hoursLeft,
        overdue: deadline.getTime() <= at.getTime(),
      };
    })
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || a.name.localeCompare(b.name));
}

async function birthdaysFor(ctx: Ctx, date: string, days: number): Promise<MomentItem[]> {
  const monthDays = new Set<string>();
  for (let i = 0; i <= days; i++) monthDays.add(addDays(date, i).slice(5));
  // In a common year 29 February is celebrated on the 28th.
  if (monthDays.has('02-28')) monthDays.add('02-29');
  const out: MomentItem[] = [];
  for (const r of await listBirthdayRows(ctx.db, [...monthDays])) {
    const b = r.birthday ? parseBirthday(r.birthday) : undefined;
    if (!b) continue;
    const next = nextBirthday(b, date);
    if (next.daysUntil > days) continue;
    out.push({ personId: r.id, name: r.name, kind: 'birthday', ...next });
  }
  return out.sort((a, b) => a.daysUntil - b.daysUntil || a.name.localeCompare(b.name));
}

/**
 * The connector's follow-ups due by `until` (introductions a week after, referrals on their date,
 * thanks owed), and gatherings planned up to `until` — those of the last two weeks too, until
 * they are marked held or cancelled; the most overdue first.
 */
async function connectorFor(ctx: Ctx, date: string, until: string): Promise<ConnectorItem[]> {
  const lists = await Promise.all([
    listIntroductionFollowUps(ctx.db, until),
    listReferralFollowUps(ctx.db, until),
    listGatheringFollowUps(ctx.db, addDays(date, -14), until),
  ]);
  return lists
    .flat()
    .map((f) => ({ ...f, daysOverdue: daysBetween(f.dueOn, date) }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.kind.localeCompare(b.kind) || a.id - b.id);
}

function capacityWarnings(counts: Agenda['counts'], s: Settings): CapacityWarning[] {
  const out: CapacityWarning[] = [];
  for (const tier of ['core', 'important'] as const) {
    const limit = s[`capacity.${tier}`];
    if (counts[tier] > limit)
      out.push({ code: 'CapacityExceeded', tier, count: counts[tier], limit });
  }
  return out;
}
