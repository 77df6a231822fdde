import type { Command } from 'commander';
import type { Lang } from '../../core/i18n/lang.js';
import { listInteractions } from '../../core/interactions/interactions.service.js';
import {
  archivePerson,
  createPerson,
  listPeople,
  resolvePerson,
  restorePerson,
  snoozePerson,
  updatePerson,
} from '../../core/people/people.service.js';
import { localDate } from '../../core/time/dates.js';
import { PLATFORMS, STAGES, TIERS } from '../../core/vocab.js';
import type { CliContext } from '../context.js';
import { cliDate } from '../dates.js';
import { birthdayText, dueText, nextStep, peopleTable, tierText } from '../format.js';
import { details, label, pc, printJson, println } from '../output.js';
import { personInput, personOptions, type PersonOptions } from '../person-options.js';
import { act } from '../run.js';
import { interactionsTable } from './interactions.js';

export function registerPeople(program: Command, lang: Lang): void {
  const zh = lang === 'zh';
  const people = program
    .command('people')
    .description(
      zh ? '管理你的同行：添加、查看、编辑、归档' : 'your peers: add, list, show, edit, archive',
    );

  personOptions(
    people
      .command('add')
      .argument('<name>', zh ? '名字（中文、英文都可以）' : 'name (Chinese or Latin)'),
    lang,
  )
    .description(zh ? '添加一位同行' : 'add a person')
    .action(
      act(async (cli, name: string, o: PersonOptions) => {
        const p = await createPerson(cli.ctx, { ...personInput(o, cli.ctx), name });
        if (cli.json) return printJson(p);
        println(
          pc.green(
            cli.t('added', {
              name: p.name,
              id: p.id,
              tier: label(TIERS, p.tier, cli.lang),
              stage: label(STAGES, p.stage, cli.lang),
            }),
          ),
        );
        if (p.metOn && p.metOn === localDate(cli.ctx.now(), cli.ctx.timeZone))
          println(cli.t('addedFollowUp'));
      }),
    );

  people
    .command('list')
    .description(
      zh
        ? '列出同行，可按层级、阶段、标签筛选或搜索'
        : 'list people, filtered by tier, stage, tag or a search',
    )
    .option('--tier <tier>', zh ? '只看某个层级' : 'only this tier')
    .option('--stage <stage>', zh ? '只看某个阶段' : 'only this stage')
    .option('--tag <tag>', zh ? '只看带这个标签的' : 'only people with this tag')
    .option(
      '--search <query>',
      zh
        ? '搜索（名字、拼音、首字母、公司、城市、标签…）'
        : 'search (name, pinyin, initials, company, city, tags…)',
    )
    .option('--archived', zh ? '只看已归档的' : 'only archived people')
    .option('--limit <n>', zh ? '最多显示多少人' : 'show at most this many', Number)
    .action(
      act(
        async (
          cli,
          o: {
            tier?: string;
            stage?: string;
            tag?: string;
            search?: string;
            archived?: boolean;
            limit?: number;
          },
        ) => {
          const rows = await listPeople(cli.ctx, {
            tier: o.tier,
            stage: o.stage,
            tag: o.tag,
            search: o.search,
            archivedOnly: o.archived,
            limit: o.limit,
          });
          if (cli.json) return printJson(rows);
          if (rows.length === 0) return println(cli.t('noPeople'));
          println(peopleTable(rows, localDate(cli.ctx.now(), cli.ctx.timeZone), cli.lang, cli.t));
        },
      ),
    );

  people
    .command('show')
    .argument(
      '<person>',
      zh ? 'ID、名字或能唯一找到此人的搜索词' : 'id, name, or a search that finds one person',
    )
    .description(
      zh ? '查看一位同行的资料和最近的互动' : "show a person's profile and recent interactions",
    )
    .action(
      act(async (cli, ref: string) => {
        const p = await resolvePerson(cli.ctx.db, ref, { includeArchived: true });
        const recent = await listInteractions(cli.ctx, { person: p.id, limit: 10 });
        if (cli.json) return printJson({ ...p, recentInteractions: recent });
        printProfile(cli, p);
        if (recent.length > 0) {
          println();
          println(pc.bold(cli.t('recent')));
          println(interactionsTable(recent, cli));
        }
      }),
    );

  personOptions(
    people.command('edit').argument('<person>', zh ? 'ID、名字或搜索词' : 'id, name or search'),
    lang,
  )
    .description(
      zh
        ? '修改资料（列表类选项会整体替换该列表；传空字符串清空）'
        : 'change fields (a list option replaces that list; "" clears a field)',
    )
    .option('--name <name>', zh ? '改名' : 'rename')
    .option('--snooze-until <date>', zh ? '暂停提醒到某天' : 'pause reminders until a date')
    .action(
      act(async (cli, ref: string, o: PersonOptions & { name?: string }) => {
        const p = await updatePerson(cli.ctx, ref, {
          ...personInput(o, cli.ctx),
          ...(o.name !== undefined ? { name: o.name } : {}),
        });
        if (cli.json) return printJson(p);
        println(pc.green(cli.t('updated', { name: p.name, id: p.id })));
      }),
    );

  people
    .command('archive')
    .argument('<person>', zh ? 'ID、名字或搜索词' : 'id, name or search')
    .description(zh ? '归档（不会删除，可以恢复）' : 'archive (kept, can be restored)')
    .action(
      act(async (cli, ref: string) => {
        const p = await archivePerson(cli.ctx, ref);
        if (cli.json) return printJson(p);
        println(cli.t('archived', { name: p.name, id: p.id }));
      }),
    );

  people
    .command('restore')
    .argument('<person>', zh ? 'ID、名字或搜索词' : 'id, name or search')
    .description(zh ? '恢复已归档的人' : 'bring an archived person back')
    .action(
      act(async (cli, ref: string) => {
        const p = await restorePerson(cli.ctx, ref);
        if (cli.json) return printJson(p);
        println(pc.green(cli.t('restored', { name: p.name, id: p.id })));
      }),
    );

  people
    .command('snooze')
    .argument('<person>', zh ? 'ID、名字或搜索词' : 'id, name or search')
    .argument(
      '[until]',
      zh
        ? '暂停到哪天（YYYY-MM-DD）；省略则取消暂停'
        : 'pause until this date (YYYY-MM-DD); omit to resume',
    )
    .description(zh ? '暂停对某人的联系提醒' : 'pause contact reminders for a person')
    .action(
      act(async (cli, ref: string, until: string | undefined) => {
        const p = await snoozePerson(
          cli.ctx,
          ref,
          until === undefined ? null : cliDate(until, cli.ctx)!,
        );
        if (cli.json) return printJson(p);
        println(
          p.snoozedUntil
            ? cli.t('snoozed', { name: p.name, date: p.snoozedUntil })
            : cli.t('unsnoozed', { name: p.name }),
        );
      }),
    );
}

function printProfile(cli: CliContext, p: Awaited<ReturnType<typeof resolvePerson>>): void {
  const { t, lang } = cli;
  const cadence = p.effectiveCadenceDays;
  const today = localDate(cli.ctx.now(), cli.ctx.timeZone);
  const list = (xs: string[]) => (xs.length ? xs.join(lang === 'zh' ? '、' : ', ') : null);
  const met = [p.metOn, p.metPlace, p.metHow].filter(Boolean).join(' · ');
  const status = [
    p.lastInteractionOn
      ? `${t('colLast')}: ${p.lastInteractionOn}`
      : `${t('colLast')}: ${t('neverContacted')}`,
    p.dueOn ? `${t('colDue')}: ${p.dueOn} (${dueText(p.dueOn, today, t)})` : null,
    p.snoozedUntil ? t('snoozedUntil', { date: p.snoozedUntil }) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  println(`${pc.bold(p.name)}${p.nameLatin ? ` ${p.nameLatin}` : ''} ${pc.dim(`#${p.id}`)}`);
  println(
    details([
      [t('fieldPinyin'), p.pinyin],
      [t('fieldNicknames'), list(p.nicknames)],
      [t('fieldTier'), tierText(p.tier, lang)],
      [t('fieldStage'), label(STAGES, p.stage, lang)],
      [
        t('fieldCadence'),
        (cadence ? t('everyNDays', { n: cadence }) : t('noCadence')) +
          (p.cadenceDays === null ? t('tierDefault') : ''),
      ],
      [t('fieldStatus'), status],
      [t('fieldDoes'), list(p.disciplines)],
      [t('fieldSkills'), list(p.skills)],
      [t('fieldTitle'), p.title],
      [t('fieldCompany'), p.company],
      [t('fieldCity'), p.city],
      [
        t('fieldHandles'),
        list(p.handles.map((h) => `${label(PLATFORMS, h.platform, lang)} ${h.value}`)),
      ],
      [t('fieldMet'), met || null],
      [
        t('fieldIntroducedBy'),
        p.introducedBy ? `${p.introducedBy.name} (#${p.introducedBy.id})` : null,
      ],
      [t('fieldBirthday'), birthdayText(p.birthday, lang)],
      [t('fieldNeeds'), list(p.needs)],
      [t('fieldOffers'), list(p.offers)],
      [t('fieldSeeking'), list(p.seeking)],
      [t('fieldChallenges'), list(p.challenges)],
      [t('fieldGoals'), list(p.goals)],
      [t('fieldTags'), list(p.tags)],
      [t('fieldNote'), p.note],
      [t('fieldArchived'), p.archivedAt],
      [t('fieldNext'), p.archivedAt ? null : nextStep(p, t)],
    ]),
  );
}
