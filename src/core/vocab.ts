/**
 * The closed vocabularies of the product, each value with its Chinese and English label.
 * Values are stable identifiers (stored in the database, used on the CLI and in the API);
 * labels are for people, and Chinese labels are accepted as input aliases too.
 */

export interface Term {
  zh: string;
  en: string;
  aliases?: readonly string[];
}

function vocab<const K extends string>(terms: Record<K, Term>) {
  return { values: Object.keys(terms) as K[], terms };
}

export const TIERS = vocab({
  core: { zh: '核心', en: 'core' },
  important: { zh: '重要', en: 'important' },
  general: { zh: '一般', en: 'general' },
  unsorted: { zh: '未分层', en: 'unsorted', aliases: ['未分类'] },
});
export type Tier = (typeof TIERS.values)[number];

export const STAGES = vocab({
  connected: { zh: '已连接', en: 'connected', aliases: ['连接'] },
  deepened: { zh: '已深化', en: 'deepened', aliases: ['深化'] },
  maintained: { zh: '维护中', en: 'maintained', aliases: ['维护'] },
  dormant: { zh: '沉睡', en: 'dormant', aliases: ['休眠'] },
});
export type Stage = (typeof STAGES.values)[number];

export const KINDS = vocab({
  share: { zh: '分享信息', en: 'shared info', aliases: ['分享'] },
  help: { zh: '帮忙', en: 'help', aliases: ['帮助'] },
  ask: { zh: '请教/求助', en: 'ask', aliases: ['请教', '求助'] },
  intro: { zh: '介绍', en: 'introduction', aliases: ['引荐', 'introduction'] },
  referral: { zh: '转介绍', en: 'referral', aliases: ['推荐'] },
  congratulate: { zh: '祝贺', en: 'congratulate', aliases: ['恭喜'] },
  support: { zh: '支持', en: 'support', aliases: ['鼓励'] },
  'deep-talk': { zh: '深聊', en: 'deep talk', aliases: ['深度交流', 'deep_talk'] },
  collaborate: { zh: '合作', en: 'collaborate', aliases: ['协作'] },
  'catch-up': { zh: '叙旧', en: 'catch-up', aliases: ['近况', 'catch_up'] },
  'check-in': { zh: '问候', en: 'check-in', aliases: ['打招呼', 'check_in'] },
});
export type Kind = (typeof KINDS.values)[number];

export const CHANNELS = vocab({
  wechat: { zh: '微信', en: 'WeChat', aliases: ['weixin'] },
  call: { zh: '电话', en: 'call', aliases: ['phone'] },
  video: { zh: '视频通话', en: 'video call', aliases: ['视频'] },
  message: { zh: '私信', en: 'message', aliases: ['dm', '消息'] },
  email: { zh: '邮件', en: 'email', aliases: ['邮箱'] },
  social: { zh: '社交平台', en: 'social media', aliases: ['评论'] },
  community: { zh: '社群', en: 'community', aliases: ['群'] },
  coffee: { zh: '咖啡', en: 'coffee', aliases: ['喝咖啡'] },
  meal: { zh: '吃饭', en: 'meal', aliases: ['饭局', '聚餐'] },
  event: { zh: '活动', en: 'event', aliases: ['线下活动'] },
  meetup: { zh: '见面', en: 'meetup', aliases: ['面聊', '小聚'] },
  other: { zh: '其他', en: 'other' },
});
export type Channel = (typeof CHANNELS.values)[number];

/** Whether a channel happens offline; `other` is assumed online unless said otherwise. */
export const OFFLINE_CHANNELS: ReadonlySet<Channel> = new Set([
  'coffee',
  'meal',
  'event',
  'meetup',
]);

export const DIRECTIONS = vocab({
  gave: { zh: '我付出', en: 'I gave' },
  received: { zh: '我受益', en: 'I received' },
  mutual: { zh: '互相', en: 'mutual' },
});
export type Direction = (typeof DIRECTIONS.values)[number];

/** An introduction's stages, in order (double opt-in: A is asked, then B, then they meet). */
export const INTRO_STAGES = vocab({
  idea: { zh: '想法', en: 'idea' },
  'asked-a': { zh: '已问A', en: 'asked A', aliases: ['asked_a', '问A', '已问 A'] },
  'asked-b': { zh: '已问B', en: 'asked B', aliases: ['asked_b', '问B', '已问 B'] },
  introduced: { zh: '已介绍', en: 'introduced', aliases: ['介绍', '引荐'] },
  'followed-up': { zh: '已回访', en: 'followed up', aliases: ['followed_up', '回访'] },
  outcome: { zh: '有结果', en: 'outcome', aliases: ['结果', 'done'] },
});
export type IntroStage = (typeof INTRO_STAGES.values)[number];

/** How an introduction ended; `declined` (one side said no) ends it before the introduction. */
export const INTRO_OUTCOMES = vocab({
  collaborated: { zh: '合作了', en: 'collaborated', aliases: ['合作'] },
  friends: { zh: '成了朋友', en: 'became friends', aliases: ['朋友', 'friend'] },
  'no-fit': { zh: '不合适', en: 'no fit', aliases: ['no_fit', 'nofit'] },
  declined: { zh: '有一方婉拒', en: 'declined', aliases: ['婉拒', '拒绝'] },
});
export type IntroOutcome = (typeof INTRO_OUTCOMES.values)[number];

/** Referrals (转介绍): `out` I pass a client to a peer, `in` a peer sends one to me. */
export const REFERRAL_DIRECTIONS = vocab({
  out: { zh: '转出', en: 'out', aliases: ['给出', 'given'] },
  in: { zh: '转入', en: 'in', aliases: ['收到', 'received'] },
});
export type ReferralDirection = (typeof REFERRAL_DIRECTIONS.values)[number];

/** A referral's status: it moves forward only (referred → in-talks → won | lost). */
export const REFERRAL_STATUSES = vocab({
  referred: { zh: '已转介', en: 'referred', aliases: ['已推荐'] },
  'in-talks': { zh: '洽谈中', en: 'in talks', aliases: ['in_talks', 'talks', '洽谈'] },
  won: { zh: '成交', en: 'won', aliases: ['成功', '签约'] },
  lost: { zh: '未成', en: 'lost', aliases: ['失败', '没成'] },
});
export type ReferralStatus = (typeof REFERRAL_STATUSES.values)[number];

/** A small gathering (小聚): planned, then held or cancelled. */
export const GATHERING_STATUSES = vocab({
  planned: { zh: '已计划', en: 'planned', aliases: ['计划'] },
  held: { zh: '已举办', en: 'held', aliases: ['举办', '已办'] },
  cancelled: { zh: '已取消', en: 'cancelled', aliases: ['取消', 'canceled'] },
});
export type GatheringStatus = (typeof GATHERING_STATUSES.values)[number];

export const MODES = vocab({
  online: { zh: '线上', en: 'online' },
  offline: { zh: '线下', en: 'offline' },
});
export type Mode = (typeof MODES.values)[number];

export const PLATFORMS = vocab({
  wechat: { zh: '微信', en: 'WeChat', aliases: ['weixin', 'wx'] },
  jike: { zh: '即刻', en: 'Jike' },
  xiaohongshu: { zh: '小红书', en: 'Xiaohongshu', aliases: ['xhs', 'rednote'] },
  zcool: { zh: '站酷', en: 'ZCOOL' },
  weibo: { zh: '微博', en: 'Weibo' },
  qq: { zh: 'QQ', en: 'QQ' },
  behance: { zh: 'Behance', en: 'Behance' },
  dribbble: { zh: 'Dribbble', en: 'Dribbble' },
  linkedin: { zh: '领英', en: 'LinkedIn' },
  instagram: { zh: 'Instagram', en: 'Instagram', aliases: ['ins', 'ig'] },
  x: { zh: 'X', en: 'X', aliases: ['twitter'] },
  github: { zh: 'GitHub', en: 'GitHub' },
  discord: { zh: 'Discord', en: 'Discord' },
  slack: { zh: 'Slack', en: 'Slack' },
  email: { zh: '邮箱', en: 'email', aliases: ['mail', '邮件', 'e-mail'] },
  phone: { zh: '电话', en: 'phone', aliases: ['手机', 'mobile', 'tel'] },
  website: { zh: '网站', en: 'website', aliases: ['网址', 'web', 'url', 'site'] },
});
export type Platform = (typeof PLATFORMS.values)[number];

const lookups = new WeakMap<object, Map<string, string>>();

/** Every name of every value of a vocabulary, lower-cased, built once per vocabulary. */
function lookupOf(v: { values: string[]; terms: Record<string, Term> }): Map<string, string> {
  let m = lookups.get(v);
  if (!m) {
    m = new Map();
    for (const value of v.values) {
      const t = v.terms[value]!;
      for (const name of [value, t.zh, t.en, ...(t.aliases ?? [])]) {
        const key = name.toLowerCase();
        // The first value to claim a name keeps it (values before labels of later values).
        if (!m.has(key)) m.set(key, value);
      }
    }
    lookups.set(v, m);
  }
  return m;
}

/** Finds the value a user meant: the identifier itself, or any label or alias, case-insensitively. */
export function resolveTerm<K extends string>(
  v: { values: K[]; terms: Record<K, Term> },
  input: string,
): K | undefined {
  return lookupOf(v).get(input.trim().toLowerCase()) as K | undefined;
}
