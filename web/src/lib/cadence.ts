import type { TFunction } from 'i18next';
import { daysBetween, formatDate, localToday } from './dates';
import type { Lang } from '../i18n';

export type CadenceTone = 'overdue' | 'today' | 'soon' | 'later' | 'none' | 'snoozed' | 'archived';

/** "5 days overdue" / "due today" / "due in 3 days" / "snoozed until …" for a person or a row. */
export function cadenceStatus(
  p: { dueOn: string | null; snoozedUntil?: string | null; archivedAt?: string | null },
  t: TFunction,
  lang: Lang,
  today = localToday(),
): { text: string; tone: CadenceTone } {
  if (p.archivedAt) return { text: t('cadence.archived'), tone: 'archived' };
  if (p.snoozedUntil && p.snoozedUntil > today) {
    return {
      text: t('cadence.snoozedUntil', { date: formatDate(p.snoozedUntil, lang) }),
      tone: 'snoozed',
    };
  }
  if (!p.dueOn) return { text: t('cadence.none'), tone: 'none' };
  const days = daysBetween(today, p.dueOn);
  if (days < 0) return { text: t('cadence.overdue', { count: -days }), tone: 'overdue' };
  if (days === 0) return { text: t('cadence.dueToday'), tone: 'today' };
  return { text: t('cadence.dueIn', { count: days }), tone: days <= 7 ? 'soon' : 'later' };
}
