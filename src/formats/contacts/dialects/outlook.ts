import { malformed } from '../decode.js';
import type { Draft } from '../fields.js';
import {
  HEADER_SEARCH_ROWS,
  findHeaderRow,
  normalizeHeader,
  type ColumnField,
} from '../headers.js';
import { splitValues } from '../values.js';
import { draftRecords, RowStream, type TableBody, type TableRow } from './rows.js';

type Column =
  | { kind: 'field'; field: ColumnField }
  | { kind: 'phone'; rank: number }
  | { kind: 'phonetic'; part: 'first' | 'last' }
  | { kind: 'categories' };

const field = (f: ColumnField): Column => ({ kind: 'field', field: f });

/** Numbers in the order a person is best reached; the order of the columns is not that. */
const PHONES: [string[], number][] = [
  [['Mobile Phone', '移动电话'], 0],
  [['Primary Phone', '主要电话'], 1],
  [['Business Phone', '商务电话'], 2],
  [['Business Phone 2', '商务电话 2'], 3],
  [['Home Phone', '住宅电话'], 4],
  [['Home Phone 2', '住宅电话 2'], 5],
  [['Company Main Phone', '单位主要电话'], 6],
  [['Other Phone', '其他电话'], 7],
  [['Car Phone', '车载电话'], 8],
  [['Radio Phone', '无绳电话'], 9],
  [['ISDN'], 10],
];

/**
 * Outlook's columns in English and in Chinese Outlook (which localises its CSV headers). `Title`
 * is the honorific (Mr., 英文称谓), not the job; fax, pager and assistant numbers are left out.
 */
const COLUMNS: ReadonlyMap<string, Column> = (() => {
  const m = new Map<string, Column>();
  const set = (names: string[], c: Column): void => {
    for (const n of names) m.set(normalizeHeader(n), c);
  };
  set(['First Name', '名'], field('firstName'));
  set(['Middle Name', '中间名'], field('middleName'));
  set(['Last Name', '姓'], field('lastName'));
  set(['Nickname', '昵称'], field('nicknames'));
  set(['Given Yomi'], { kind: 'phonetic', part: 'first' });
  set(['Surname Yomi'], { kind: 'phonetic', part: 'last' });
  set(['Company', '单位', '公司'], field('company'));
  set(['Department', '部门'], field('department'));
  set(['Job Title', '职务'], field('title'));
  set(
    [
      'Business City',
      'Home City',
      'Other City',
      '商务地址 市/县',
      '住宅地址 市/县',
      '其他地址 市/县',
    ],
    field('city'),
  );
  set(['Business Address', 'Home Address', 'Other Address'], field('address'));
  set(
    [
      'E-mail Address',
      'E-mail 2 Address',
      'E-mail 3 Address',
      '电子邮件地址',
      '电子邮件 2 地址',
      '电子邮件 3 地址',
    ],
    field('email'),
  );
  for (const [names, rank] of PHONES) set(names, { kind: 'phone', rank });
  set(['Birthday', '生日'], field('birthday'));
  set(['Categories', '类别'], { kind: 'categories' });
  set(['Notes', '附注', '备注'], field('note'));
  set(['Web Page', 'Personal Web Page', '网页'], field('website'));
  return m;
})();

/** Everything else the three layouts write, so that it is not reported as unmapped. */
const KNOWN_IGNORED =
  /^(title|suffix|initials|street|state|postalcode|country|region|pobox|fax|pager|callback|telex|tty|assistant|manager|spouse|children|account|anniversary|billing|directoryserver|gender|government|hobby|freebusy|internetfreebusy|keywords|language|location|mileage|officelocation|organizationalid|priority|private|profession|referredby|sensitivity|user\d|yomi|schools|imaddress|companyyomi)|(street\d?|state|postalcode|countryregion|country|pobox|fax|emailtype|emaildisplayname|type|displayname|idnumber|yomi)$|英文称谓|称谓|街道|省市自治区|邮政编码|国家地区|邮箱$|传真|寻呼|回电话|电报|助理|经理|配偶|子女|帐户|账户|纪念日|记帐|目录服务器|性别|身份证|业余爱好|缩写|忙闲|关键词|语言|地点|里程|工作证|优先级|私有|职业|引用者|敏感度|用户\d|类型|显示名|tdd/;

/** Which Outlook wrote the file: desktop (92 columns), Outlook.com (61) or Google's "Outlook CSV" (88). */
export type OutlookLayout = 'desktop' | 'outlook.com' | 'google';

const DESKTOP_MARKERS = ['emailtype', 'emaildisplayname', '电子邮件类型'];

/** The header of an Outlook export (English or Chinese Outlook), by its normalised cells. */
export function isOutlookHeader(keys: readonly string[]): boolean {
  const has = (k: string): boolean => keys.includes(k);
  if (has('firstname') && has('lastname')) {
    return ['emailaddress', 'jobtitle', 'businessphone', 'mobilephone', 'homephone'].some(has);
  }
  if (has('名') && has('姓')) {
    return (
      ['电子邮件地址', '商务电话', '移动电话', '住宅电话', '附注', '英文称谓'].filter(has).length >=
      2
    );
  }
  return false;
}

/** Tells the three layouts apart by their header. */
export function outlookLayout(keys: readonly string[]): OutlookLayout {
  if (keys.includes('givenyomi') || keys.includes('surnameyomi')) return 'outlook.com';
  if (keys.some((k) => DESKTOP_MARKERS.includes(k)) || keys[0] === 'title') return 'desktop';
  return keys.includes('homeaddress') || keys.includes('initials') ? 'google' : 'desktop';
}

/** Categories: `;` (desktop, Google's Outlook CSV) or ` ::: `; Google's system groups dropped. */
function addCategories(draft: Draft, raw: string): void {
  for (const c of splitValues(raw, /[;；]/)) {
    if (!c.startsWith('*') && c !== 'myContacts' && c !== 'starred') draft.tag(c);
  }
}

/**
 * Outlook CSV in its three layouts, English or Chinese headers (Chinese Outlook writes GBK and
 * dates like `1985/3/15`; English ones `3/15/1985`; empty dates `0/0/00`).
 */
export function readOutlook(rows: Iterable<TableRow>, file: string): TableBody {
  const stream = new RowStream(rows, HEADER_SEARCH_ROWS);
  let at = findHeaderRow(stream.top, isOutlookHeader);
  if (at < 0) {
    at = findHeaderRow(
      stream.top,
      (keys) => keys.includes('firstname') || keys.includes('lastname'),
    );
  }
  if (at < 0) throw malformed(file, 'no_header', 1);
  const header = stream.top[at]!.cells;
  const columns = header.map((h) => COLUMNS.get(normalizeHeader(h)));
  const unmappedColumns = header
    .filter((h, j) => {
      const k = normalizeHeader(h);
      return columns[j] === undefined && k !== '' && !KNOWN_IGNORED.test(k);
    })
    .map((h) => h.trim());

  const records = draftRecords(stream.after(at), (draft, row) => {
    const phones: [number, string][] = [];
    row.cells.forEach((cell, j) => {
      const c = columns[j];
      if (!c || cell.trim() === '') return;
      if (c.kind === 'field') draft.add(c.field, cell);
      else if (c.kind === 'phone') phones.push([c.rank, cell]);
      else if (c.kind === 'phonetic') draft.phonetic(c.part, cell.trim());
      else addCategories(draft, cell);
    });
    for (const [, p] of phones.sort((a, b) => a[0] - b[0])) draft.phone(p);
  });
  return { records, unmappedColumns };
}
