import type { Person } from '../../core/people/people.js';
import type { Lang } from '../../core/i18n/lang.js';

/** Excel opens UTF-8 only with a byte-order mark; without it Chinese turns into mojibake. */
const BOM = '\uFEFF';

const COLUMNS: { zh: string; en: string; value: (p: Person) => string }[] = [
  { zh: 'ID', en: 'ID', value: (p) => String(p.id) },
  { zh: '姓名', en: 'Name', value: (p) => p.name },
  { zh: '英文名', en: 'Latin name', value: (p) => p.nameLatin ?? '' },
  { zh: '拼音', en: 'Pinyin', value: (p) => p.pinyin ?? '' },
  { zh: '层级', en: 'Tier', value: (p) => p.tier },
  { zh: '阶段', en: 'Stage', value: (p) => p.stage },
  { zh: '城市', en: 'City', value: (p) => p.city ?? '' },
  { zh: '公司', en: 'Company', value: (p) => p.company ?? '' },
  { zh: '职位', en: 'Title', value: (p) => p.title ?? '' },
  { zh: '领域', en: 'Disciplines', value: (p) => p.disciplines.join('; ') },
  { zh: '技能', en: 'Skills', value: (p) => p.skills.join('; ') },
  { zh: '标签', en: 'Tags', value: (p) => p.tags.join('; ') },
  { zh: '需要', en: 'Needs', value: (p) => p.needs.join('; ') },
  { zh: '能提供', en: 'Offers', value: (p) => p.offers.join('; ') },
  { zh: '想认识', en: 'Seeking', value: (p) => p.seeking.join('; ') },
  { zh: '邮箱', en: 'Email', value: (p) => handles(p, 'email') },
  { zh: '手机', en: 'Phone', value: (p) => handles(p, 'phone') },
  { zh: '微信', en: 'WeChat', value: (p) => handles(p, 'wechat') },
  {
    zh: '其他账号',
    en: 'Other handles',
    value: (p) =>
      p.handles
        .filter((h) => !['email', 'phone', 'wechat'].includes(h.platform))
        .map((h) => `${h.platform}:${h.value}`)
        .join('; '),
  },
  { zh: '生日', en: 'Birthday', value: (p) => p.birthday ?? '' },
  { zh: '认识日期', en: 'Met on', value: (p) => p.metOn ?? '' },
  { zh: '认识地点', en: 'Met at', value: (p) => p.metPlace ?? '' },
  { zh: '介绍人', en: 'Introduced by', value: (p) => p.introducedBy?.name ?? '' },
  { zh: '上次联系', en: 'Last contact', value: (p) => p.lastInteractionOn ?? '' },
  { zh: '下次联系', en: 'Next due', value: (p) => p.dueOn ?? '' },
  { zh: '备注', en: 'Note', value: (p) => p.note ?? '' },
];

function handles(p: Person, platform: string): string {
  return p.handles
    .filter((h) => h.platform === platform)
    .map((h) => h.value)
    .join('; ');
}

/** RFC 4180 quoting: fields with a comma, quote or line break are quoted, quotes doubled. */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per person, headers in the user's language, CRLF, UTF-8 with BOM. */
export function peopleToCsv(people: readonly Person[], lang: Lang): string {
  const rows = [COLUMNS.map((c) => c[lang]), ...people.map((p) => COLUMNS.map((c) => c.value(p)))];
  return BOM + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}
