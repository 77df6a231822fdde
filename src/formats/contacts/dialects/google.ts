import { PLATFORMS, resolveTerm, type Platform } from '../../../core/vocab.js';
import { malformed } from '../decode.js';
import type { Draft } from '../fields.js';
import {
  HEADER_SEARCH_ROWS,
  fieldOfHeader,
  findHeaderRow,
  normalizeHeader,
  type ColumnField,
} from '../headers.js';
import { HANDLE_SEPARATORS, platformOfUrl, splitValues } from '../values.js';
import { draftRecords, RowStream, type TableBody, type TableRow } from './rows.js';

type Simple = ColumnField | 'labels' | 'phoneticFirst' | 'phoneticMiddle' | 'phoneticLast';

/** Columns that are not numbered groups, current and legacy layouts, by normalised header. */
const SIMPLE: Record<string, Simple> = {
  name: 'name',
  firstname: 'firstName',
  givenname: 'firstName',
  middlename: 'middleName',
  additionalname: 'middleName',
  lastname: 'lastName',
  familyname: 'lastName',
  phoneticfirstname: 'phoneticFirst',
  givennameyomi: 'phoneticFirst',
  phoneticmiddlename: 'phoneticMiddle',
  additionalnameyomi: 'phoneticMiddle',
  phoneticlastname: 'phoneticLast',
  familynameyomi: 'phoneticLast',
  yominame: 'phonetic',
  nickname: 'nicknames',
  shortname: 'nicknames',
  organizationname: 'company',
  organizationtitle: 'title',
  organizationdepartment: 'department',
  birthday: 'birthday',
  notes: 'note',
  labels: 'labels',
  groupmembership: 'labels',
};

/** Columns Google writes that hold nothing we keep; not reported as unmapped. */
const IGNORED = new Set(
  [
    'Name Prefix',
    'Name Suffix',
    'File As',
    'Photo',
    'Initials',
    'Maiden Name',
    'Gender',
    'Location',
    'Billing Information',
    'Directory Server',
    'Mileage',
    'Occupation',
    'Hobby',
    'Sensitivity',
    'Priority',
    'Subject',
    'Language',
  ].map(normalizeHeader),
);

/** `E-mail 1 - Value` → type `email`, number 1, part `value`. */
const GROUP = /^(.+?)\s+(\d+)\s+-\s+(.+)$/;

interface Group {
  type: string;
  parts: Map<string, number>;
}

/** A Google export's header: numbered `E-mail 1 - Value`-style groups, or its label column. */
export function isGoogleHeader(keys: readonly string[]): boolean {
  const named = keys.some((k) => k === 'firstname' || k === 'givenname' || k === 'name');
  if (!named) return false;
  if (keys.some((k) => /^(email|phone|website|customfield|organization)\d+value$/.test(k))) {
    return true;
  }
  return (
    (keys.includes('labels') && keys.includes('fileas')) ||
    (keys.includes('groupmembership') && keys.includes('givenname'))
  );
}

/** A label that names a platform: `WeChat`, `微信`, `QQ号`, `Weibo`, `LinkedIn` … */
function platformOfLabel(label: string): Platform | undefined {
  const l = label.replace(/^\*\s*/, '').trim();
  if (l === '') return undefined;
  const f = fieldOfHeader(l);
  if (f === 'wechat' || f === 'qq' || f === 'weibo' || f === 'website') return f;
  if (f?.startsWith('handle:')) return f.slice('handle:'.length) as Platform;
  return resolveTerm(PLATFORMS, l);
}

const isPrimary = (label: string): boolean => label.trimStart().startsWith('*');

/** Labels: ` ::: `-joined; system labels (`* myContacts`, `* starred`) are not tags. */
function addLabels(draft: Draft, raw: string): void {
  for (const l of raw.split(/ ::: |\r?\n/)) {
    const t = l.trim();
    if (t && !t.startsWith('*') && !/^System Group:/i.test(t)) draft.tag(t);
  }
}

function readGroup(draft: Draft, g: Group, cells: readonly string[]): void {
  const part = (name: string): string => {
    const j = g.parts.get(name);
    return j === undefined ? '' : (cells[j] ?? '').trim();
  };
  const label = part('label') || part('type');
  const value = part('value');
  switch (g.type) {
    case 'email':
      return value ? draft.email(value, isPrimary(label)) : undefined;
    case 'phone':
      return value ? draft.phone(value, isPrimary(label)) : undefined;
    case 'address':
      draft.add('city', part('city'));
      draft.add('address', part('formatted'));
      return;
    case 'organization':
      draft.add('company', part('name'));
      draft.add('title', part('title'));
      draft.add('department', part('department'));
      return;
    case 'website':
    case 'customfield':
    case 'im':
    case 'instantmessage': {
      let named = platformOfLabel(part('service')) ?? platformOfLabel(label);
      // `Blog`, `Home Page`: the address itself may still say LinkedIn or Behance.
      if (named === 'website') named = undefined;
      // A custom field that names no platform (`Spouse birthday`) is not a handle.
      if (!named && g.type !== 'website') return;
      for (const v of splitValues(value, HANDLE_SEPARATORS))
        draft.handle(named ?? platformOfUrl(v), v);
      return;
    }
    default:
      // Events, relations, external IDs: nothing we keep.
      return;
  }
}

/**
 * Google Contacts CSV, current (`First Name`, `Labels`, `E-mail 1 - Label`) and legacy (`Name`,
 * `Given Name`, `Group Membership`, `E-mail 1 - Type`) layouts. Numbered groups are read by header
 * name, however many there are; a `* ` label marks the primary e-mail or phone (put first).
 */
export function readGoogle(rows: Iterable<TableRow>, file: string): TableBody {
  const stream = new RowStream(rows, HEADER_SEARCH_ROWS);
  let at = findHeaderRow(stream.top, isGoogleHeader);
  if (at < 0) {
    at = findHeaderRow(stream.top, (keys) => keys.some((k) => k === 'firstname' || k === 'name'));
  }
  if (at < 0) throw malformed(file, 'no_header', 1);
  const header = stream.top[at]!.cells;
  const simple: (Simple | undefined)[] = [];
  const groups = new Map<string, Group>();
  const unmappedColumns: string[] = [];
  header.forEach((h, j) => {
    const g = GROUP.exec(h.trim());
    if (g) {
      const key = `${normalizeHeader(g[1]!)} ${g[2]!}`;
      const group = groups.get(key) ?? { type: normalizeHeader(g[1]!), parts: new Map() };
      group.parts.set(normalizeHeader(g[3]!), j);
      groups.set(key, group);
      return;
    }
    const k = normalizeHeader(h);
    simple[j] = SIMPLE[k];
    if (!SIMPLE[k] && k !== '' && !IGNORED.has(k)) unmappedColumns.push(h.trim());
  });

  const records = draftRecords(stream.after(at), (draft, row) => {
    row.cells.forEach((cell, j) => {
      const f = simple[j];
      if (f === undefined) return;
      if (f === 'labels') addLabels(draft, cell);
      else if (f === 'phoneticFirst') draft.phonetic('first', cell.trim());
      else if (f === 'phoneticMiddle') draft.phonetic('middle', cell.trim());
      else if (f === 'phoneticLast') draft.phonetic('last', cell.trim());
      else draft.add(f, cell);
    });
    for (const g of groups.values()) readGroup(draft, g, row.cells);
  });
  return { records, unmappedColumns };
}
