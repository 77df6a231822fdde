import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { Option } from 'commander';
import { AppError } from '../../core/errors.js';
import type { ImportProgress } from '../../core/exchange/import.js';
import { importFiles } from '../../core/exchange/import.service.js';
import type { Lang } from '../../core/i18n/lang.js';
import { IMPORT_FORMATS } from '../../formats/contacts/record.js';
import { printImportReport } from '../import-report.js';
import { printJson, println } from '../output.js';
import { act } from '../run.js';

/** Progress on a terminal for large imports; nothing when piped or with --json. */
function progressBar(
  enabled: boolean,
  label: string,
): { update: (p: ImportProgress) => void; finish: () => void } {
  let shown = false;
  const finish = () => {
    if (shown) process.stderr.write('\n');
    shown = false;
  };
  const update = (p: ImportProgress) => {
    if (!enabled) return;
    if (p.phase === 'write') return finish();
    if (p.phase !== 'match' || (p.total !== undefined && p.total < 2000)) return;
    shown = true;
    if (p.total === undefined) {
      process.stderr.write(`\r${label} ${p.done.toLocaleString('en')}…`);
      return;
    }
    const width = 30;
    const filled = Math.round((p.done / p.total) * width);
    process.stderr.write(
      `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total}`,
    );
  };
  return { update, finish };
}

export function registerImport(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  program
    .command('import')
    .argument('<files...>', zh ? '要导入的文件（可以多个）' : 'the files to import (one or more)')
    .description(
      zh
        ? '导入通讯录：vCard、LinkedIn/Google/Outlook CSV、其他 CSV、Excel，或同行的 JSON 备份。重复的人会合并；全部成功或全部不变'
        : 'import contacts: vCard, LinkedIn/Google/Outlook CSV, any CSV, Excel, or a Tongxing JSON backup. Duplicates are merged; all or nothing',
    )
    .addOption(
      new Option(
        '--format <format>',
        zh ? '格式（默认按内容识别）' : 'format (default: detected from the content)',
      )
        .choices(IMPORT_FORMATS)
        .default('auto'),
    )
    .option(
      '--map <column=field>',
      zh
        ? '把某一列对应到字段，可重复（例如 --map "工作室=company"）'
        : 'map a column to a field, repeatable (e.g. --map "Studio=company")',
      (pair: string, prev: string[]) => [...prev, pair],
      [],
    )
    .option(
      '--sheet <name>',
      zh ? 'Excel 工作表（默认第一个）' : 'Excel sheet (default: the first)',
    )
    .option('--dry-run', zh ? '只预演，不写入' : 'show what would happen; write nothing')
    .option(
      '--overwrite',
      zh
        ? '合并时用文件中的值覆盖已有的值'
        : 'when merging, replace existing values with the file’s',
    )
    .action(
      act(
        async (
          cli,
          files: string[],
          o: {
            format: (typeof IMPORT_FORMATS)[number];
            map: string[];
            sheet?: string;
            dryRun?: boolean;
            overwrite?: boolean;
          },
        ) => {
          const sources = files.map((f) => {
            const abs = path.resolve(f);
            if (!fs.existsSync(abs) || !fs.statSync(abs).isFile())
              throw new AppError('FileNotFound', { path: abs });
            return { file: abs, bytes: fs.readFileSync(abs) };
          });
          const bar = progressBar(
            !cli.json && process.stderr.isTTY === true,
            cli.t('importProgress'),
          );
          const r = await importFiles(
            cli.ctx,
            sources,
            {
              format: o.format,
              map: o.map.length ? o.map : undefined,
              sheet: o.sheet,
              dryRun: o.dryRun,
              overwrite: o.overwrite,
            },
            bar.update,
          ).finally(bar.finish);
          if (cli.json) return printJson(r);
          if (r.interactions !== undefined && !r.dryRun) {
            return println(
              cli.t('imported', {
                people: r.created,
                interactions: r.interactions,
                file: r.files[0]!.file,
              }),
            );
          }
          printImportReport(r, cli.t, cli.lang);
        },
      ),
    );
}
