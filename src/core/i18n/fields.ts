import {
  CHANNELS,
  DIRECTIONS,
  INTRO_OUTCOMES,
  KINDS,
  MODES,
  PLATFORMS,
  STAGES,
  TIERS,
  type Term,
} from '../vocab.js';
import type { Lang } from './lang.js';

/** Names of input fields as users know them (the CLI flag in English, a word in Chinese). */
const FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  name: { zh: '名字', en: 'name' },
  nameLatin: { zh: '英文名', en: '--latin-name' },
  nicknames: { zh: '昵称', en: '--nickname' },
  disciplines: { zh: '领域', en: '--does' },
  skills: { zh: '技能', en: '--skill' },
  title: { zh: '职位', en: '--title' },
  company: { zh: '公司', en: '--company' },
  city: { zh: '城市', en: '--city' },
  handles: { zh: '账号（--handle）', en: '--handle' },
  metOn: { zh: '认识日期（--met-on）', en: '--met-on' },
  metPlace: { zh: '认识地点', en: '--met-at' },
  metHow: { zh: '认识方式', en: '--met-how' },
  introducedBy: { zh: '介绍人', en: '--introduced-by' },
  birthday: { zh: '生日（--birthday）', en: '--birthday' },
  needs: { zh: '需要', en: '--needs' },
  offers: { zh: '能提供', en: '--offers' },
  seeking: { zh: '想认识', en: '--seeking' },
  challenges: { zh: '当前挑战', en: '--challenge' },
  goals: { zh: '目标', en: '--goal' },
  tags: { zh: '标签', en: '--tag' },
  tag: { zh: '标签', en: '--tag' },
  note: { zh: '备注', en: '--note' },
  tier: { zh: '层级（--tier）', en: 'tier (--tier)' },
  stage: { zh: '阶段（--stage）', en: 'stage (--stage)' },
  cadenceDays: { zh: '联系频率（--cadence）', en: '--cadence' },
  snoozedUntil: { zh: '暂停到（--snooze-until）', en: '--snooze-until' },
  until: { zh: '暂停到', en: 'until' },
  people: { zh: '联系人', en: 'people' },
  kind: { zh: '互动类型（--kind）', en: 'kind (--kind)' },
  channel: { zh: '渠道（--channel）', en: 'channel (--channel)' },
  mode: { zh: '线上/线下', en: 'online/offline' },
  direction: { zh: '方向', en: 'direction' },
  date: { zh: '日期（--date）', en: 'date (--date)' },
  limit: { zh: '数量（--limit）', en: '--limit' },
  person: { zh: '同行', en: 'person' },
  a: { zh: '被介绍的一方 A', en: 'person A' },
  b: { zh: '被介绍的一方 B', en: 'person B' },
  reason: { zh: '理由（--reason）', en: '--reason' },
  to: { zh: '目标阶段（--to）', en: '--to' },
  outcome: { zh: '结果（--outcome）', en: '--outcome' },
  side: { zh: '哪一方（a 或 b）', en: 'side (a or b)' },
  consent: { zh: '同意（--consent）', en: '--consent' },
  client: { zh: '客户（--client）', en: '--client' },
  project: { zh: '项目（--project）', en: '--project' },
  value: { zh: '预估金额（--value）', en: '--value' },
  currency: { zh: '币种（--currency）', en: '--currency' },
  referredOn: { zh: '转介绍日期（--on）', en: '--on' },
  followUpOn: { zh: '跟进日期（--follow-up）', en: '--follow-up' },
  status: { zh: '状态（--status）', en: '--status' },
  size: { zh: '人数（--size）', en: '--size' },
  around: { zh: '围绕谁（--around）', en: '--around' },
  on: { zh: '日期（--on）', en: '--on' },
  place: { zh: '地点（--place）', en: '--place' },
};

/** The vocabulary behind a field, to show allowed values with their labels. */
export const FIELD_VOCAB: Record<string, { values: string[]; terms: Record<string, Term> }> = {
  tier: TIERS,
  stage: STAGES,
  kind: KINDS,
  channel: CHANNELS,
  mode: MODES,
  direction: DIRECTIONS,
  handles: PLATFORMS,
  outcome: INTRO_OUTCOMES,
};

/**
 * A field as users know it. `needs.2` is still "needs"; a deeper path into a file's records
 * (`people.12.tier`) keeps its place, which says which record, and adds the field's name.
 */
export function fieldLabel(field: string, lang: Lang): string {
  const parts = field.split('.');
  if (parts.length <= 2) return FIELD_LABELS[parts[0]!]?.[lang] ?? field;
  const label = FIELD_LABELS[leaf(field)]?.[lang];
  if (!label || label === leaf(field)) return field;
  return lang === 'zh' ? `${field}（${label}）` : `${field} (${label})`;
}

/** The last named part of a path: `people.12.tier` → `tier`, `interactions.3.people.0` → `people`. */
function leaf(field: string): string {
  const named = field.split('.').filter((p) => !/^\d+$/.test(p));
  return named[named.length - 1] ?? field;
}

/** `core（核心）、important（重要）…` in Chinese, `core, important, …` in English. */
export function allowedList(field: string, allowed: readonly string[], lang: Lang): string {
  const v = FIELD_VOCAB[leaf(field)];
  if (lang === 'en') return allowed.join(', ');
  return allowed.map((a) => (v?.terms[a] ? `${a}（${v.terms[a].zh}）` : a)).join('、');
}
