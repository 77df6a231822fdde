import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IMPORT_FORMATS } from '../../../../src/formats/contacts/record.js';
import type { ImportFormat } from '../../api/types';
import { Options } from '../../components/Choice';
import { FieldFrame } from '../../components/Field';

export interface ImportSettings {
  format: ImportFormat;
  overwrite: boolean;
  sheet: string;
}

export const DEFAULT_SETTINGS: ImportSettings = { format: 'auto', overwrite: false, sheet: '' };

/** Format, overwrite and sheet: folded away, since detection is right nearly always. */
export function ImportOptions({
  value,
  onValue,
  disabled,
  open,
  onToggle,
}: {
  value: ImportSettings;
  onValue: (v: ImportSettings) => void;
  disabled: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <details
      className="import-options"
      open={open}
      onToggle={(e) => onToggle(e.currentTarget.open)}
    >
      <summary>{t('import.options.summary')}</summary>
      <fieldset className="import-options-body" disabled={disabled}>
        <legend className="visually-hidden">{t('import.options.summary')}</legend>
        <FieldFrame label={t('import.options.format')} hint={t('import.options.formatHint')}>
          {(wiring) => (
            <select
              {...wiring}
              value={value.format}
              onChange={(e) => onValue({ ...value, format: e.target.value as ImportFormat })}
            >
              <Options
                options={IMPORT_FORMATS.map((f) => ({
                  value: f,
                  label: t(`import.options.formats.${f}`),
                }))}
              />
            </select>
          )}
        </FieldFrame>
        <FieldFrame label={t('import.options.sheet')} hint={t('import.options.sheetHint')}>
          {(wiring) => (
            <input
              {...wiring}
              type="text"
              value={value.sheet}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => onValue({ ...value, sheet: e.target.value })}
            />
          )}
        </FieldFrame>
        <div className="field field-wide">
          <label className="check">
            <input
              type="checkbox"
              checked={value.overwrite}
              aria-describedby={`${id}-overwrite`}
              onChange={(e) => onValue({ ...value, overwrite: e.target.checked })}
            />
            <span>{t('import.options.overwrite')}</span>
          </label>
          <p className="hint" id={`${id}-overwrite`}>
            {t('import.options.overwriteHint')}
          </p>
        </div>
      </fieldset>
    </details>
  );
}
