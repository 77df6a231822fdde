import type { Command } from 'commander';
import type { Lang } from '../../core/i18n/lang.js';
import { SETTING_KEYS } from '../../core/settings/settings.js';
import {
  getSetting,
  getSettings,
  resetSetting,
  setSetting,
} from '../../core/settings/settings.service.js';
import { printJson, println, table } from '../output.js';
import { act } from '../run.js';

const show = (v: unknown) => (v === null ? 'none' : typeof v === 'string' ? v : JSON.stringify(v));

export function registerSettings(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  const settings = program
    .command('settings')
    .description(
      zh
        ? '查看或修改设置（联系频率、层级上限、语言、时区）'
        : 'view or change settings (cadences, tier limits, language, time zone)',
    )
    .addHelpText('after', `\n${zh ? '设置项' : 'Keys'}: ${SETTING_KEYS.join(', ')}`);
  settings
    .command('get')
    .argument('[key]', zh ? '设置项；省略则列出全部' : 'setting key; omit for all')
    .description(zh ? '查看设置' : 'show settings')
    .action(
      act(async (cli, key: string | undefined) => {
        if (key !== undefined) {
          const value = await getSetting(cli.ctx.db, key);
          return cli.json ? printJson({ key, value }) : println(show(value));
        }
        const all = await getSettings(cli.ctx.db);
        if (cli.json) return printJson(all);
        println(
          table(
            [cli.t('colKey'), cli.t('colValue')],
            Object.entries(all).map(([k, v]) => [k, show(v)]),
          ),
        );
      }),
    );
  settings
    .command('set')
    .argument('<key>', zh ? '设置项' : 'setting key')
    .argument(
      '<value>',
      zh ? '新值（联系频率可写 none 表示不提醒）' : 'new value (a cadence can be "none")',
    )
    .description(
      zh
        ? '修改设置（修改联系频率会立即重新计算每个人的提醒日期）'
        : 'change a setting (a cadence change re-plans everyone at once)',
    )
    .action(
      act(async (cli, key: string, value: string) => {
        const all = await setSetting(cli.ctx, key, value);
        const v = all[key as keyof typeof all];
        if (cli.json) return printJson({ key, value: v });
        println(cli.t('settingSet', { key, value: show(v) }));
      }),
    );
  settings
    .command('reset')
    .argument('<key>', zh ? '设置项' : 'setting key')
    .description(zh ? '恢复默认值' : 'restore the default')
    .action(
      act(async (cli, key: string) => {
        const all = await resetSetting(cli.ctx, key);
        const v = all[key as keyof typeof all];
        if (cli.json) return printJson({ key, value: v });
        println(cli.t('settingReset', { key, value: show(v) }));
      }),
    );
}
