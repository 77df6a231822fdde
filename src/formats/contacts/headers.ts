import { PLATFORMS, type Platform } from '../../core/vocab.js';
import type { MappableField } from './record.js';

/**
 * What a column can hold. Beyond the `--map` fields: a middle name, a postal address (kept only
 * for its city), our own export's `platform:value; …` list, and one column per platform.
 */
export type ColumnField =
  MappableField | 'middleName' | 'address' | 'handles' | `handle:${Platform}`;

/**
 * Header text as a lookup key: full-width folded to half-width (NFKC), lowercase, without spaces,
 * punctuation or symbols (`E-mail` = `email`, `手机：` = `手机`, `Job Title` = `jobtitle`).
 */
export function normalizeHeader(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');
}

/** Headers as contact files write them, zh and en; keys are normalised when the table is built. */
// prettier-ignore
const SYNONYMS: Partial<Record<ColumnField, readonly string[]>> = {
  name: [
    '姓名', '名字', '全名', '联系人', '联系人姓名', '客户姓名', '中文名', '中文姓名', '显示名称',
    '成员姓名', 'Name', 'Full Name', 'Display Name', 'Contact Name',
  ],
  firstName: ['名', 'First Name', 'Given Name', 'Forename', 'First'],
  middleName: ['中间名', 'Middle Name', 'Additional Name'],
  lastName: ['姓', '姓氏', 'Last Name', 'Surname', 'Family Name', 'Last'],
  nameLatin: ['英文名', '英文姓名', '英文名字', '外文名', 'English Name', 'Latin name'],
  phonetic: ['拼音', '姓名拼音', 'Pinyin', 'Phonetic', 'Phonetic Name', 'Yomi Name'],
  nicknames: ['昵称', '别名', '网名', '花名', 'Nickname', 'Nick', 'Alias', 'Short Name'],
  company: [
    '公司', '单位', '公司名称', '单位名称', '工作单位', '企业', '企业名称', '机构', '组织', '所在公司',
    'Company', 'Company Name', 'Organization', 'Organisation', 'Organization Name', 'Employer',
  ],
  department: ['部门', '所在部门', 'Department', 'Dept', 'Organization Department'],
  title: [
    '职位', '职务', '头衔', '岗位', '职称', '对外职务', 'Title', 'Job Title', 'Position', 'Role',
    'Organization Title',
  ],
  city: ['城市', '所在城市', '所在地', '地区', 'City', 'Location', 'Town'],
  address: [
    '地址', '公司地址', '单位地址', '办公地址', '家庭地址', '住址', '通讯地址', '联系地址',
    'Address', 'Home Address', 'Work Address', 'Business Address', 'Street Address',
  ],
  email: [
    '邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址', '电子邮件地址', '个人邮箱', '企业邮箱',
    '工作邮箱', 'Email', 'E-mail', 'Mail', 'Email Address', 'E-mail Address', 'Primary Email',
    'Work Email', 'Home Email', 'Personal Email',
  ],
  phone: [
    '手机', '手机号', '手机号码', '电话', '电话号码', '移动电话', '办公电话', '座机', '固话',
    '固定电话', '工作电话', '联系电话', '公司电话', '单位电话', '住宅电话', '家庭电话', '分机号',
    'Mobile', 'Mobile Phone', 'Mobile Number', 'Phone', 'Phone Number', 'Cell', 'Cell Phone',
    'Telephone', 'Tel', 'Work Phone', 'Home Phone', 'Business Phone', 'Primary Phone',
  ],
  wechat: ['微信', '微信号', '微信账号', '微信ID', 'WeChat', 'WeChat ID', 'Weixin', 'WX'],
  qq: ['QQ', 'QQ号', 'QQ号码'],
  weibo: ['微博', '新浪微博', '微博账号', 'Weibo'],
  website: [
    '网址', '主页', '网站', '个人主页', '个人网站', '公司网址', '公司网站', '博客', '作品集',
    'Website', 'Web Site', 'URL', 'Homepage', 'Home Page', 'Web Page', 'Web', 'Blog', 'Portfolio',
  ],
  handles: ['其他账号', 'Other handles', '社交账号', 'Social Profiles'],
  tags: [
    '标签', '分组', '分类', '类别', '群组', 'Tags', 'Tag', 'Labels', 'Label', 'Groups', 'Group',
    'Group Membership', 'Categories', 'Category',
  ],
  birthday: [
    '生日', '出生日期', '出生年月日', '公历生日', 'Birthday', 'Birth Date', 'Birthdate',
    'Date of Birth', 'DOB',
  ],
  metOn: ['认识日期', '相识日期', '认识时间', 'Met on', 'Connected On', 'Date Met'],
  note: [
    '备注', '附注', '说明', '描述', '简介', '个人简介', 'Notes', 'Note', 'Comments', 'Comment',
    'Remarks', 'Description', 'Memo',
  ],
  ignore: [
    // Fax numbers are not a way to reach a person any more.
    '传真', '传真号码', 'Fax', 'Business Fax', 'Home Fax',
    // WeCom's 账号 is the company's internal user ID, not a WeChat ID anyone can add.
    '账号', '帐号', '性别', 'Gender', 'Sex', '序号', '编号', 'No', '激活状态', '禁用状态', '状态',
    '视频号', '创建时间', '更新时间', '修改时间', '名片图片', '名片正面', '名片背面', 'Photo',
    // Our own export: columns an import has no field for.
    'ID', '层级', 'Tier', '阶段', 'Stage', '领域', 'Disciplines', '技能', 'Skills', '需要', 'Needs',
    '能提供', 'Offers', '想认识', 'Seeking', '认识地点', 'Met at', '介绍人', 'Introduced by',
    '上次联系', 'Last contact', '下次联系', 'Next due',
  ],
};

/** Platforms without a `--map` field of their own, by every name and alias vocab.ts knows. */
function platformSynonyms(): [string, ColumnField][] {
  const own = new Set<Platform>(['wechat', 'qq', 'weibo', 'website', 'email', 'phone', 'x']);
  const out: [string, ColumnField][] = [['Twitter', 'handle:x']];
  for (const p of PLATFORMS.values) {
    if (own.has(p)) continue;
    const t = PLATFORMS.terms[p];
    for (const n of [p, t.zh, t.en, ...(t.aliases ?? [])]) {
      // One- and two-letter aliases (ig) are too likely to mean something else in a header.
      if (normalizeHeader(n).length > 2) out.push([n, `handle:${p}`]);
    }
  }
  return out;
}

const TABLE: ReadonlyMap<string, ColumnField> = (() => {
  const m = new Map<string, ColumnField>();
  for (const [field, names] of Object.entries(SYNONYMS) as [ColumnField, string[]][]) {
    for (const n of names) m.set(normalizeHeader(n), field);
  }
  for (const [n, field] of platformSynonyms())
    if (!m.has(normalizeHeader(n))) m.set(normalizeHeader(n), field);
  return m;
})();

/** Bracketed remarks: `手机（必填）`, `生日(yyyy-mm-dd)`, `【邮箱】` is still 邮箱. */
const REMARK = /[(（[【][^)）\]】]*[)）\]】]/g;

/**
 * The field a header names through the synonym table, or undefined. Tries the header as written,
 * then without bracketed remarks, then without digits (`Phone 2` = `Phone`).
 */
export function fieldOfHeader(header: string): ColumnField | undefined {
  const key = normalizeHeader(header);
  if (key === '') return undefined;
  const found = TABLE.get(key);
  if (found) return found;
  const bare = normalizeHeader(header.replace(REMARK, ''));
  const noDigits = bare.replace(/\d+/g, '');
  const guess = TABLE.get(bare) ?? TABLE.get(noDigits);
  if (guess) return guess;
  return /传真|fax/.test(key) ? 'ignore' : undefined;
}

/** Name-ish fields: a header row has at least one of them. */
export const NAME_FIELDS: ReadonlySet<ColumnField> = new Set([
  'name',
  'firstName',
  'lastName',
  'nameLatin',
]);

/** How far down a dialect's header may sit (LinkedIn's preamble is a few rows). */
export const HEADER_SEARCH_ROWS = 30;

/** The index of the first of the top `limit` rows that satisfies `isHeader`, or -1. */
export function findHeaderRow(
  rows: readonly { cells: string[] }[],
  isHeader: (keys: string[]) => boolean,
  limit = HEADER_SEARCH_ROWS,
): number {
  const n = Math.min(rows.length, limit);
  for (let r = 0; r < n; r++) {
    if (isHeader(rows[r]!.cells.map(normalizeHeader))) return r;
  }
  return -1;
}
