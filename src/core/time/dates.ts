/**
 * Calendar dates are plain `YYYY-MM-DD` strings in the user's local calendar. Arithmetic on them
 * goes through UTC midnights, so it never meets a DST shift; only the conversion between an
 * instant and a local date or time needs the time zone.
 */

export type IsoDate = string;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** True for a real calendar date written `YYYY-MM-DD` (2025-02-30 is not one). */
export function isValidDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, month: number): number {
  return new Date(Date.UTC(y, month, 0)).getUTCDate();
}

function toUtcMs(date: IsoDate): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`not a date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): IsoDate {
  return new Date(ms).toISOString().slice(0, 10);
}

/** `date` moved by `days` calendar days (negative goes back). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
}

/** The system's time zone (honours `TZ`). */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();
function partsIn(instant: Date, tz: string) {
  let f = partsFormatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(tz, f);
  }
  const p: Record<string, number> = {};
  for (const { type, value } of f.formatToParts(instant)) p[type] = Number(value);
  return p as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
}

/** The local calendar date of an instant in a time zone. */
export function localDate(instant: Date, tz: string): IsoDate {
  const p = partsIn(instant, tz);
  return `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}`;
}

/** The local wall-clock time `HH:MM:SS` of an instant in a time zone. */
export function localTime(instant: Date, tz: string): string {
  const p = partsIn(instant, tz);
  return `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Offset of `tz` from UTC at an instant, in milliseconds. */
function offsetMs(instantMs: number, tz: string): number {
  const p = partsIn(new Date(instantMs), tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant at which the wall clock in `tz` reads `date time`. A time that a DST jump skips
 * resolves to the instant just after the jump, like most calendar apps (02:30 → 03:30); a time
 * that happens twice resolves to its first occurrence.
 */
export function zonedInstant(date: IsoDate, time: string, tz: string): Date {
  const [h = 0, mi = 0, s = 0] = time.split(':').map(Number);
  const wall = toUtcMs(date) + ((h * 60 + mi) * 60 + s) * 1000;
  // The offsets a day either side bracket any transition near this wall time; whichever of them
  // makes the clock read `wall` is an answer (both do in a repeated hour, neither in a skipped one).
  const before = offsetMs(wall - DAY_MS, tz);
  const after = offsetMs(wall + DAY_MS, tz);
  const readsWall = (t: number) => offsetMs(t, tz) === wall - t;
  const answers = [wall - before, wall - after, wall - offsetMs(wall, tz)].filter(readsWall);
  // In a gap, the offset from before the jump lands as far past the jump as the time was into it.
  return new Date(answers.length > 0 ? Math.min(...answers) : wall - before);
}

/** Parses `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM[:SS]` (local) into a date and an optional time. */
export function parseLocalDateTime(s: string): { date: IsoDate; time?: string } | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(s.trim());
  if (!m?.[1] || !isValidDate(m[1])) return undefined;
  if (m[2] === undefined) return { date: m[1] };
  const [h, mi, sec] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  if (h > 23 || mi > 59 || sec > 59) return undefined;
  return { date: m[1], time: `${m[2]}:${m[3]}:${pad(sec)}` };
}
