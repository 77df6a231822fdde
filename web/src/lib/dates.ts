import type { Lang } from '../i18n';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Today in the browser's calendar, `YYYY-MM-DD`. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The current local moment, `YYYY-MM-DDTHH:MM` (what the API takes as a meeting time). */
export function localNowMinute(now = new Date()): string {
  return `${localToday(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

function utcOf(date: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

// Calendar arithmetic is the core's (dependency-free): one definition for CLI, server and browser.
export { addDays, daysBetween } from '../../../src/core/time/dates.js';

export function addMonths(date: string, months: number): string {
  const t = utcOf(date) ?? Date.now();
  const d = new Date(t);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/** `2026年5月20日` / `May 20, 2026`; the year is left out when it is the current one. */
export function formatDate(date: string, lang: Lang, opts: { weekday?: boolean } = {}): string {
  const t = utcOf(date);
  if (t === undefined) return date;
  const sameYear = date.slice(0, 4) === String(new Date().getFullYear());
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: 'UTC',
    year: sameYear ? undefined : 'numeric',
    month: lang === 'zh' ? 'long' : 'short',
    day: 'numeric',
    weekday: opts.weekday ? 'short' : undefined,
  }).format(t);
}

/** A birthday as people write it: `1990-05-20` or `--05-20` (no year). */
export function formatBirthday(b: string, lang: Lang): string {
  const yearless = /^--(\d{2})-?(\d{2})$/.exec(b);
  if (yearless) {
    const t = Date.UTC(2000, Number(yearless[1]) - 1, Number(yearless[2]));
    return new Intl.DateTimeFormat(locale(lang), {
      timeZone: 'UTC',
      month: lang === 'zh' ? 'long' : 'long',
      day: 'numeric',
    }).format(t);
  }
  const t = utcOf(b);
  if (t === undefined) return b;
  return new Intl.DateTimeFormat(locale(lang), {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  }).format(t);
}

/** A UTC instant in local time, `5月20日 19:30` / `May 20, 7:30 PM`. */
export function formatInstant(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), {
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(d);
}
