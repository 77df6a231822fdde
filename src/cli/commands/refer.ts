import type { Command } from 'commander';
import type { Lang } from '../../core/i18n/lang.js';
import { getReciprocity, listReciprocity } from '../../core/referrals/reciprocity.service.js';
import {
  FOLLOW_UP_DAYS,
  parseAmount,
  referralAbout,
  thanksOwed,
} from '../../core/referrals/referrals.js';
import {
  addReferral,
  advanceReferral,
  listReferrals,
  removeReferral,
  thankReferral,
} from '../../core/referrals/referrals.service.js';
import { localDate } from '../../core/time/dates.js';
import type { CliContext } from '../context.js';
import { cliDate } from '../dates.js';
import { pc, printJson, println } from '../output.js';
import { act, AppError } from '../run.js';
import {
  printBalance,
  printOwed,
  printReferral,
  referralTable,
  thanksHint,
} from './refer-output.js';

interface AddOptions {
  client: string;
  project?: string;
  value?: string;
  currency?: string;
  on?: string;
  followUp?: string;
  note?: string;
}

const NONE_WORDS = ['none', 'clear', 'off', '无', '不跟进'];

/** `--follow-up none` clears the date; `today`, `明天`… work like everywhere else. */
function followUpArg(v: string | undefined, cli: CliContext): string | null | undefined {
  if (v === undefined) return undefined;
  return NONE_WORDS.includes(v.trim().toLowerCase()) ? null : cliDate(v, cli.ctx);
}

/** A referral id as typed; anything but a positive whole number is simply not found. */
function idArg(v: string): number {
  const n = Number(v.replace(/^#/, ''));
  if (!Number.isInteger(n) || n <= 0) throw new AppError('ReferralNotFound', { id: v });
  return n;
}

function addCommand(parent: Command, direction: 'out' | 'in', zh: boolean): void {
  parent
    .command(direction)
    .argument('<person>', zh ? '同行（ID 或名字）' : 'the peer (id or name)')
    .description(
      direction === 'out'
        ? zh
          ? '记下你把客户或项目转介绍给了一位同行'
          : 'record a client or project you passed to a peer'
        : zh
          ? '记下一位同行把客户或项目转介绍给了你'
          : 'record a client or project a peer sent you',
    )
    .requiredOption('--client <name>', zh ? '客户' : 'the client')
    .option('--project <text>', zh ? '项目' : 'the project')
    .option(
      '--value <amount>',
      zh ? '估值，例如 12000、1.2万、¥8,000' : 'estimated value, e.g. 12000, 8k, ¥8,000',
    )
    .option('--currency <code>', zh ? '币种（默认 CNY）' : 'currency (default CNY)')
    .option('--on <date>', zh ? '转介绍的日期（默认今天）' : 'date of the referral (default today)')
    .option(
      '--follow-up <date>',
      zh
        ? `下次跟进日期（默认 ${FOLLOW_UP_DAYS} 天后；none 表示不跟进）`
        : `next follow-up (default ${FOLLOW_UP_DAYS} days later; none for none)`,
    )
    .option('--note <text>', zh ? '备注' : 'a note')
    .action(
      act(async (cli, person: string, o: AddOptions) => {
        const r = await addReferral(cli.ctx, {
          direction,
          person,
          client: o.client,
          project: o.project,
          // Text that is no amount goes through as typed, so the error quotes it.
          value: o.value === undefined ? undefined : (parseAmount(o.value) as number),
          currency: o.currency,
          referredOn: cliDate(o.on, cli.ctx),
          followUpOn: followUpArg(o.followUp, cli),
          note: o.note,
        });
        if (cli.json) return printJson(r);
        const who = `${r.person.name}（#${r.person.id}）`;
        const whoEn = `${r.person.name} (#${r.person.id})`;
        printReferral(
          r,
          cli,
          direction === 'out'
            ? zh
              ? `已记下：你把客户转介绍给了 ${who} · 转介绍 #${r.id}`
              : `Recorded referral #${r.id}: you passed a client to ${whoEn}`
            : zh
              ? `已记下：${who}把客户转介绍给了你 · 转介绍 #${r.id}`
              : `Recorded referral #${r.id}: ${whoEn} sent you a client`,
        );
        if (direction === 'in') println(pc.dim(thanksHint(r, zh)));
        else
          println(
            pc.dim(
              zh
                ? `推荐之后记得跟进进展：tongxing refer advance ${r.id} --to in-talks`
                : `Follow up on how it goes: tongxing refer advance ${r.id} --to in-talks`,
            ),
          );
      }),
    );
}

/** `tongxing refer …`: referrals (转介绍) out and in, and the give-and-take balance. */
export function registerRefer(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  const refer = program
    .command('refer')
    .description(
      zh
        ? '转介绍：把客户转给合适的同行，记下别人转给你的，看看人情往来'
        : 'referrals: clients you pass to peers and they pass to you, and the give-and-take',
    );
  addCommand(refer, 'out', zh);
  addCommand(refer, 'in', zh);

  refer
    .command('list')
    .description(zh ? '列出转介绍（最新的在前）' : 'list referrals (newest first)')
    .option('--direction <d>', zh ? '方向：out（转出）或 in（转入）' : 'direction: out or in')
    .option(
      '--status <s>',
      zh ? '状态：referred、in-talks、won、lost' : 'status: referred, in-talks, won, lost',
    )
    .option('--person <person>', zh ? '只看与此人的' : 'only those with this person')
    .option('--open', zh ? '只看还没结束的' : 'only open ones (referred or in talks)')
    .action(
      act(
        async (
          cli,
          o: { direction?: string; status?: string; person?: string; open?: boolean },
        ) => {
          const rows = await listReferrals(cli.ctx, o);
          if (cli.json) return printJson(rows);
          if (rows.length === 0) {
            return println(
              zh
                ? '还没有转介绍。遇到不适合自己的项目，可以转给合适的同行：tongxing refer out 名字 --client 客户'
                : 'No referrals yet. When a project does not fit you, pass it to a peer who fits: tongxing refer out NAME --client CLIENT',
            );
          }
          println(referralTable(rows, cli, localDate(cli.ctx.now(), cli.ctx.timeZone)));
          const owed = rows.filter((r) => r.direction === 'in' && !r.thanksSentOn);
          for (const r of owed.slice(0, 5)) println(pc.dim(thanksHint(r, zh)));
        },
      ),
    );

  refer
    .command('advance')
    .argument('<id>', zh ? '转介绍的 ID' : 'referral id')
    .description(
      zh
        ? '推进状态：referred → in-talks → won 或 lost；也可以只改跟进日期或备注'
        : 'move it forward: referred → in-talks → won or lost; or only change the follow-up or note',
    )
    .option(
      '--to <status>',
      zh ? '新状态（in-talks、won、lost）' : 'new status (in-talks, won, lost)',
    )
    .option(
      '--follow-up <date>',
      zh ? '下次跟进日期（none 表示清除）' : 'next follow-up date (none clears it)',
    )
    .option('--note <text>', zh ? '备注' : 'a note')
    .action(
      act(async (cli, id: string, o: { to?: string; followUp?: string; note?: string }) => {
        const r = await advanceReferral(cli.ctx, idArg(id), {
          to: o.to,
          followUpOn: followUpArg(o.followUp, cli),
          note: o.note,
        });
        if (cli.json) return printJson(r);
        printReferral(r, cli, zh ? `转介绍 #${r.id} 已更新` : `Referral #${r.id} updated`);
        if (thanksOwed(r)) println(pc.dim(thanksHint(r, zh)));
      }),
    );

  refer
    .command('thanks')
    .argument('<id>', zh ? '转介绍的 ID' : 'referral id')
    .description(
      zh
        ? '记下你已经感谢了转介绍客户给你的同行'
        : 'record that you thanked the peer who sent you this client',
    )
    .action(
      act(async (cli, id: string) => {
        const r = await thankReferral(cli.ctx, idArg(id));
        if (cli.json) return printJson(r);
        println(
          pc.green(
            zh
              ? `已记下：${r.thanksSentOn} 感谢了 ${r.person.name}（${referralAbout(r.client, r.project)}）`
              : `Recorded: you thanked ${r.person.name} on ${r.thanksSentOn} (${referralAbout(r.client, r.project)})`,
          ),
        );
      }),
    );

  refer
    .command('remove')
    .argument('<id>', zh ? '转介绍的 ID' : 'referral id')
    .description(zh ? '删除一条记错的转介绍' : 'delete a referral recorded by mistake')
    .action(
      act(async (cli, id: string) => {
        const r = await removeReferral(cli.ctx, idArg(id));
        if (cli.json) return printJson(r);
        println(
          zh
            ? `已删除转介绍 #${r.id}（${referralAbout(r.client, r.project)}）`
            : `Deleted referral #${r.id} (${referralAbout(r.client, r.project)})`,
        );
      }),
    );

  refer
    .command('balance')
    .argument(
      '[person]',
      zh ? '同行（不写则列出你欠人情最多的人）' : 'a peer (none: the people you owe most)',
    )
    .description(
      zh
        ? '人情往来：你给过 TA 的转介绍、引荐和帮忙，与 TA 给过你的相比'
        : 'give and take: referrals, introductions and help you gave compared with what you received',
    )
    .option(
      '--limit <n>',
      zh ? '最多显示多少人（默认 10）' : 'at most this many (default 10)',
      Number,
    )
    .action(
      act(async (cli, person: string | undefined, o: { limit?: number }) => {
        if (person !== undefined) {
          const b = await getReciprocity(cli.ctx, person);
          if (cli.json) return printJson(b);
          return printBalance(b, cli);
        }
        const rows = await listReciprocity(cli.ctx, { lean: 'receiving', limit: o.limit ?? 10 });
        if (cli.json) return printJson(rows);
        if (rows.length === 0) {
          return println(
            zh
              ? '没有谁给你的比你给 TA 的多。继续先给予。'
              : 'No one has given you more than you gave them. Keep giving first.',
          );
        }
        printOwed(rows, cli);
      }),
    );
}
