import type { Command } from 'commander';
import type { Gathering } from '../../core/gatherings/gatherings.js';
import {
  cancelGathering,
  listGatherings,
  markGatheringHeld,
  planGathering,
  suggestGatherings,
} from '../../core/gatherings/gatherings.service.js';
import type { Lang } from '../../core/i18n/lang.js';
import { GATHERING_STATUSES } from '../../core/vocab.js';
import type { CliContext } from '../context.js';
import { cliDate } from '../dates.js';
import { label, pc, printJson, println, table } from '../output.js';
import { act, AppError } from '../run.js';

/** `12` or `#12`; anything else names no gathering. */
function gatheringId(text: string): number {
  const n = Number(text.trim().replace(/^#/, ''));
  if (!Number.isInteger(n) || n <= 0) throw new AppError('GatheringNotFound', { id: text });
  return n;
}

function names(g: { people: { name: string }[] }, zh: boolean): string {
  return g.people.map((p) => p.name).join(zh ? '、' : ', ');
}

function showGathering(cli: CliContext, g: Gathering): void {
  const zh = cli.lang === 'zh';
  const when = [g.on, g.place].filter(Boolean).join(' · ');
  println(
    `${pc.bold(`#${g.id} ${g.title}`)}  ${pc.dim(label(GATHERING_STATUSES, g.status, cli.lang))}`,
  );
  println(`  ${names(g, zh)}${when ? pc.dim(`  ${when}`) : ''}`);
  for (const r of g.reasons) println(pc.dim(`  · ${r}`));
}

/** `tongxing gather`: small gatherings suggested, planned, held or cancelled. */
export function registerGather(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  const gather = program
    .command('gather')
    .description(
      zh
        ? '小范围聚会：建议 3–5 人的小聚（彼此有共同点，且有人的需要正是另一人能提供的），并计划、记录'
        : 'small gatherings: suggests groups of 3–5 who share something and where a need meets an offer; plan and record them',
    )
    .option(
      '--size <n>',
      zh ? '每组几个人（3–5，默认 4）' : 'people per group (3–5, default 4)',
      Number,
    )
    .option(
      '--limit <n>',
      zh ? '最多建议几组（默认 10）' : 'at most this many groups (default 10)',
      Number,
    )
    .option('--around <person>', zh ? '只看包含此人的小聚' : 'only groups that include this person')
    .action(
      act(async (cli, o: { size?: number; limit?: number; around?: string }) => {
        const rows = await suggestGatherings(
          cli.ctx,
          { size: o.size, limit: o.limit, around: o.around },
          cli.lang,
        );
        if (cli.json) return printJson(rows);
        if (rows.length === 0) {
          return println(
            zh
              ? '暂时凑不出小聚：需要几位同城（或远程）的同行，彼此有共同点，而且其中有人需要的正是另一人能提供的。用 tongxing people edit 姓名 --needs … --offers … 补充。'
              : 'No gathering to suggest yet: it takes a few people in one city (or remote) who have something in common, one of whom needs what another offers. Add needs and offers with tongxing people edit NAME --needs … --offers ….',
          );
        }
        rows.forEach((r, i) => {
          const ids = r.people.map((p) => p.id);
          println(
            `${pc.bold(`${i + 1}. ${names(r, zh)}`)}  ${pc.dim(`${ids.map((id) => `#${id}`).join(' · ')} · ${r.score}`)}`,
          );
          for (const reason of r.reasons) println(`   ${reason}`);
          println(pc.dim(`   ${zh ? '计划：' : 'plan it: '}tongxing gather plan ${ids.join(' ')}`));
        });
      }),
    );
  gather
    .command('plan')
    .argument(
      '<people...>',
      zh ? '参加的人（ID 或姓名，2–12 人）' : 'who comes (ids or names, 2–12)',
    )
    .description(zh ? '计划一次小聚' : 'plan a gathering')
    .option('--title <text>', zh ? '标题（默认“小聚：…”）' : 'title (default "Small gathering: …")')
    .option(
      '--on <date>',
      zh ? '日期 YYYY-MM-DD（或 今天、明天）' : 'date YYYY-MM-DD (or today, tomorrow)',
    )
    .option('--place <text>', zh ? '地点' : 'place')
    .option('--note <text>', zh ? '备注' : 'note')
    .action(
      act(
        async (
          cli,
          people: string[],
          o: { title?: string; on?: string; place?: string; note?: string },
        ) => {
          const g = await planGathering(
            cli.ctx,
            { people, title: o.title, on: cliDate(o.on, cli.ctx), place: o.place, note: o.note },
            cli.lang,
          );
          if (cli.json) return printJson(g);
          println(zh ? `已计划小聚 #${g.id}` : `Planned gathering #${g.id}`);
          showGathering(cli, g);
          println(
            pc.dim(
              zh
                ? `聚完后记一笔：tongxing gather held ${g.id}`
                : `Once it has happened: tongxing gather held ${g.id}`,
            ),
          );
        },
      ),
    );
  gather
    .command('list')
    .description(zh ? '列出计划过的小聚' : 'list gatherings')
    .option(
      '--status <status>',
      zh ? '只看此状态（已计划、已举办、已取消）' : 'only this status (planned, held, cancelled)',
    )
    .action(
      act(async (cli, o: { status?: string }) => {
        const rows = await listGatherings(cli.ctx, { status: o.status });
        if (cli.json) return printJson(rows);
        if (rows.length === 0) {
          return println(
            zh
              ? '还没有计划过小聚。用 tongxing gather 看看建议。'
              : 'No gatherings yet. See suggestions with tongxing gather.',
          );
        }
        println(
          table(
            zh ? ['ID', '状态', '日期', '标题', '人'] : ['ID', 'status', 'date', 'title', 'people'],
            rows.map((g) => [
              g.id,
              label(GATHERING_STATUSES, g.status, cli.lang),
              g.on ?? '',
              g.title,
              names(g, zh),
            ]),
          ),
        );
      }),
    );
  gather
    .command('held')
    .argument('<id>', zh ? '小聚的 ID' : 'gathering id')
    .description(
      zh
        ? '记下小聚已举办：大家互相认识了，并记下一次大家一起的见面'
        : 'mark a gathering held: everyone now knows everyone, and one meetup with all is logged',
    )
    .action(
      act(async (cli, id: string) => {
        const g = await markGatheringHeld(cli.ctx, gatheringId(id));
        if (cli.json) return printJson(g);
        println(
          zh
            ? `小聚 #${g.id} 已举办：${names(g, zh)} 现在互相认识了，也记下了这次大家一起的见面。`
            : `Gathering #${g.id} held: ${names(g, zh)} now know each other, and the meetup with all of them is logged.`,
        );
      }),
    );
  gather
    .command('cancel')
    .argument('<id>', zh ? '小聚的 ID' : 'gathering id')
    .description(zh ? '取消一次小聚' : 'cancel a gathering')
    .action(
      act(async (cli, id: string) => {
        const g = await cancelGathering(cli.ctx, gatheringId(id));
        if (cli.json) return printJson(g);
        println(
          zh ? `已取消小聚 #${g.id}（${g.title}）` : `Cancelled gathering #${g.id} (${g.title})`,
        );
      }),
    );
}
