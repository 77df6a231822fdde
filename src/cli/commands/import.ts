import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { AppError } from '../../core/errors.js';
import { importBackup } from '../../core/exchange/backup.service.js';
import type { Lang } from '../../core/i18n/lang.js';
import { printJson, println } from '../output.js';
import { act } from '../run.js';

export function registerImport(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  program
    .command('import')
    .argument('<file>', zh ? '要导入的文件' : 'the file to import')
    .description(
      zh
        ? '导入同行的 JSON 备份到空数据库（全部成功或全部不变）'
        : 'import a Tongxing JSON backup into an empty database (all or nothing)',
    )
    .addOption(
      new Option('--format <format>', zh ? '格式' : 'format').choices(['json']).default('json'),
    )
    .action(
      act(async (cli, file: string) => {
        const abs = path.resolve(file);
        if (!fs.existsSync(abs)) throw new AppError('FileNotFound', { path: abs });
        const r = await importBackup(cli.ctx, fs.readFileSync(abs, 'utf8'), abs);
        if (cli.json) return printJson(r);
        println(cli.t('imported', { people: r.people, interactions: r.interactions, file: abs }));
      }),
    );
}
