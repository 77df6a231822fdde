import type { Command } from 'commander';
import type { Lang } from '../../core/i18n/lang.js';
import type { Interaction } from '../../core/interactions/interactions.js';
import {
  deleteInteraction,
  listInteractions,
  logInteraction,
} from '../../core/interactions/interactions.service.js';
import { findPerson } from '../../core/people/people.service.js';
import { CHANNELS, DIRECTIONS, KINDS } from '../../core/vocab.js';
import type { CliContext } from '../context.js';
import { cliDate } from '../dates.js';
import { label, pc, printJson, println, table } from '../output.js';
import { act } from '../run.js';

interface LogOptions {
  kind: string;
  channel: string;
  gave?: boolean;
  received?: boolean;
  mutual?: boolean;
  online?: boolean;
  offline?: boolean;
  date?: string;
  note?: string;
}

export function interactionsTable(rows: Interaction[], cli: CliContext): string {
  const { t, lang } = cli;
  return table(
    [
      t('colId'),
      t('colDate'),
      t('colPeople'),
      t('colChannel'),
      t('colKind'),
      t('colDirection'),
      t('colNote'),
    ],
    rows.map((i) => [
      i.id,
      i.occurredOn,
      i.people.map((p) => p.name).join(', '),
      label(CHANNELS, i.channel, lang),
      label(KINDS, i.kind, lang),
      label(DIRECTIONS, i.direction, lang),
      i.note && i.note.length > 40 ? `${i.note.slice(0, 39)}…` : i.note,
    ]),
  );
}

export function registerInteractions(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  const kinds = KINDS.values.join(' | ');
  const channels = CHANNELS.values.join(' | ');
  program
    .command('log')
    .argument(
      '<person...>',
      zh ? '一个或多个人（ID、名字或搜索词）' : 'one or more people (id, name or search)',
    )
    .description(
      zh
        ? '记录一次互动，重置这些人的联系提醒'
        : "record an interaction; resets each person's contact clock",
    )
    .requiredOption('--kind <kind>', `${zh ? '类型' : 'kind'}: ${kinds}`)
    .requiredOption('--channel <channel>', `${zh ? '渠道' : 'channel'}: ${channels}`)
    .option('--gave', zh ? '我付出（帮忙、分享…）' : 'I gave (helped, shared…)')
    .option('--received', zh ? '我受益' : 'I received')
    .option('--mutual', zh ? '互相（默认）' : 'mutual (default)')
    .option('--online', zh ? '线上（默认由渠道决定）' : 'online (default: implied by the channel)')
    .option('--offline', zh ? '线下' : 'offline')
    .option(
      '--date <date>',
      zh
        ? '日期 YYYY-MM-DD（默认今天，也可写 yesterday/昨天）'
        : 'date YYYY-MM-DD (default today; yesterday works)',
    )
    .option('--note <text>', zh ? '发生了什么' : 'what happened')
    .action(
      act(async (cli, people: string[], o: LogOptions) => {
        const direction = o.gave
          ? 'gave'
          : o.received
            ? 'received'
            : o.mutual
              ? 'mutual'
              : undefined;
        const mode = o.offline ? 'offline' : o.online ? 'online' : undefined;
        const i = await logInteraction(cli.ctx, {
          people,
          kind: o.kind,
          channel: o.channel,
          direction,
          mode,
          date: cliDate(o.date, cli.ctx),
          note: o.note,
        });
        if (cli.json) return printJson(i);
        const { t } = cli;
        println(
          pc.green(
            t('logged', {
              date: i.occurredOn,
              names: i.people.map((p) => p.name).join(cli.lang === 'zh' ? '、' : ', '),
              channel: label(CHANNELS, i.channel, cli.lang),
              kind: label(KINDS, i.kind, cli.lang),
              direction: label(DIRECTIONS, i.direction, cli.lang),
            }),
          ),
        );
        for (const ref of i.people) {
          const p = await findPerson(cli.ctx.db, ref.id);
          if (p?.dueOn) println(pc.dim(t('nextDue', { name: p.name, date: p.dueOn })));
        }
      }),
    );

  const group = program
    .command('interactions')
    .description(zh ? '查看或删除互动记录' : 'list or delete interactions');
  group
    .command('list')
    .argument('[person]', zh ? '只看与此人的互动' : 'only interactions with this person')
    .option(
      '--limit <n>',
      zh ? '最多显示多少条（默认 50）' : 'show at most this many (default 50)',
      Number,
    )
    .description(zh ? '列出最近的互动' : 'list recent interactions')
    .action(
      act(async (cli, person: string | undefined, o: { limit?: number }) => {
        const rows = await listInteractions(cli.ctx, { person, limit: o.limit });
        if (cli.json) return printJson(rows);
        println(rows.length ? interactionsTable(rows, cli) : cli.t('noInteractions'));
      }),
    );
  group
    .command('delete')
    .argument('<id>', zh ? '互动记录的 ID' : 'interaction id')
    .description(
      zh
        ? '删除一条记错的互动（联系提醒会随之回退）'
        : 'delete a mistaken interaction (contact clocks rewind)',
    )
    .action(
      act(async (cli, id: string) => {
        const i = await deleteInteraction(cli.ctx, Number(id));
        if (cli.json) return printJson(i);
        println(cli.t('interactionDeleted', { id: i.id }));
      }),
    );
}
