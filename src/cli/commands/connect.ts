import type { Command } from 'commander';
import {
  addKnows,
  removeKnows,
  suggestIntroductions,
  whoCanHelp,
} from '../../core/connector/connector.service.js';
import type { Lang } from '../../core/i18n/lang.js';
import { pc, printJson, println } from '../output.js';
import { act } from '../run.js';

/** `tongxing match`, `tongxing who`, `tongxing knows`: the connector on the command line. */
export function registerConnect(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  program
    .command('match')
    .description(
      zh
        ? '值得介绍认识的人：A 需要的正是 B 能提供的，附上理由'
        : 'introductions worth making: A needs what B offers, with the reasons',
    )
    .option('--for <person>', zh ? '只看与此人相关的' : 'only those involving this person')
    .option(
      '--limit <n>',
      zh ? '最多显示多少对（默认 20）' : 'at most this many pairs (default 20)',
      Number,
    )
    .action(
      act(async (cli, o: { for?: string; limit?: number }) => {
        const rows = await suggestIntroductions(cli.ctx, { for: o.for, limit: o.limit }, cli.lang);
        if (cli.json) return printJson(rows);
        if (rows.length === 0) return println(cli.t('matchNone'));
        for (const r of rows) {
          println(
            `${pc.bold(`${r.a.name} ↔ ${r.b.name}`)}  ${pc.dim(`#${r.a.id} · #${r.b.id} · ${r.score}`)}`,
          );
          for (const reason of r.reasons) println(`  ${reason}`);
          println(pc.dim(`  → tongxing intro add ${r.a.id} ${r.b.id}`));
        }
      }),
    );
  program
    .command('who')
    .argument(
      '<question...>',
      zh ? '例如：谁会做小程序开发' : 'e.g. who can shoot product photos in Hangzhou',
    )
    .description(
      zh
        ? '谁能帮忙？按能力、城市和亲疏排序'
        : 'who can help? ranked by what they offer, city and closeness',
    )
    .option(
      '--limit <n>',
      zh ? '最多显示多少人（默认 10）' : 'at most this many (default 10)',
      Number,
    )
    .action(
      act(async (cli, words: string[], o: { limit?: number }) => {
        const text = words.join(' ');
        const rows = await whoCanHelp(cli.ctx, { text, limit: o.limit }, cli.lang);
        if (cli.json) return printJson(rows);
        if (rows.length === 0) return println(cli.t('whoNone', { text }));
        for (const r of rows) {
          println(`${pc.bold(r.person.name)}  ${pc.dim(`#${r.person.id} · ${r.score}`)}`);
          for (const reason of r.reasons) println(`  ${reason}`);
        }
      }),
    );
  program
    .command('knows')
    .argument('<a>', zh ? '一个人' : 'one person')
    .argument('<b>', zh ? '另一个人' : 'the other')
    .description(
      zh
        ? '记下两个人已经互相认识（不再推荐介绍他们）'
        : 'record that two people know each other (no longer suggested)',
    )
    .option(
      '--forget',
      zh ? '撤销：他们其实不认识（可以再被推荐）' : 'undo: they do not know each other after all',
    )
    .action(
      act(async (cli, a: string, b: string, o: { forget?: boolean }) => {
        if (o.forget) {
          const r = await removeKnows(cli.ctx, a, b);
          if (cli.json) return printJson(r);
          return println(
            cli.t(r.removed ? 'knowsForgotten' : 'knowsNotRecorded', { a: r.a.name, b: r.b.name }),
          );
        }
        const r = await addKnows(cli.ctx, a, b);
        if (cli.json) return printJson(r);
        println(cli.t(r.added ? 'knowsAdded' : 'knowsAlready', { a: r.a.name, b: r.b.name }));
      }),
    );
}
