import { daysBetween, isLeapYear, isValidDate, type IsoDate } from './dates.js';

/** A birthday as people know it: month and day, the year when known. */
export interface Birthday {
  year?: number;
  month: number;
  day: number;
}

const FULL = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEARLESS = /^--(\d{2})-?(\d{2})$/;

/** Parses `YYYY-MM-DD` or `--MM-DD` (also `--MMDD`); undefined when no such day exists. */
export function parseBirthday(s: string): Birthday | undefined {
  const full = FULL.exec(s.trim());
  if (full) {
    if (!isValidDate(s.trim())) return undefined;
    return { year: Number(full[1]), month: Number(full[2]), day: Number(full[3]) };
  }
  const yl = YEARLESS.exec(s.trim());
  if (!yl) return undefined;
  const [month, day] = [Number(yl[1]), Number(yl[2])];
  // Without a year, 29 February is a real birthday: check against a leap year.
  if (!isValidDate(`2000-${yl[1]}-${yl[2]}`)) return undefined;
  return { month, day };
}

/** The canonical stored form: `YYYY-MM-DD` or `--MM-DD`. */
export function formatBirthday(b: Birthday): string {
  const md = `${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
  return b.year === undefined ? `--${md}` : `${String(b.year).padStart(4, '0')}-${md}`;
}

/** The day the birthday is celebrated in `year`: 29 February falls on 28 February in common years. */
export function birthdayIn(b: Birthday, year: number): IsoDate {
  const day = b.month === 2 && b.day === 29 && !isLeapYear(year) ? 28 : b.day;
  return `${String(year).padStart(4, '0')}-${String(b.month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The next celebration on or after `from`, with the days until it and the age reached, if known. */
export function nextBirthday(
  b: Birthday,
  from: IsoDate,
): { date: IsoDate; daysUntil: number; age?: number } {
  const y = Number(from.slice(0, 4));
  let date = birthdayIn(b, y);
  if (date < from) date = birthdayIn(b, y + 1);
  const occurrenceYear = Number(date.slice(0, 4));
  const age = b.year !== undefined ? occurrenceYear - b.year : undefined;
  return {
    date,
    daysUntil: daysBetween(from, date),
    ...(age !== undefined && age > 0 ? { age } : {}),
  };
}
