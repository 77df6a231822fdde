import { addDays, type IsoDate } from '../../core/time/dates.js';
import { foldLine } from '../text/fold.js';

/** When an event happens: a whole local day (all-day) or a span between two UTC instants. */
export type EventTime =
  | { date: IsoDate }
  | {
      /** UTC instants (ISO 8601); written as `…Z`, never as floating local times. */
      start: string;
      end: string;
    };

/** One VEVENT, already worded: the message goes in SUMMARY (subscriptions ignore alarms). */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description?: string;
  time: EventTime;
  /** An RRULE value without the name, e.g. `FREQ=YEARLY`. */
  rrule?: string;
  categories?: string[];
}

export interface Calendar {
  prodId: string;
  /** Shown as the calendar's name by clients (`NAME`, `X-WR-CALNAME`). */
  name: string;
  description?: string;
  /** DTSTAMP of every event: when this copy of the feed was made. */
  stamp: Date;
  events: CalendarEvent[];
}

/**
 * TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma, newline. Other control
 * characters are not allowed in a content line at all, and Google drops a whole subscription on
 * one syntax error, so they are removed rather than risked.
 */
export function escapeText(s: string): string {
  return s
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** `2026-11-23` → `20261123` (DATE). */
export function icsDate(d: IsoDate): string {
  return d.replace(/-/g, '');
}

/** An instant as UTC DATE-TIME (`20261124T010000Z`), whole seconds. */
export function icsUtc(instant: Date | string): string {
  const iso = (typeof instant === 'string' ? new Date(instant) : instant).toISOString();
  return `${iso.slice(0, 19).replace(/[-:]/g, '')}Z`;
}

function eventLines(e: CalendarEvent, stamp: string): string[] {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(e.uid)}`, `DTSTAMP:${stamp}`];
  if ('date' in e.time) {
    // All day: the day itself, in whatever zone the viewer is in. DTEND (exclusive) is spelled
    // out because some clients treat an all-day event without it as lasting zero days.
    lines.push(
      `DTSTART;VALUE=DATE:${icsDate(e.time.date)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(e.time.date, 1))}`,
      // A reminder or a birthday does not make the user busy.
      'TRANSP:TRANSPARENT',
    );
  } else {
    lines.push(`DTSTART:${icsUtc(e.time.start)}`, `DTEND:${icsUtc(e.time.end)}`);
  }
  if (e.rrule) lines.push(`RRULE:${e.rrule}`);
  lines.push(`SUMMARY:${escapeText(e.summary)}`);
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
  if (e.categories?.length) lines.push(`CATEGORIES:${e.categories.map(escapeText).join(',')}`);
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A published iCalendar feed (RFC 5545, with the RFC 7986 and de-facto calendar-name and refresh
 * properties): CRLF line ends, every line folded at 75 octets without splitting a character.
 */
export function writeCalendar(cal: Calendar): string {
  const stamp = icsUtc(cal.stamp);
  const name = escapeText(cal.name);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${cal.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
  ];
  if (cal.description) {
    const d = escapeText(cal.description);
    lines.push(`DESCRIPTION:${d}`, `X-WR-CALDESC:${d}`);
  }
  // How often subscribers should fetch again: RFC 7986, and the older Microsoft/Google spelling.
  lines.push('REFRESH-INTERVAL;VALUE=DURATION:PT6H', 'X-PUBLISHED-TTL:PT6H');
  for (const e of cal.events) lines.push(...eventLines(e, stamp));
  lines.push('END:VCALENDAR');
  return lines.map((l) => foldLine(l)).join('\r\n') + '\r\n';
}
