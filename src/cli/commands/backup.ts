import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../core/errors.js';
import type { Lang } from '../../core/i18n/lang.js';
import { backupPath, backupTo } from '../../db/backup.js';
import { restoreDatabase } from '../../db/restore.js';
import { printJson, println } from '../output.js';
import { act } from '../run.js';

function size(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${(bytes / 1024).toFixed(1)} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function registerBackup(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  program
    .command('backup')
    .option(
      '--to <file>',
      zh
        ? '备份到这个文件（默认放在数据目录的 backups/ 下）'
        : 'write the backup here (default: backups/ in the data folder)',
    )
    .description(
      zh ? '在线备份数据库（运行中也可以备份）' : 'back up the database (safe while in use)',
    )
    .action(
      act(async (cli, o: { to?: string }) => {
        const target = o.to
          ? path.resolve(o.to)
          : backupPath(cli.store.path, 'manual', cli.ctx.now());
        if (fs.existsSync(target)) throw new AppError('FileExists', { path: target });
        await backupTo(cli.store.sqlite, target);
        const bytes = fs.statSync(target).size;
        if (cli.json) return printJson({ path: target, bytes });
        println(cli.t('backupDone', { path: target, size: size(bytes) }));
      }),
    );
  program
    .command('restore')
    .argument('<file>', zh ? '要恢复的备份文件' : 'the backup file to restore')
    .description(
      zh
        ? '从备份恢复（先校验文件，并备份当前数据，可撤销）'
        : 'restore from a backup (checked first; current data is backed up, so it can be undone)',
    )
    .action(
      act(async (cli, file: string) => {
        // Our own connection stays open, as a running server's would: the copy goes through SQLite.
        const r = await restoreDatabase(cli.store.path, file, () => cli.ctx.now());
        await r.store.close();
        if (cli.json)
          return printJson({
            restoredFrom: r.restoredFrom,
            previousBackup: r.previousBackup ?? null,
          });
        println(cli.t('restoreDone', { from: r.restoredFrom }));
        if (r.previousBackup) println(cli.t('restorePrevious', { path: r.previousBackup }));
      }),
    );
}
