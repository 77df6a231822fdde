import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { AppError } from '../../core/errors.js';
import {
  EXPORT_FORMATS,
  exportPeople,
  type ExportFormat,
} from '../../core/exchange/export.service.js';
import type { Lang } from '../../core/i18n/lang.js';
import { printJson, println } from '../output.js';
import { act } from '../run.js';

export function registerExport(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  program
    .command('export')
    .description(
      zh
        ? '导出：vCard 3.0（手机通讯录、CardDAV）、CSV（Excel）、JSON（完整备份）或 ics（日历：生日、联系提醒、跟进）'
        : 'export as vCard 3.0 (phone contacts, CardDAV), CSV (Excel), JSON (full backup) or ics (calendar: birthdays, nudges, follow-ups)',
    )
    .addOption(
      new Option('--format <format>', zh ? '格式' : 'format')
        .choices(EXPORT_FORMATS)
        .makeOptionMandatory(),
    )
    .option(
      '-o, --output <file>',
      zh ? '写入文件（默认输出到标准输出）' : 'write to this file (default: standard output)',
    )
    .option('--include-archived', zh ? '包括已归档的人' : 'include archived people')
    .action(
      act(async (cli, o: { format: ExportFormat; output?: string; includeArchived?: boolean }) => {
        const { content, count } = await exportPeople(cli.ctx, o.format, {
          lang: cli.lang,
          includeArchived: o.includeArchived,
        });
        if (!o.output) {
          process.stdout.write(content);
          return;
        }
        const file = path.resolve(o.output);
        if (fs.existsSync(file)) throw new AppError('FileExists', { path: file });
        // The export holds private notes on people: readable by the owner only, like the database.
        fs.writeFileSync(file, content, { mode: 0o600, flag: 'wx' });
        if (cli.json) return printJson({ path: file, format: o.format, count });
        println(cli.t(o.format === 'ics' ? 'exportedEvents' : 'exported', { count, path: file }));
      }),
    );
}
