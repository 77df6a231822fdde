import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAPPABLE_FIELDS } from '../../../../src/formats/contacts/record.js';
import type { ImportResult } from '../../api/types';
import { useFieldLabel } from './RecordLists';

/**
 * Columns the server found no field for, each with a field to assign it to, and the columns
 * assigned so far (so a wrong choice can be taken back). Assignments apply to every file.
 */
export function Unmapped({
  unmapped,
  map,
  busy,
  onApply,
}: {
  unmapped: ImportResult['unmappedColumns'];
  map: Readonly<Record<string, string>>;
  busy: boolean;
  onApply: (map: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const id = useId();
  const columns = [...new Set(unmapped.flatMap((u) => u.columns))].filter((c) => !(c in map));
  const [draft, setDraft] = useState<Record<string, string>>({});
  const chosen = Object.entries(draft).filter(([c, f]) => f !== '' && columns.includes(c));
  const assigned = Object.entries(map);
  if (columns.length === 0 && assigned.length === 0) return null;

  return (
    <section className="card import-unmapped" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {columns.length > 0 ? t('import.unmapped.title') : t('import.unmapped.titleAssigned')}
      </h2>
      {columns.length > 0 ? (
        <>
          <p className="hint">{t('import.unmapped.hint')}</p>
          <div className="unmapped-grid">
            {columns.map((c, i) => (
              <div className="field" key={c}>
                <label htmlFor={`${id}-${i}`}>{t('import.unmapped.column', { column: c })}</label>
                <select
                  id={`${id}-${i}`}
                  value={draft[c] ?? ''}
                  disabled={busy}
                  onChange={(e) => setDraft({ ...draft, [c]: e.target.value })}
                >
                  <option value="">{t('import.unmapped.leave')}</option>
                  {MAPPABLE_FIELDS.map((f) => (
                    <option key={f} value={f}>
                      {label(f)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
        </>
      ) : null}
      {assigned.length > 0 ? (
        <div className="unmapped-assigned">
          <span className="plan-label">{t('import.unmapped.mapped')}</span>
          <ul className="assigned-list">
            {assigned.map(([c, f]) => (
              <li key={c} className="assigned">
                <span>
                  {c} → {label(f)}
                </span>
                <button
                  type="button"
                  className="icon-button"
                  disabled={busy}
                  aria-label={t('import.unmapped.unmap', { column: c })}
                  title={t('import.unmapped.unmap', { column: c })}
                  onClick={() => {
                    const next = { ...map };
                    delete next[c];
                    onApply(next);
                  }}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {columns.length > 0 ? (
        <div className="unmapped-actions">
          <button
            type="button"
            className="button"
            disabled={busy || chosen.length === 0}
            onClick={() => {
              setDraft({});
              onApply({ ...map, ...Object.fromEntries(chosen) });
            }}
          >
            {t('import.unmapped.apply')}
          </button>
        </div>
      ) : null}
    </section>
  );
}
