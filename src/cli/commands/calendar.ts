import type { Command } from 'commander';
import {
  calendarPath,
  ensureCalendarToken,
  regenerateCalendarToken,
} from '../../core/exchange/calendar.service.js';
import type { Lang } from '../../core/i18n/lang.js';
import { pc, printJson, println } from '../output.js';
import { act, AppError } from '../run.js';
import type { CliContext } from '../context.js';

interface UrlOptions {
  host: string;
  port: number;
}

/** `http://HOST:PORT/calendar.ics?token=…`; the host and port are wherever `tongxing serve` runs. */
function feedUrl(o: UrlOptions, token: string): { url: string; path: string } {
  const host = o.host.includes(':') && !o.host.startsWith('[') ? `[${o.host}]` : o.host;
  const path = calendarPath(token);
  return { url: `http://${host}:${o.port}${path}`, path };
}

function portOption(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1 || n > 65535) {
    throw new AppError('ValidationFailed', {
      issues: [{ field: 'port', problem: 'out_of_range', value: v, min: 1, max: 65535 }],
    });
  }
  return n;
}

function show(
  cli: CliContext,
  o: UrlOptions,
  token: string,
  heading: 'calendarUrl' | 'calendarRegenerated',
) {
  const feed = feedUrl(o, token);
  if (cli.json) return printJson(feed);
  println(cli.t(heading));
  println(pc.bold(feed.url));
  println(pc.dim(cli.t('calendarPrivate')));
  if (o.host === '127.0.0.1' || o.host === 'localhost') println(pc.dim(cli.t('calendarServe')));
}

export function registerCalendar(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  const calendar = program
    .command('calendar')
    .description(
      zh
        ? '日历订阅：生日、联系提醒和 24 小时跟进（由 tongxing serve 提供）'
        : 'calendar subscription: birthdays, nudges and 24-hour follow-ups (served by tongxing serve)',
    );
  const withAddress = (cmd: Command) =>
    cmd
      .option(
        '--host <host>',
        zh
          ? '地址里的主机（tongxing serve 所在电脑的地址）'
          : 'host in the URL (where tongxing serve runs)',
        '127.0.0.1',
      )
      .option('--port <port>', zh ? '端口（默认 4747）' : 'port (default 4747)', portOption, 4747);
  withAddress(
    calendar
      .command('url')
      .description(
        zh
          ? '显示订阅地址（第一次使用时生成）'
          : 'show the subscription URL (created on first use)',
      ),
  ).action(
    act(async (cli, o: UrlOptions) => {
      show(cli, o, await ensureCalendarToken(cli.ctx), 'calendarUrl');
    }),
  );
  withAddress(
    calendar
      .command('regenerate')
      .description(
        zh
          ? '生成新的订阅地址，旧地址立即失效'
          : 'issue a new subscription URL; the old one stops working at once',
      ),
  ).action(
    act(async (cli, o: UrlOptions) => {
      show(cli, o, await regenerateCalendarToken(cli.ctx), 'calendarRegenerated');
    }),
  );
}
