import type { Command } from 'commander';
import type { Lang } from '../../core/i18n/lang.js';
import { countPeopleByTier } from '../../core/people/people.service.js';
import { pc, printJson, println } from '../output.js';
import { act } from '../run.js';

const EXAMPLES = {
  zh: [
    ['tongxing today', '今天该联系谁、要跟进谁'],
    ['tongxing people add 张伟 --tier core --city 上海 --does 插画 --met-on today', '添加一位同行'],
    ['tongxing log 张伟 --kind help --channel coffee --gave', '记录一次互动'],
    ['tongxing search zw', '搜索（拼音、首字母都行）'],
    ['tongxing people list --tier core', '按层级查看'],
    ['tongxing settings get', '联系频率等设置'],
    ['tongxing backup', '备份数据'],
  ],
  en: [
    ['tongxing today', 'who is due, who to follow up'],
    [
      'tongxing people add "Emily Chen" --tier core --city Shanghai --does illustration --met-on today',
      'add a peer',
    ],
    ['tongxing log Emily --kind help --channel coffee --gave', 'record an interaction'],
    ['tongxing search zw', 'find people (pinyin and initials work)'],
    ['tongxing people list --tier core', 'browse by tier'],
    ['tongxing settings get', 'cadences and other settings'],
    ['tongxing backup', 'back up your data'],
  ],
} as const;

/** What a bare `tongxing` (and `npm start`) shows: where the data is, how big, how to begin. */
export function registerWelcome(program: Command, version: string, lang: Lang): void {
  const welcome = act(async (cli) => {
    const counts = await countPeopleByTier(cli.ctx.db);
    if (cli.json) return printJson({ version, database: cli.store.path, counts });
    const { t } = cli;
    println(pc.bold(t('welcome', { version })));
    println(pc.dim(t('welcomeDb', { path: cli.store.path })));
    println();
    println(counts.total === 0 ? t('welcomeEmpty') : t('welcomeCounts', counts));
    if (counts.total === 0) println(`  ${pc.cyan(EXAMPLES[cli.lang][1][0])}`);
    println();
    println(pc.bold(t('welcomeStart')));
    for (const [cmd, what] of EXAMPLES[cli.lang])
      println(`  ${pc.cyan(cmd)}\n      ${pc.dim(what)}`);
    println();
    println(t('welcomeMore'));
  });
  // A word that is no command would otherwise reach the welcome screen as "too many arguments"
  // (and open the database); say what happened instead, before touching any file.
  program.argument('[command]').action(async (command: string | undefined, ...rest: unknown[]) => {
    if (command !== undefined) {
      const known = program.commands.map((c) => c.name()).join(', ');
      program.error(
        lang === 'zh'
          ? `错误：没有“${command}”这个命令。可用的命令：${known}`
          : `error: unknown command '${command}'. Commands: ${known}`,
        { code: 'commander.unknownCommand', exitCode: 2 },
      );
    }
    await welcome(...rest);
  });
}
