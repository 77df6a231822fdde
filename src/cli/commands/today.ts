import type { Command } from 'commander';
import type { Agenda, ConnectorItem } from '../../core/agenda/agenda.js';
import { getAgenda } from '../../core/agenda/agenda.service.js';
import type { Lang } from '../../core/i18n/lang.js';
import { TIERS } from '../../core/vocab.js';
import type { CliContext } from '../context.js';
import { cliDate } from '../dates.js';
import { tierText } from '../format.js';
import { label, pc, printJson, println, table } from '../output.js';
import { act } from '../run.js';

/** A morning list people can act on; the rest is one flag away. */
const SHOWN = 20;

export function registerToday(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  program
    .command('today')
    .description(
      zh
        ? '今天的待办：该联系的人、24 小时跟进、生日、提醒'
        : "today's agenda: who is due, follow-ups, birthdays, warnings",
    )
    .option(
      '--date <date>',
      zh ? '看某一天的待办（YYYY-MM-DD）' : 'the agenda as of another day (YYYY-MM-DD)',
    )
    .option(
      '--all',
      zh
        ? `显示全部该联系的人（默认只显示最逾期的 ${SHOWN}）`
        : `show everyone due (by default the ${SHOWN} most overdue)`,
    )
    .action(
      act(async (cli, o: { date?: string; all?: boolean }) => {
        const agenda = await getAgenda(cli.ctx, { date: cliDate(o.date, cli.ctx) });
        if (cli.json) return printJson(agenda);
        printAgenda(agenda, cli, o.all ? Infinity : SHOWN);
      }),
    );
}

function section(title: string, n: number): void {
  println();
  println(pc.bold(`${title} (${n})`));
}

function printAgenda(a: Agenda, cli: CliContext, shown: number): void {
  const { t, lang } = cli;
  println(pc.bold(t('today', { date: a.date })));
  const empty =
    a.due.length +
      a.followUps.length +
      a.moments.length +
      a.connector.length +
      a.warnings.length ===
    0;
  if (a.followUps.length > 0) {
    section(t('followUps'), a.followUps.length);
    println(
      table(
        [t('colId'), t('colName'), t('colLeft'), t('colMet')],
        a.followUps.map((f) => [
          f.personId,
          f.name,
          f.overdue
            ? pc.red(t('followUpOverdue'))
            : f.hoursLeft < 1
              ? pc.yellow(t('lessThanHour'))
              : pc.yellow(t('hoursLeft', { n: f.hoursLeft })),
          pc.dim([t('metOn', { date: f.metOn }), f.metPlace].filter(Boolean).join(' · ')),
        ]),
      ),
    );
  }
  if (a.due.length > 0) {
    section(t('due'), a.due.length);
    println(
      table(
        [t('colId'), t('colName'), t('colTier'), t('colDue'), t('colLast')],
        a.due
          .slice(0, shown)
          .map((d) => [
            d.personId,
            d.name,
            tierText(d.tier, lang),
            d.daysOverdue > 0
              ? pc.red(t('overdueDays', { n: d.daysOverdue }))
              : d.daysOverdue === 0
                ? pc.yellow(t('dueToday'))
                : t('dueInDays', { n: -d.daysOverdue }),
            d.lastInteractionOn ?? pc.dim(t('neverContacted')),
          ]),
      ),
    );
    if (a.due.length > shown) println(pc.dim(t('moreDue', { n: a.due.length - shown })));
  }
  if (a.moments.length > 0) {
    section(t('moments'), a.moments.length);
    for (const m of a.moments.slice(0, shown)) {
      const when = m.daysUntil === 0 ? t('birthdayToday') : t('dueInDays', { n: m.daysUntil });
      const age = m.age ? t('turning', { age: m.age }) : '';
      println(
        `${pc.dim(`#${m.personId}`)} ${m.name}  ${t('birthday', { date: m.date.slice(5), when: when + age })}`,
      );
    }
    if (a.moments.length > shown)
      println(pc.dim(t('moreMoments', { n: a.moments.length - shown })));
  }
  if (a.connector.length > 0) printConnector(a.connector, cli);
  if (a.warnings.length > 0) {
    section(t('warnings'), a.warnings.length);
    for (const w of a.warnings)
      println(
        pc.yellow(
          t('capacity', { tier: label(TIERS, w.tier, lang), count: w.count, limit: w.limit }),
        ),
      );
  }
  if (empty) {
    println();
    println(t('agendaEmpty'));
  }
  println();
  println(pc.dim(t('tierCounts', a.counts)));
}

/** What to do, for whom, when, and the command that does it. */
const CONNECTOR_COMMAND: Record<ConnectorItem['kind'], string> = {
  introduction: 'tongxing intro advance {id}',
  referral: 'tongxing refer advance {id}',
  thanks: 'tongxing refer thanks {id}',
  gathering: 'tongxing gather held {id}',
};
const CONNECTOR_TEXT = {
  introduction: 'cfIntroduction',
  referral: 'cfReferral',
  thanks: 'cfThanks',
  gathering: 'cfGathering',
} as const;

function printConnector(items: readonly ConnectorItem[], cli: CliContext): void {
  const { t, lang } = cli;
  section(t('connector'), items.length);
  for (const c of items) {
    const people = c.people
      .map((p) => p.name)
      .join(c.kind === 'introduction' ? ' ↔ ' : lang === 'zh' ? '、' : ', ');
    const when =
      c.daysOverdue > 0
        ? pc.red(t('overdueDays', { n: c.daysOverdue }))
        : c.daysOverdue === 0
          ? pc.yellow(t('dueToday'))
          : t('dueInDays', { n: -c.daysOverdue });
    const about = c.about ? pc.dim(` · ${c.about}`) : '';
    println(`${t(CONNECTOR_TEXT[c.kind], { people })}${about}  ${when}`);
    println(pc.dim(`  → ${CONNECTOR_COMMAND[c.kind].replace('{id}', String(c.id))}`));
  }
}
