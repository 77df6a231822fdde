import type { Lang } from '../core/i18n/lang.js';
import type { Person } from '../core/people/people.js';
import type { PersonSummary } from '../core/people/people.repository.js';
import { parseBirthday } from '../core/time/birthdays.js';
import { daysBetween } from '../core/time/dates.js';
import { STAGES, TIERS } from '../core/vocab.js';
import { label, pc, table } from './output.js';
import type { T } from './text.js';

/** "5 days overdue" / "today" / "in 3 days", coloured by urgency. */
export function dueText(dueOn: string | null, today: string, t: T): string {
  if (!dueOn) return '';
  const d = daysBetween(today, dueOn);
  if (d < 0) return pc.red(t('overdueDays', { n: -d }));
  if (d === 0) return pc.yellow(t('dueToday'));
  return t('dueInDays', { n: d });
}

const TIER_COLOR: Record<string, (s: string) => string> = {
  core: pc.magenta,
  important: pc.cyan,
  general: (s) => s,
  unsorted: pc.dim,
};

export function tierText(tier: string, lang: Lang): string {
  return (TIER_COLOR[tier] ?? ((s: string) => s))(label(TIERS, tier, lang));
}

/** The people table of `people list` and `search`. */
export function peopleTable(rows: PersonSummary[], today: string, lang: Lang, t: T): string {
  return table(
    [
      t('colId'),
      t('colName'),
      t('colTier'),
      t('colStage'),
      t('colCity'),
      t('colLast'),
      t('colDue'),
      t('colTags'),
    ],
    rows.map((p) => [
      p.id,
      p.nameLatin ? `${p.name} ${pc.dim(p.nameLatin)}` : p.name,
      tierText(p.tier, lang),
      label(STAGES, p.stage, lang),
      p.city,
      p.lastInteractionOn ?? pc.dim(t('neverContacted')),
      dueText(p.dueOn, today, t),
      p.tags.join(', '),
    ]),
  );
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `--11-26` → 11月26日 / 26 Nov; with a year, 1990年11月26日 / 26 Nov 1990. */
export function birthdayText(stored: string | null, lang: Lang): string | null {
  const b = stored ? parseBirthday(stored) : undefined;
  if (!b) return stored;
  if (lang === 'zh') return `${b.year ? `${b.year}年` : ''}${b.month}月${b.day}日`;
  return `${b.day} ${MONTHS[b.month - 1]}${b.year ? ` ${b.year}` : ''}`;
}

/** The next step that fits the stage of a relationship. */
export function nextStep(p: Person, t: T): string {
  switch (p.stage) {
    case 'connected':
      return t('stepConnected');
    case 'deepened':
      return t('stepDeepened');
    case 'maintained':
      return t('stepMaintained');
    case 'dormant':
      return t('stepDormant');
  }
}
