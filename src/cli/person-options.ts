import type { Command } from 'commander';
import type { Ctx } from '../core/context.js';
import type { UpdatePersonInput } from '../core/people/people.js';
import type { Lang } from '../core/i18n/lang.js';
import { cliDate } from './dates.js';

const collect = (v: string, prev: string[] | undefined): string[] => [...(prev ?? []), v];

/** The raw options commander hands over for add and edit. */
export interface PersonOptions {
  latinName?: string;
  nickname?: string[];
  tier?: string;
  stage?: string;
  tag?: string[];
  city?: string;
  company?: string;
  title?: string;
  does?: string[];
  skill?: string[];
  needs?: string[];
  offers?: string[];
  seeking?: string[];
  challenge?: string[];
  goal?: string[];
  handle?: string[];
  birthday?: string;
  metOn?: string;
  metAt?: string;
  metHow?: string;
  introducedBy?: string;
  note?: string;
  cadence?: string;
  snoozeUntil?: string;
}

/** Adds the person field options (shared by `people add` and `people edit`). */
export function personOptions(cmd: Command, lang: Lang): Command {
  const zh = lang === 'zh';
  const d = (zhText: string, enText: string) => (zh ? zhText : enText);
  return cmd
    .option('--latin-name <name>', d('英文名或拉丁字母名', 'Latin-script name, e.g. "Wei Zhang"'))
    .option('--nickname <text>', d('昵称（可重复）', 'nickname (repeatable)'), collect)
    .option(
      '--tier <tier>',
      d(
        '层级：core | important | general | unsorted',
        'tier: core | important | general | unsorted',
      ),
    )
    .option(
      '--stage <stage>',
      d(
        '阶段：connected | deepened | maintained | dormant',
        'stage: connected | deepened | maintained | dormant',
      ),
    )
    .option('--tag <tag>', d('标签（可重复）', 'tag (repeatable)'), collect)
    .option('--city <city>', d('城市', 'city'))
    .option('--company <company>', d('公司或工作室', 'company or studio'))
    .option('--title <title>', d('职位', 'job title'))
    .option(
      '--does <discipline>',
      d('从事的领域，如 插画、动效（可重复）', 'discipline, e.g. illustration (repeatable)'),
      collect,
    )
    .option('--skill <skill>', d('技能（可重复）', 'skill (repeatable)'), collect)
    .option(
      '--needs <text>',
      d('对方需要的（可重复）', 'something they need (repeatable)'),
      collect,
    )
    .option(
      '--offers <text>',
      d('对方能提供的（可重复）', 'something they offer (repeatable)'),
      collect,
    )
    .option(
      '--seeking <text>',
      d('对方想认识什么样的人（可重复）', 'kind of people they want to meet (repeatable)'),
      collect,
    )
    .option(
      '--challenge <text>',
      d('对方当前的挑战（可重复）', 'a current challenge of theirs (repeatable)'),
      collect,
    )
    .option('--goal <text>', d('对方的目标（可重复）', 'a goal of theirs (repeatable)'), collect)
    .option(
      '--handle <platform:value>',
      d('账号，如 wechat:zw88、小红书:xx（可重复）', 'handle, e.g. wechat:zw88 (repeatable)'),
      collect,
    )
    .option(
      '--birthday <date>',
      d('生日 YYYY-MM-DD，或不写年份 --MM-DD', 'birthday YYYY-MM-DD, or --MM-DD without a year'),
    )
    .option(
      '--met-on <date>',
      d(
        '认识的日期（可带时间 YYYY-MM-DDTHH:MM，或 today）',
        'date we met (optionally YYYY-MM-DDTHH:MM, or today)',
      ),
    )
    .option('--met-at <place>', d('在哪里认识的', 'where we met'))
    .option('--met-how <how>', d('怎么认识的', 'how we met'))
    .option('--introduced-by <person>', d('介绍人（ID 或名字）', 'who introduced us (id or name)'))
    .option('--note <text>', d('备注', 'note'))
    .option(
      '--cadence <days>',
      d(
        '单独设置联系频率（天），default 表示按层级',
        'own cadence in days; "default" follows the tier',
      ),
    );
}

/**
 * Turns options into service input. Only options that were given appear, so edit changes
 * nothing else; a list option replaces that list.
 */
export function personInput(o: PersonOptions, ctx: Ctx): UpdatePersonInput {
  const input: UpdatePersonInput = {};
  const set = <K extends keyof UpdatePersonInput>(k: K, v: UpdatePersonInput[K] | undefined) => {
    if (v !== undefined) input[k] = v;
  };
  set('nameLatin', o.latinName);
  set('nicknames', o.nickname);
  set('tier', o.tier);
  set('stage', o.stage);
  set('tags', o.tag);
  set('city', o.city);
  set('company', o.company);
  set('title', o.title);
  set('disciplines', o.does);
  set('skills', o.skill);
  set('needs', o.needs);
  set('offers', o.offers);
  set('seeking', o.seeking);
  set('challenges', o.challenge);
  set('goals', o.goal);
  set('handles', o.handle);
  set('birthday', o.birthday === '' ? null : o.birthday);
  set('metOn', o.metOn === '' ? null : cliDate(o.metOn, ctx));
  set('metPlace', o.metAt);
  set('metHow', o.metHow);
  set('introducedBy', o.introducedBy === '' ? null : o.introducedBy);
  set('note', o.note);
  set('snoozedUntil', o.snoozeUntil === '' ? null : cliDate(o.snoozeUntil, ctx));
  if (o.cadence !== undefined) {
    const c = o.cadence.trim().toLowerCase();
    input.cadenceDays =
      c === 'default' || c === 'tier' || c === ''
        ? null
        : /^\d+$/.test(c)
          ? Number(c)
          : (c as never);
  }
  return input;
}
