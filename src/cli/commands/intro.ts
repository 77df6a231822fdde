import { Option, type Command } from 'commander';
import type { Lang } from '../../core/i18n/lang.js';
import { FOLLOW_UP_DAYS, type Introduction } from '../../core/introductions/introductions.js';
import {
  addIntroduction,
  advanceIntroduction,
  getIntroductionWithDrafts,
  listIntroductions,
  removeIntroduction,
  setIntroductionConsent,
} from '../../core/introductions/introductions.service.js';
import { INTRO_STAGES } from '../../core/vocab.js';
import type { CliContext } from '../context.js';
import { label, pc, printJson, println } from '../output.js';
import { act, AppError } from '../run.js';
import {
  introductionTable,
  nextHint,
  pairText,
  printDrafts,
  printIntroduction,
  stageText,
} from './intro-format.js';

/** An introduction id as typed (`3` or `#3`); anything else is simply not found. */
function idArg(v: string): number {
  const n = Number(v.replace(/^#/, ''));
  if (!Number.isInteger(n) || n <= 0) throw new AppError('IntroductionNotFound', { id: v });
  return n;
}

/** `a`, `b`, `both`, `a,b` (any case) as sides; anything else goes through for validation to name. */
function sidesArg(v: string | undefined): string[] | undefined {
  if (v === undefined) return undefined;
  const s = v.trim().toLowerCase();
  if (s === 'both' || s === '双方' || s === 'ab') return ['a', 'b'];
  return s.split(/[\s,，、]+/).filter(Boolean);
}

function printHint(n: Introduction, cli: CliContext): void {
  const hint = nextHint(n, cli);
  if (hint) println(hint);
}

/** `tongxing intro …`: introductions (引荐) with double opt-in, from idea to outcome. */
export function registerIntro(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  const intro = program
    .command('intro')
    .description(
      zh
        ? '引荐：介绍两位同行认识，先问 A、再问 B，双方都同意才介绍，一周后回访'
        : 'introductions: ask A, then B, introduce them once both say yes, follow up a week later',
    );

  intro
    .command('add')
    .argument('<a>', zh ? '需要帮忙的一方（ID 或名字）' : 'the one who needs help (id or name)')
    .argument('<b>', zh ? '能帮上忙的一方' : 'the one who can help')
    .description(zh ? '记下一个引荐的想法' : 'record an idea for an introduction')
    .option('--reason <text>', zh ? '为什么介绍他们认识' : 'why they should meet')
    .option('--note <text>', zh ? '备注' : 'a note')
    .action(
      act(async (cli, a: string, b: string, o: { reason?: string; note?: string }) => {
        const n = await addIntroduction(cli.ctx, { a, b, reason: o.reason, note: o.note });
        if (cli.json) return printJson(n);
        println(
          pc.green(
            zh
              ? `已记下引荐 #${n.id}：${pairText(n)} · ${stageText(n, cli.lang)}`
              : `Introduction #${n.id} recorded: ${pairText(n)} · ${stageText(n, cli.lang)}`,
          ),
        );
        printHint(n, cli);
      }),
    );

  intro
    .command('list')
    .description(zh ? '列出引荐（最新的在前）' : 'list introductions (newest first)')
    .option(
      '--stage <stage>',
      zh
        ? '阶段：idea、asked-a、asked-b、introduced、followed-up、outcome'
        : 'stage: idea, asked-a, asked-b, introduced, followed-up, outcome',
    )
    .option('--person <person>', zh ? '只看与此人有关的' : 'only those involving this person')
    .option('--open', zh ? '只看还没有结果的' : 'only those without an outcome yet')
    .action(
      act(async (cli, o: { stage?: string; person?: string; open?: boolean }) => {
        const rows = await listIntroductions(cli.ctx, o);
        if (cli.json) return printJson(rows);
        if (rows.length === 0) {
          return println(
            zh
              ? '还没有引荐。看看谁值得介绍认识：tongxing match；然后 tongxing intro add 需要帮忙的人 能帮忙的人'
              : 'No introductions yet. See who is worth introducing: tongxing match; then tongxing intro add NEEDS_HELP CAN_HELP',
          );
        }
        println(introductionTable(rows, cli));
      }),
    );

  intro
    .command('advance')
    .argument('<id>', zh ? '引荐的 ID' : 'introduction id')
    .description(
      zh
        ? '推进到下一阶段：想法 → 已问A → 已问B → 已介绍 → 已回访 → 有结果'
        : 'move on: idea → asked A → asked B → introduced → followed up → outcome',
    )
    .option(
      '--to <stage>',
      zh ? '目标阶段（默认下一阶段）' : 'the stage to go to (default: the next)',
    )
    .option('--skip', zh ? '确认要跳过中间的阶段' : 'yes, skip the stages in between')
    .option(
      '--consent <side>',
      zh ? '同时记下同意：a、b 或 both' : 'also record consent: a, b or both',
    )
    .option(
      '--outcome <outcome>',
      zh
        ? '结果：collaborated（合作了）、friends（成了朋友）、no-fit（不合适）、declined（有一方婉拒）'
        : 'outcome: collaborated, friends, no-fit, declined',
    )
    .option('--note <text>', zh ? '这一步的备注' : 'a note on this step')
    .action(
      act(
        async (
          cli,
          id: string,
          o: { to?: string; skip?: boolean; consent?: string; outcome?: string; note?: string },
        ) => {
          const n = await advanceIntroduction(cli.ctx, idArg(id), {
            to: o.to,
            skip: o.skip,
            consent: sidesArg(o.consent) as ('a' | 'b')[] | undefined,
            outcome: o.outcome,
            note: o.note,
          });
          if (cli.json) return printJson(n);
          const step = n.history.at(-1)!;
          const skipped = step.skipped.map((s) => label(INTRO_STAGES, s, cli.lang));
          println(
            pc.green(
              zh
                ? `引荐 #${n.id}：${pairText(n)} · ${stageText(n, cli.lang)}${skipped.length ? `（跳过了：${skipped.join('、')}）` : ''}`
                : `Introduction #${n.id}: ${pairText(n)} · ${stageText(n, cli.lang)}${skipped.length ? ` (skipped ${skipped.join(', ')})` : ''}`,
            ),
          );
          if (n.stage === 'introduced') {
            println(
              zh
                ? `已记下 ${n.a.name} 和 ${n.b.name} 互相认识了。${FOLLOW_UP_DAYS} 天后（${n.followUpOn}）会在今日待办里提醒你回访。`
                : `Recorded that ${n.a.name} and ${n.b.name} know each other. Today's agenda will remind you to follow up in ${FOLLOW_UP_DAYS} days (${n.followUpOn}).`,
            );
          }
          printHint(n, cli);
        },
      ),
    );

  intro
    .command('consent')
    .argument('<id>', zh ? '引荐的 ID' : 'introduction id')
    .argument('<side>', zh ? 'a、b 或 both' : 'a, b or both')
    .description(
      zh
        ? '记下一方（或双方）同意被介绍认识'
        : 'record that one side (or both) agreed to be introduced',
    )
    .option('--withdraw', zh ? '撤回之前记下的同意' : 'withdraw a consent recorded earlier')
    .action(
      act(async (cli, id: string, side: string, o: { withdraw?: boolean }) => {
        const sides = sidesArg(side) ?? [];
        // An unknown side goes through as given, so the core's validation names it.
        const n: Introduction = await setIntroductionConsent(cli.ctx, idArg(id), {
          sides: (sides.length ? sides : [side]) as ('a' | 'b')[],
          given: !o.withdraw,
        });
        if (cli.json) return printJson(n);
        const names = sides.map((s) => (s === 'a' ? `${n.a.name}（A）` : `${n.b.name}（B）`));
        const namesEn = sides.map((s) => (s === 'a' ? `${n.a.name} (A)` : `${n.b.name} (B)`));
        println(
          pc.green(
            o.withdraw
              ? zh
                ? `已撤回 ${names.join(' 和 ')} 的同意`
                : `Withdrew the consent of ${namesEn.join(' and ')}`
              : zh
                ? `已记下：${names.join(' 和 ')} 同意认识`
                : `Recorded: ${namesEn.join(' and ')} agreed to the introduction`,
          ),
        );
        printHint(n, cli);
      }),
    );

  intro
    .command('show')
    .argument('<id>', zh ? '引荐的 ID' : 'introduction id')
    .description(
      zh
        ? '查看一个引荐和消息草稿（可直接粘贴到微信）'
        : 'show an introduction and its message drafts (ready to paste into WeChat)',
    )
    .addOption(
      new Option(
        '--drafts <lang>',
        zh ? '草稿的语言（默认界面语言）' : 'language of the drafts (default: yours)',
      ).choices(['zh', 'en', 'both', 'none']),
    )
    .action(
      act(async (cli, id: string, o: { drafts?: 'zh' | 'en' | 'both' | 'none' }) => {
        const n = await getIntroductionWithDrafts(cli.ctx, idArg(id));
        if (cli.json) return printJson(n);
        printIntroduction(n, cli);
        printHint(n, cli);
        const choice = o.drafts ?? cli.lang;
        if (choice === 'none') return;
        const langs: Lang[] = choice === 'both' ? ['zh', 'en'] : [choice];
        printDrafts(n, n.drafts, langs, cli);
        if (choice !== 'both') {
          const other = choice === 'zh' ? 'en' : 'zh';
          println();
          println(
            pc.dim(
              zh
                ? `${other === 'en' ? '英文' : '中文'}草稿：tongxing intro show ${n.id} --drafts ${other}`
                : `${other === 'en' ? 'English' : 'Chinese'} drafts: tongxing intro show ${n.id} --drafts ${other}`,
            ),
          );
        }
      }),
    );

  intro
    .command('remove')
    .argument('<id>', zh ? '引荐的 ID' : 'introduction id')
    .description(zh ? '删除一条记错的引荐' : 'delete an introduction recorded by mistake')
    .action(
      act(async (cli, id: string) => {
        const n = await removeIntroduction(cli.ctx, idArg(id));
        if (cli.json) return printJson(n);
        println(
          zh
            ? `已删除引荐 #${n.id}（${pairText(n)}）`
            : `Deleted introduction #${n.id} (${pairText(n)})`,
        );
      }),
    );
}
