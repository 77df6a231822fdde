import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { writeCalendar, type CalendarEvent } from '../../formats/ics/write.js';
import { followUpDeadline } from '../agenda/agenda.service.js';
import { listFollowUpRows } from '../agenda/agenda.repository.js';
import type { Ctx, Executor } from '../context.js';
import type { Lang } from '../i18n/lang.js';
import { getSettings } from '../settings/settings.service.js';
import { addDays, localDate } from '../time/dates.js';
import { birthdayEvent, followUpEvent, NUDGE_HORIZON_DAYS, nudgeEvent } from './calendar.js';
import {
  findCalendarToken,
  listBirthdayPeople,
  listDuePeople,
  listUids,
  saveCalendarToken,
} from './calendar.repository.js';
import { PRODID } from './product.js';

/**
 * The calendar feed: everyone's birthday (yearly), contact nudges for people overdue or due in
 * the next NUDGE_HORIZON_DAYS days, and the 24-hour follow-ups still owed. Archived people are
 * left out.
 */
export async function exportCalendar(
  ctx: Ctx,
  opts: { lang: Lang },
): Promise<{ content: string; events: number }> {
  const { lang } = opts;
  const now = ctx.now();
  const today = localDate(now, ctx.timeZone);
  const settings = await getSettings(ctx.db);

  const events: CalendarEvent[] = [];
  for (const p of await listBirthdayPeople(ctx.db)) {
    const e = birthdayEvent(p, lang);
    if (e) events.push(e);
  }
  for (const p of await listDuePeople(ctx.db, addDays(today, NUDGE_HORIZON_DAYS))) {
    events.push(nudgeEvent(p, today, lang));
  }
  // The agenda's own rule for who is still owed a follow-up.
  const owed = await listFollowUpRows(
    ctx.db,
    addDays(today, -settings['followUp.lookbackDays']),
    today,
  );
  const uids = await listUids(
    ctx.db,
    owed.map((r) => r.id),
  );
  const followUps = owed
    .map((r) => ({
      uid: uids.get(r.id)!,
      name: r.name,
      metOn: r.metOn,
      metPlace: r.metPlace,
      deadline: followUpDeadline(r.metOn, r.metTime, ctx.timeZone),
    }))
    .sort((a, b) => a.deadline.getTime() - b.deadline.getTime() || a.uid.localeCompare(b.uid));
  for (const f of followUps) events.push(followUpEvent(f, lang));

  const content = writeCalendar({
    prodId: PRODID,
    name: lang === 'zh' ? '同行' : 'Tongxing',
    description:
      lang === 'zh'
        ? '同行：生日、联系提醒和 24 小时跟进'
        : 'Tongxing: birthdays, keep-in-touch nudges and 24-hour follow-ups',
    stamp: now,
    events,
  });
  return { content, events: events.length };
}

/** 192 random bits, URL-safe (base64url, 32 characters). */
function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** The calendar feed's secret, created on first use. */
export async function ensureCalendarToken(ctx: Ctx): Promise<string> {
  return ctx.db.transaction().execute(async (trx) => {
    const existing = await findCalendarToken(trx);
    if (existing) return existing;
    const token = newToken();
    await saveCalendarToken(trx, token, ctx.now().toISOString());
    return token;
  });
}

/** Replaces the calendar secret: the old URL stops working at once. */
export async function regenerateCalendarToken(ctx: Ctx): Promise<string> {
  const token = newToken();
  await ctx.db.transaction().execute(async (trx) => {
    await saveCalendarToken(trx, token, ctx.now().toISOString());
  });
  return token;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/** Whether a presented token is the calendar's current one (compared in constant time). */
export async function verifyCalendarToken(db: Executor, presented: string): Promise<boolean> {
  if (presented.length < 16 || presented.length > 200) return false;
  const current = await findCalendarToken(db);
  if (!current) return false;
  return timingSafeEqual(digest(presented), digest(current));
}

/** The path of the feed with its secret: `/calendar.ics?token=…`. */
export function calendarPath(token: string): string {
  return `/calendar.ics?token=${encodeURIComponent(token)}`;
}
