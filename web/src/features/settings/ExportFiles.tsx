import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { ExportFormat } from '../../api/types';
import { useLang } from '../../lib/useLang';
import { Card } from './SettingsCard';

const FORMATS: ExportFormat[] = ['vcard', 'csv', 'json', 'ics'];

/** `tongxing export` as downloads: the server names the file tongxing-YYYY-MM-DD.ext. */
export function ExportFiles() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  return (
    <Card id={`${id}-title`} title={t('settings.export.title')} hint={t('settings.export.hint')}>
      <ul className="export-list">
        {FORMATS.map((f) => (
          <li key={f}>
            <a className="button" href={api.exportUrl(f, lang)} download>
              {t(`settings.export.${f}`)}
            </a>
            <span className="hint">{t(`settings.export.${f}Hint`)}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
