import type { AppError, FieldIssue } from '../errors.js';
import { allowedList, fieldLabel } from './fields.js';
import { fill, type Lang } from './lang.js';
import type { MalformedProblem } from '../../formats/contacts/record.js';
import { introductionErrorParams } from '../introductions/messages.js';

const ISSUES: Record<FieldIssue['problem'], { zh: string; en: string }> = {
  required: { zh: '{field}不能为空', en: '{field} is required' },
  invalid_value: {
    zh: '{field}的值“{value}”无效，可选：{allowed}',
    en: 'invalid {field} "{value}"; valid values: {allowed}',
  },
  invalid_date: {
    zh: '{field}“{value}”不是有效的日期（格式 YYYY-MM-DD{yearless}）',
    en: '{field} "{value}" is not a valid date (use YYYY-MM-DD{yearless})',
  },
  invalid_format: {
    zh: '{field}的格式不对：“{value}”',
    en: '{field} has the wrong format: "{value}"',
  },
  in_future: {
    zh: '{field}“{value}”还没到——只能记录已经发生的互动',
    en: '{field} "{value}" is in the future; only interactions that happened can be logged',
  },
  too_early: {
    zh: '{field}“{value}”不能早于 {bound}',
    en: '{field} "{value}" cannot be earlier than {bound}',
  },
  too_late: {
    zh: '{field}“{value}”不能晚于 {bound}',
    en: '{field} "{value}" cannot be later than {bound}',
  },
  too_long: {
    zh: '{field}太长了（最多 {max} 个字符）',
    en: '{field} is too long (at most {max} characters)',
  },
  too_many: { zh: '{field}太多了（最多 {max} 个）', en: 'too many {field} (at most {max})' },
  out_of_range: {
    zh: '{field}“{value}”超出范围（{min}–{max}）',
    en: '{field} "{value}" is out of range ({min}–{max})',
  },
  handle_without_platform: {
    zh: '账号“{value}”缺少平台，请写成 平台:账号，例如 wechat:zhangwei',
    en: 'handle "{value}" has no platform; write PLATFORM:VALUE, e.g. wechat:zhangwei',
  },
  unknown_platform: {
    zh: '未知的平台“{value}”，可选：{allowed}',
    en: 'unknown platform "{value}"; valid platforms: {allowed}',
  },
  unknown_person: {
    zh: '{field}：文件的 people 里没有 uid 为“{value}”的人。文件可能被截断或改动过，请用完整的备份文件。',
    en: '{field}: there is no one with the uid "{value}" among the people in this file. It may be cut short or edited; use a complete backup.',
  },
  same_person: {
    zh: '{field}：两边都是“{value}”，这里需要两个不同的人。',
    en: '{field}: "{value}" is on both sides; two different people are needed.',
  },
  duplicate: {
    zh: '{field}：“{value}”重复出现，只能有一条。请删掉多余的那条。',
    en: '{field}: "{value}" appears more than once, where only one is allowed; remove the extra one.',
  },
};

const RANGE_OPEN = {
  atLeast: {
    zh: '{field}“{value}”太小了（至少 {min}）',
    en: '{field} "{value}" is too small (at least {min})',
  },
  atMost: {
    zh: '{field}“{value}”太大了（最多 {max}）',
    en: '{field} "{value}" is too large (at most {max})',
  },
};

const INVALID_NO_LIST = { zh: '{field}的值“{value}”无效', en: 'invalid {field} "{value}"' };
/** A required choice: say what it can be. */
const REQUIRED_ONE_OF = {
  zh: '{field}不能为空，可选：{allowed}',
  en: '{field} is required; one of: {allowed}',
};

const CODES: Record<Exclude<AppError['code'], 'ValidationFailed'>, { zh: string; en: string }> = {
  PersonNotFound: {
    zh: '找不到“{query}”。可以先用 tongxing search 搜一下。',
    en: 'No one matches "{query}". Try tongxing search first.',
  },
  PersonAmbiguous: {
    zh: '“{query}”对应不止一个人，请用 ID 指定：',
    en: '"{query}" matches more than one person; use an id:',
  },
  InteractionNotFound: {
    zh: '找不到编号为 {id} 的互动记录。',
    en: 'There is no interaction with id {id}.',
  },
  IntroductionNotFound: {
    zh: '找不到编号为 {id} 的引荐。用 tongxing intro list 看看有哪些。',
    en: 'There is no introduction with id {id}. See them with tongxing intro list.',
  },
  IntroductionExists: {
    zh: '{a} 和 {b} 之间已经有一个进行中的引荐（#{id}，{stageLabel}）。接着推进它就好：tongxing intro advance {id}',
    en: 'There is already an open introduction of {a} and {b} (#{id}, {stageLabel}). Carry on with it: tongxing intro advance {id}',
  },
  IntroductionSamePerson: {
    zh: '不能把 {name} 介绍给自己：请选两个不同的人（A 是需要帮忙的一方，B 是能帮上忙的一方）。',
    en: 'Cannot introduce {name} to themselves: pick two different people (A needs help, B can help).',
  },
  IntroductionStageSkipped: {
    zh: '引荐 #{id} 现在是“{stageLabel}”，直接到“{toLabel}”会跳过：{skippedLabels}。请一步一步来；确实要跳过的话请明说（在看板上确认跳过，命令行加 --skip，API 用 skip: true），跳过的步骤会记在历史里。',
    en: 'Introduction #{id} is at "{stageLabel}"; going straight to "{toLabel}" skips {skippedLabels}. Go one step at a time, or if you mean it, say so (confirm the skip on the board, --skip on the command line, skip: true in the API) and the skipped steps are recorded in its history.',
  },
  IntroductionStageBackwards: {
    zh: '引荐 #{id} 已经到了“{stageLabel}”，不能改成“{toLabel}”：阶段只能往前走。如果记错了，先删除（tongxing intro remove {id}）再重新添加。',
    en: 'Introduction #{id} is already at "{stageLabel}" and cannot go to "{toLabel}": stages only move forward. If it was recorded wrongly, remove it (tongxing intro remove {id}) and add it again.',
  },
  IntroductionConsentMissing: {
    zh: '还没有记下 {who} 的同意，引荐 #{id} 不能标为“已介绍”：双方都愿意才介绍。问过并得到同意后先记下来（看板上勾选“已同意”，或 tongxing intro consent {id} {sides}）。',
    en: '{who} has not said yes yet, so introduction #{id} cannot be marked introduced: both sides must agree first. Once they do, record it (tick "said yes" on the board, or tongxing intro consent {id} {sides}).',
  },
  IntroductionOutcomeMissing: {
    zh: '要给引荐 #{id} 记结果，请说明结果如何（--outcome）：{outcomes}。',
    en: 'To record how introduction #{id} ended, say how it went (--outcome): {outcomes}.',
  },
  IntroductionConsentSettled: {
    zh: '引荐 #{id} 已经是“{stageLabel}”：两人已经介绍认识，当时的同意不能再改。如果记错了，先删除（tongxing intro remove {id}）再重新添加。',
    en: 'Introduction #{id} is already at "{stageLabel}": the two have been introduced, so the consents given then cannot change. If it was recorded wrongly, remove it (tongxing intro remove {id}) and add it again.',
  },
  IntroductionFinished: {
    zh: '引荐 #{id} 已经有结果（{outcomeLabel}），不能再推进。如果记错了，先删除（tongxing intro remove {id}）再重新添加。',
    en: 'Introduction #{id} is finished ({outcomeLabel}) and cannot move on. If it was recorded wrongly, remove it (tongxing intro remove {id}) and add it again.',
  },
  ReferralNotFound: {
    zh: '找不到编号为 {id} 的转介绍。用 tongxing refer list 看看有哪些。',
    en: 'There is no referral with id {id}. See them with tongxing refer list.',
  },
  ReferralClosed: {
    zh: '转介绍 #{id} 已在 {closedOn} 结束，状态不能再改。如果记错了，先删除（tongxing refer remove {id}）再重新添加。',
    en: 'Referral #{id} was closed on {closedOn}; its status cannot change any more. If it was recorded wrongly, remove it (tongxing refer remove {id}) and add it again.',
  },
  ReferralNotIncoming: {
    zh: '转介绍 #{id} 是你转给 {person} 的；“已感谢”只用于别人转介绍给你的客户。如果 TA 谢过你，可以写进备注（--note）。',
    en: 'Referral #{id} is one you passed to {person}; thanks are recorded only for referrals you received. If they thanked you, put it in the note (--note).',
  },
  GatheringNotFound: {
    zh: '找不到编号为 {id} 的小聚。用 tongxing gather list 看看有哪些。',
    en: 'There is no gathering with id {id}. See them with tongxing gather list.',
  },
  GatheringAlreadyHeld: {
    zh: '小聚 #{id} 已经举办过了，不能再标记或取消。想再聚一次，就重新计划：tongxing gather plan 人名…',
    en: 'Gathering #{id} has already been held; it cannot be marked or cancelled again. To meet again, plan a new one: tongxing gather plan PEOPLE…',
  },
  GatheringCancelled: {
    zh: '小聚 #{id} 已经取消了。如果还是要聚，就重新计划：tongxing gather plan 人名…',
    en: 'Gathering #{id} was cancelled. To meet after all, plan it again: tongxing gather plan PEOPLE…',
  },
  UnknownSetting: {
    zh: '没有名为“{key}”的设置。可用的设置：{allowed}',
    en: 'There is no setting "{key}". Settings: {allowed}',
  },
  NotTongxingDatabase: {
    zh: '{path} 不是同行的数据库（或者已损坏），没有做任何改动。',
    en: '{path} is not a Tongxing database (or it is damaged); nothing was changed.',
  },
  DatabaseTooNew: {
    zh: '{path} 由更新版本的同行创建，请先升级同行再打开它。没有做任何改动。',
    en: '{path} was written by a newer version of Tongxing; upgrade before opening it. Nothing was changed.',
  },
  FileNotFound: { zh: '找不到文件：{path}', en: 'File not found: {path}' },
  ImportInvalid: {
    zh: '{file} 不是有效的同行 JSON 备份：{reason}。没有做任何改动。',
    en: '{file} is not a valid Tongxing JSON backup: {reason}. Nothing was changed.',
  },
  ImportNotEmpty: {
    zh: 'JSON 备份只能导入到空的数据库（当前已有 {count} 人）。请用 --db 指定一个新文件。没有做任何改动。',
    en: 'A JSON backup can only be imported into an empty database (this one has {count} people); use --db with a new file. Nothing was changed.',
  },
  PortInUse: {
    zh: '端口 {port} 已被占用（也许同行已经在运行？）。换一个端口：tongxing serve --port 4748',
    en: 'Port {port} is already in use (is Tongxing already running?). Try another: tongxing serve --port 4748',
  },
  FileExists: { zh: '目标文件已存在：{path}', en: 'The target file already exists: {path}' },
  ImportJsonAlone: {
    zh: '{file} 是同行的 JSON 备份，只能单独导入（到空数据库），不能和其他文件一起导入。没有做任何改动。',
    en: '{file} is a Tongxing JSON backup: import it on its own (into an empty database), not with other files. Nothing was changed.',
  },
  // The problem itself comes from MALFORMED below; this frames it with the file and line.
  ImportMalformed: {
    zh: '{file}{where}：{problem}。没有导入任何内容。',
    en: '{file}{where}: {problem}. Nothing was imported.',
  },
};

/** Why a file could not be read (see MalformedProblem in src/formats/contacts/record.ts). */
const MALFORMED: Record<MalformedProblem, { zh: string; en: string }> = {
  empty_file: { zh: '文件是空的', en: 'the file is empty' },
  binary: {
    zh: '这是二进制文件，不是通讯录（vCard、CSV、xlsx 或 JSON）',
    en: 'this is a binary file, not contacts (vCard, CSV, xlsx or JSON)',
  },
  unknown_encoding: {
    zh: '无法识别文字编码（支持 UTF-8、UTF-16 和 GBK/GB18030）',
    en: 'unknown text encoding (UTF-8, UTF-16 and GBK/GB18030 are supported)',
  },
  unknown_format: {
    zh: '无法识别格式；请用 --format 指定（vcard、linkedin、google、outlook、csv、xlsx、json）',
    en: 'unknown format; name it with --format (vcard, linkedin, google, outlook, csv, xlsx, json)',
  },
  truncated_vcard: {
    zh: '名片没有结束（缺少 END:VCARD），文件可能被截断了',
    en: 'a card is not closed (END:VCARD missing); the file may be truncated',
  },
  unexpected_line: {
    zh: '这一行不是 vCard 的内容：{detail}',
    en: 'this line is not vCard: {detail}',
  },
  bad_quoted_printable: {
    zh: 'quoted-printable 编码有误：{detail}',
    en: 'broken quoted-printable encoding: {detail}',
  },
  unknown_charset: { zh: '不支持的字符集 {detail}', en: 'unsupported charset {detail}' },
  unbalanced_quote: {
    zh: '引号没有闭合（从这一行开始的字段一直到文件末尾）',
    en: 'a quoted field is never closed (from this line to the end of the file)',
  },
  no_header: {
    zh: '找不到表头（例如“姓名”、“Name”、“First Name”）',
    en: 'no header row found (such as "Name", "First Name" or "姓名")',
  },
  line_too_long: {
    zh: '这一行太长了（{detail}），不像通讯录',
    en: 'this line is too long ({detail}) to be a contact',
  },
  value_too_long: {
    zh: '有一个值太长了（{detail}），不像通讯录',
    en: 'a value is too long ({detail}) to be a contact',
  },
  too_many_records: {
    zh: '记录太多了（最多 {detail} 条）',
    en: 'too many records (at most {detail})',
  },
  bad_xlsx: {
    zh: '不是有效的 Excel（.xlsx）文件：{detail}',
    en: 'not a valid Excel (.xlsx) file: {detail}',
  },
  no_sheet: { zh: '没有名为“{detail}”的工作表', en: 'there is no sheet named "{detail}"' },
  file_too_large: {
    zh: '文件太大了（最多 {detail}），不像通讯录',
    en: 'the file is too large ({detail} at most) to be contacts',
  },
};

function malformedParts(e: AppError, lang: Lang): { where: string; problem: string } {
  const line = e.details.line;
  const problem = MALFORMED[e.details.problem as MalformedProblem];
  return {
    where: typeof line === 'number' ? (lang === 'zh' ? ` 第 ${line} 行` : `, line ${line}`) : '',
    problem: problem
      ? fill(problem[lang], { detail: show(e.details.detail) })
      : show(e.details.problem),
  };
}

function show(v: unknown): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** One line per bad field, in the user's language. */
export function describeIssue(i: FieldIssue, lang: Lang): string {
  let template = ISSUES[i.problem][lang];
  // Open-ended ranges and value lists too long (or unknown) to print read better without them.
  if (i.problem === 'out_of_range' && (i.min === undefined || i.max === undefined)) {
    template = i.max === undefined ? RANGE_OPEN.atLeast[lang] : RANGE_OPEN.atMost[lang];
  }
  if (i.problem === 'invalid_value' && (i.allowed ?? []).length === 0) {
    template = INVALID_NO_LIST[lang];
  }
  if (i.problem === 'required' && (i.allowed ?? []).length > 0) template = REQUIRED_ONE_OF[lang];
  return fill(template, {
    field: fieldLabel(i.field, lang),
    value: show(i.value),
    allowed: allowedList(i.field, i.allowed ?? [], lang),
    max: i.max ?? '',
    min: i.min ?? '',
    bound: i.bound ?? '',
    yearless:
      i.field === 'birthday'
        ? lang === 'zh'
          ? '，或不写年份 --MM-DD'
          : ', or --MM-DD without a year'
        : '',
  });
}

/** The whole message for an error, in the user's language (several lines for several fields). */
export function describeError(e: AppError, lang: Lang): string {
  if (e.code === 'ValidationFailed') {
    return (e.details.issues ?? []).map((i) => describeIssue(i, lang)).join('\n');
  }
  let msg = fill(CODES[e.code][lang], {
    ...e.details,
    ...(e.code === 'ImportMalformed' ? malformedParts(e, lang) : {}),
    ...(e.code.startsWith('Introduction') ? introductionErrorParams(e.details, lang) : {}),
    allowed: Array.isArray(e.details.allowed) ? e.details.allowed.join(', ') : '',
  });
  if (e.code === 'PersonAmbiguous') {
    const c = (e.details.candidates ?? []) as {
      id: number;
      name: string;
      city: string | null;
      company: string | null;
    }[];
    msg += c
      .map(
        (p) =>
          `\n  #${p.id} ${p.name}${[p.city, p.company].some(Boolean) ? ` (${[p.city, p.company].filter(Boolean).join(' · ')})` : ''}`,
      )
      .join('');
  }
  return msg;
}
