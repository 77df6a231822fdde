import { Command, Option } from 'commander';
import type { Lang } from '../core/i18n/lang.js';
import { registerBackup } from './commands/backup.js';
import { registerCalendar } from './commands/calendar.js';
import { registerConnect } from './commands/connect.js';
import { registerExport } from './commands/export.js';
import { registerGather } from './commands/gather.js';
import { registerImport } from './commands/import.js';
import { registerInteractions } from './commands/interactions.js';
import { registerIntro } from './commands/intro.js';
import { registerPeople } from './commands/people.js';
import { registerRefer } from './commands/refer.js';
import { registerSearch } from './commands/search.js';
import { registerServe } from './commands/serve.js';
import { registerSettings } from './commands/settings.js';
import { registerToday } from './commands/today.js';
import { registerWelcome } from './commands/welcome.js';

export const VERSION = '0.1.0';

/** The whole command tree, its help texts in the user's language. */
export function buildProgram(lang: Lang): Command {
  const zh = lang === 'zh';
  const program = new Command('tongxing')
    .description(
      zh
        ? '同行 —— 为自由创作者经营同行网络'
        : 'Tongxing — a peer network for creative freelancers',
    )
    .version(VERSION, '-V, --version', zh ? '显示版本' : 'show the version')
    .helpOption('-h, --help', zh ? '显示帮助' : 'show help')
    .helpCommand('help [command]', zh ? '显示某个命令的帮助' : 'show help for a command')
    .option(
      '--db <path>',
      zh
        ? '数据库文件（默认在数据目录中，可用 TONGXING_HOME 指定目录）'
        : 'database file (default: in the data folder; TONGXING_HOME moves it)',
    )
    .option(
      '--json',
      zh ? '输出 JSON（标准输出上只有 JSON）' : 'print JSON (nothing else on stdout)',
    )
    .addOption(new Option('--lang <lang>', zh ? '界面语言' : 'language').choices(['zh', 'en']))
    .usage('[options] [command]')
    .showSuggestionAfterError(true)
    .exitOverride();
  // Subcommands inherit exit override and help settings from here.
  program.configureHelp({ sortSubcommands: false });
  registerWelcome(program, VERSION, lang);
  registerToday(program, lang);
  registerPeople(program, lang);
  registerInteractions(program, lang);
  registerSearch(program, lang);
  registerSettings(program, lang);
  registerImport(program, lang);
  registerExport(program, lang);
  registerCalendar(program, lang);
  registerConnect(program, lang);
  registerIntro(program, lang);
  registerGather(program, lang);
  registerRefer(program, lang);
  registerBackup(program, lang);
  registerServe(program, lang, VERSION);
  return program;
}
