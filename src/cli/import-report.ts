import type { ImportIssue, ImportResult } from '../core/exchange/import.js';
import type { MatchKind } from '../core/exchange/merge.js';
import { describeIssue } from '../core/i18n/errors.js';
import type { Lang } from '../core/i18n/lang.js';
import { pc, println } from './output.js';
import type { T, TextKey } from './text.js';

/** How many lines of each list a terminal gets; --json has them all. */
const SHOWN = 20;

const FIELD: Record<string, { zh: string; en: string }> = {
  name: { zh: '名字', en: 'name' },
  nameLatin: { zh: '英文名', en: 'Latin name' },
  nicknames: { zh: '昵称', en: 'nicknames' },
  company: { zh: '公司', en: 'company' },
  title: { zh: '职位', en: 'title' },
  city: { zh: '城市', en: 'city' },
  handles: { zh: '联系方式', en: 'contact details' },
  tags: { zh: '标签', en: 'tags' },
  birthday: { zh: '生日', en: 'birthday' },
  metOn: { zh: '认识日期', en: 'met on' },
  metHow: { zh: '认识方式', en: 'how we met' },
  note: { zh: '备注', en: 'note' },
  photo: { zh: '照片', en: 'photo' },
};

const MATCH: Record<MatchKind, TextKey> = {
  uid: 'matchUid',
  email: 'matchEmail',
  phone: 'matchPhone',
  handle: 'matchHandle',
  name_company: 'matchNameCompany',
};

const FORMAT_NAMES: Record<string, string> = {
  vcard: 'vCard',
  linkedin: 'LinkedIn CSV',
  google: 'Google CSV',
  outlook: 'Outlook CSV',
  csv: 'CSV',
  xlsx: 'Excel',
  json: 'JSON',
};

/** The human report of an import (or of its dry run). */
export function printImportReport(r: ImportResult, t: T, lang: Lang): void {
  const fields = (fs: readonly string[]) =>
    fs.map((f) => FIELD[f]?.[lang] ?? f).join(lang === 'zh' ? '、' : ', ');
  const where = (x: { file: string; line: number }) =>
    t('importWhere', { file: shortName(x.file), line: x.line });
  for (const f of r.files) {
    println(
      t('importRead', {
        file: f.file,
        format: FORMAT_NAMES[f.format] ?? f.format,
        encoding: f.encoding.toUpperCase(),
        records: f.records,
      }),
    );
  }
  for (const u of r.unmappedColumns) {
    println(
      pc.yellow(
        t('importUnmapped', {
          file: shortName(u.file),
          columns: u.columns.join(lang === 'zh' ? '、' : ', '),
          example: u.columns[0],
        }),
      ),
    );
  }
  const merged = r.records.filter((x) => x.action === 'merge');
  const skipped = r.records.filter((x) => x.action === 'skip');
  const target = (x: (typeof r.records)[number]) =>
    x.personId !== undefined &&
    !r.records.some((y) => y.action === 'create' && y.personId === x.personId)
      ? `#${x.personId} ${x.matchedName ?? ''}`
      : t('importThisFile', { name: x.matchedName ?? '' });
  section(t('importMergedHead'), merged, t, (x) =>
    t('importMergedLine', {
      where: where(x),
      name: x.name,
      target: target(x),
      by: t(MATCH[x.matchedBy!]),
      changed: fields(x.changed ?? []),
      kept: x.kept?.length ? t('importKept', { fields: fields(x.kept) }) : '',
    }),
  );
  section(t('importSkippedHead'), skipped, t, (x) =>
    x.reason === 'no_name'
      ? t('importSkipNoName', { where: where(x) })
      : t('importSkipNoNew', {
          where: where(x),
          name: x.name,
          target: target(x),
          by: t(MATCH[x.matchedBy!]),
        }),
  );
  section(t('importIssuesHead'), r.errors, t, (i) =>
    t('importIssue', { where: where(i), name: i.name, problem: issueText(i, t, lang) }),
  );
  println();
  println(
    pc.bold(t('importSummary', { created: r.created, merged: r.merged, skipped: r.skipped })),
  );
  println(r.dryRun ? pc.yellow(t('importDryRun')) : t('importDone'));
}

function section<X>(head: string, items: readonly X[], t: T, line: (x: X) => string): void {
  if (items.length === 0) return;
  println();
  println(pc.bold(head));
  for (const x of items.slice(0, SHOWN)) println(`  ${line(x)}`);
  if (items.length > SHOWN) println(pc.dim(`  ${t('importMore', { n: items.length - SHOWN })}`));
}

function issueText(i: ImportIssue, t: T, lang: Lang): string {
  if (i.problem === 'photo_too_large') return t('issuePhotoTooLarge');
  if (i.problem === 'unknown_value')
    return t('issueUnknownValue', { field: FIELD[i.field]?.[lang] ?? i.field, value: i.value });
  return describeIssue({ ...i, problem: i.problem }, lang);
}

/** Paths are long; the file name is what the user recognises in a list. */
function shortName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
