import { useState, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ImportIssue, ImportRecordResult } from '../../api/types';
import { useNumber } from './Counts';

/** Rows shown at first and added by each "show more": long address books stay quick to render. */
export const PAGE = 50;

/** A list that shows `PAGE` rows and grows by as many on request. */
export function Paged<T>({
  items,
  render,
  rowKey,
  className,
}: {
  items: readonly T[];
  render: (item: T) => ReactNode;
  rowKey: (item: T, i: number) => string;
  className?: string;
}) {
  const { t } = useTranslation();
  const num = useNumber();
  const [shown, setShown] = useState(PAGE);
  const visible = items.slice(0, shown);
  const rest = items.length - visible.length;
  return (
    <>
      <ul className={`plan-list${className ? ` ${className}` : ''}`}>
        {visible.map((item, i) => (
          <li key={rowKey(item, i)} className="plan-row">
            {render(item)}
          </li>
        ))}
      </ul>
      {rest > 0 ? (
        <div className="list-more">
          <span className="muted small">
            {t('import.plan.shown', { shown: num(visible.length), total: num(items.length) })}
          </span>
          <button type="button" className="button" onClick={() => setShown((n) => n + PAGE)}>
            {t('import.plan.showMore', { count: Math.min(PAGE, rest) })}
          </button>
        </div>
      ) : null}
    </>
  );
}

/** A field's name in the UI language (`company` → 公司); unknown names are shown as they are. */
export function useFieldLabel(): (field: string) => string {
  const { t } = useTranslation();
  return (field) => t(`import.fields.${field}`, { defaultValue: field });
}

/** Where a record is: its line, and the file too when several were sent. */
function Where({ r, manyFiles }: { r: { file: string; line: number }; manyFiles: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="plan-where">
      {manyFiles
        ? t('import.plan.fileLine', { file: r.file, line: r.line })
        : t('import.plan.line', { line: r.line })}
    </span>
  );
}

/** A record's name, or a placeholder for a record without one. */
function RecordName({ name }: { name: string }) {
  const { t } = useTranslation();
  return name.trim() ? (
    <span className="plan-name">{name}</span>
  ) : (
    <span className="plan-name muted">{t('import.plan.reasons.no_name')}</span>
  );
}

/** A person already stored links to their page; one the import would create has no page yet. */
function PersonName({ id, name }: { id: number | undefined; name: string }) {
  return id === undefined ? (
    <span className="plan-name">{name}</span>
  ) : (
    <Link to="/people/$id" params={{ id: String(id) }} className="plan-name person-link">
      {name}
    </Link>
  );
}

export function CreateRow({ r, manyFiles }: { r: ImportRecordResult; manyFiles: boolean }) {
  return (
    <div className="plan-row-main">
      <PersonName id={r.personId} name={r.name} />
      <Where r={r} manyFiles={manyFiles} />
    </div>
  );
}

export function MergeRow({ r, manyFiles }: { r: ImportRecordResult; manyFiles: boolean }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const changed = r.changed ?? [];
  const kept = r.kept ?? [];
  const target = r.matchedName ?? r.name;
  return (
    <>
      <div className="plan-row-main">
        {target === r.name ? (
          <PersonName id={r.personId} name={r.name} />
        ) : (
          <>
            <RecordName name={r.name} />
            <span className="plan-into">
              <span className="muted">{t('import.plan.into')}</span>{' '}
              <PersonName id={r.personId} name={target} />
            </span>
          </>
        )}
        <Where r={r} manyFiles={manyFiles} />
      </div>
      <div className="plan-row-detail">
        {r.matchedBy ? (
          <span className="badge plan-match">{t(`import.plan.matchedBy.${r.matchedBy}`)}</span>
        ) : null}
        <span>
          <span className="plan-label">{t('import.plan.added')}</span>
          {changed.length > 0 ? (
            changed.map(label).join(t('import.listSeparator'))
          ) : (
            <span className="muted">{t('import.plan.nothingAdded')}</span>
          )}
        </span>
        {kept.length > 0 ? (
          <span>
            <span className="plan-label">{t('import.plan.kept')}</span>
            {kept.map(label).join(t('import.listSeparator'))}
          </span>
        ) : null}
      </div>
    </>
  );
}

export function SkipRow({ r, manyFiles }: { r: ImportRecordResult; manyFiles: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="plan-row-main">
      <RecordName name={r.reason === 'no_name' ? '' : r.name} />
      {r.reason && r.reason !== 'no_name' ? (
        <span className="badge plan-reason">{t(`import.plan.reasons.${r.reason}`)}</span>
      ) : null}
      <Where r={r} manyFiles={manyFiles} />
    </div>
  );
}

const KNOWN_PROBLEMS = new Set([
  'too_long',
  'too_many',
  'invalid_date',
  'invalid_value',
  'invalid_format',
  'photo_too_large',
  'unknown_value',
]);

export function IssueRow({ e, manyFiles }: { e: ImportIssue; manyFiles: boolean }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const problem = KNOWN_PROBLEMS.has(e.problem) ? e.problem : 'other';
  return (
    <>
      <div className="plan-row-main">
        <RecordName name={e.name} />
        <Where r={e} manyFiles={manyFiles} />
      </div>
      <div className="plan-row-detail">
        <span>
          <span className="plan-label">{label(e.field)}</span>
          {t(`import.plan.problems.${problem}`, { max: e.max ?? '' })}
        </span>
        {e.value ? <q className="plan-value">{e.value}</q> : null}
      </div>
    </>
  );
}
