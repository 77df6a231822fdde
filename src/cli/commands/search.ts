import type { Command } from 'commander';
import type { Lang } from '../../core/i18n/lang.js';
import { searchPeople } from '../../core/people/people.service.js';
import { localDate } from '../../core/time/dates.js';
import { peopleTable } from '../format.js';
import { printJson, println } from '../output.js';
import { act } from '../run.js';

export function registerSearch(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  program
    .command('search')
    .argument(
      '<query...>',
      zh
        ? '名字、拼音（zhangwei / zhang wei）、首字母（zw）、昵称、公司、城市、标签、领域、技能'
        : 'name, pinyin (zhangwei / zhang wei), initials (zw), nickname, company, city, tag, discipline, skill',
    )
    .option(
      '--limit <n>',
      zh ? '最多显示多少人（默认 50，0 表示全部）' : 'at most this many (default 50, 0 for all)',
      Number,
    )
    .description(zh ? '搜索同行，最匹配的在前' : 'find people, best match first')
    .action(
      act(async (cli, words: string[], o: { limit?: number }) => {
        const query = words.join(' ');
        const rows = await searchPeople(cli.ctx, query, o.limit ?? 50);
        if (cli.json) return printJson(rows);
        if (rows.length === 0) return println(cli.t('noResults', { query }));
        println(peopleTable(rows, localDate(cli.ctx.now(), cli.ctx.timeZone), cli.lang, cli.t));
      }),
    );
}
