import type { CalendarEvent } from '../../formats/ics/write.js';
import type { Lang } from '../i18n/lang.js';
import { birthdayIn, parseBirthday } from '../time/birthdays.js';
import { daysBetween, type IsoDate } from '../time/dates.js';
import { TIERS, type Tier } from '../vocab.js';

/**
 * What the calendar feed shows, worded in the user's language. Pure: the service gathers the
 * people, this turns them into events, formats/ics writes them.
 *
 * UIDs are derived, never random, so that every fetch of the feed names the same event the same
 * way and clients update it in place instead of duplicating it: person uid + kind, plus the date
 * a one-off item belongs to.
 */

const DOMAIN = '@tongxing';

/** Contact nudges are listed this far ahead (and every overdue one). */
export const NUDGE_HORIZON_DAYS = 30;

/**
 * Birthdays without a known year start in 2000: a fixed year keeps the event identical from one
 * fetch to the next, and a leap year gives 29 February a real first occurrence. Known years
 * before 1900 (such as Apple's 1604 "no year" placeholder) are treated as unknown.
 */
export const YEARLESS_BIRTHDAY_YEAR = 2000;

const HOUR_MS = 3_600_000;

export interface BirthdayPerson {
  uid: string;
  name: string;
  birthday: string;
}

/** A yearly all-day event on the birthday; undefined when the stored birthday does not parse. */
export function birthdayEvent(p: BirthdayPerson, lang: Lang): CalendarEvent | undefined {
  const b = parseBirthday(p.birthday);
  if (!b) return undefined;
  const year = b.year !== undefined && b.year >= 1900 ? b.year : YEARLESS_BIRTHDAY_YEAR;
  const leapDay = b.month === 2 && b.day === 29;
  return {
    uid: `${p.uid}-birthday${DOMAIN}`,
    summary: lang === 'zh' ? `🎂 ${p.name} 生日` : `🎂 ${p.name}'s birthday`,
    // A 29 February birth year is a leap year, and so is 2000: DTSTART is a real 29 February.
    time: { date: birthdayIn(b, year) },
    // The core celebrates 29 February on the 28th in common years (birthdayIn): the last day of
    // February says exactly that. A plain FREQ=YEARLY would skip three years out of four.
    rrule: leapDay ? 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1' : 'FREQ=YEARLY',
    categories: [lang === 'zh' ? '生日' : 'Birthday'],
  };
}

export interface DuePerson {
  uid: string;
  name: string;
  tier: Tier;
  dueOn: IsoDate;
  lastInteractionOn: IsoDate | null;
}

/**
 * An all-day nudge on the due date. An overdue one is shown today rather than on its past due
 * date, where nobody looks: the event moves forward each day (same UID, so clients move it) and
 * says how late it is, until an interaction is logged and the next due date replaces it.
 */
export function nudgeEvent(p: DuePerson, today: IsoDate, lang: Lang): CalendarEvent {
  const late = daysBetween(p.dueOn, today);
  const tier = TIERS.terms[p.tier][lang];
  const zh = lang === 'zh';
  let summary: string;
  if (late > 0) {
    summary = zh
      ? `联系 ${p.name}（${tier}，已逾期 ${late} 天）`
      : `Get in touch with ${p.name} (${tier}, ${late} ${late === 1 ? 'day' : 'days'} overdue)`;
  } else {
    summary = zh ? `联系 ${p.name}（${tier}）` : `Get in touch with ${p.name} (${tier})`;
  }
  const last = p.lastInteractionOn;
  const description = zh
    ? `${last ? `上次联系：${last}` : '还没有联系过'}。联系之后在同行里记一笔，这条提醒就会更新。`
    : `${last ? `Last contact: ${last}` : 'Not contacted yet'}. Once in touch, log it in Tongxing and this reminder moves on.`;
  return {
    uid: `${p.uid}-due-${p.dueOn}${DOMAIN}`,
    summary,
    description,
    time: { date: late > 0 ? today : p.dueOn },
    categories: [zh ? '联系提醒' : 'Keep in touch'],
  };
}

export interface FollowUpPerson {
  uid: string;
  name: string;
  metOn: IsoDate;
  metPlace: string | null;
  /** The end of the 24-hour window (agenda's followUpDeadline). */
  deadline: Date;
}

/**
 * The 24-hour follow-up as a timed event in UTC: the hour that ends at the deadline, so it sits
 * where the time runs out. It stays there once passed; the agenda keeps listing it as overdue.
 */
export function followUpEvent(p: FollowUpPerson, lang: Lang): CalendarEvent {
  const zh = lang === 'zh';
  const place = p.metPlace ? (zh ? `，在${p.metPlace}` : ` at ${p.metPlace}`) : '';
  return {
    uid: `${p.uid}-follow-up-${p.metOn}${DOMAIN}`,
    summary: zh ? `跟进 ${p.name}（24 小时截止）` : `Follow up with ${p.name} (24-hour deadline)`,
    description: zh ? `${p.metOn} 认识${place}。` : `Met ${p.metOn}${place}.`,
    time: {
      start: new Date(p.deadline.getTime() - HOUR_MS).toISOString(),
      end: p.deadline.toISOString(),
    },
    categories: [zh ? '跟进' : 'Follow-up'],
  };
}
