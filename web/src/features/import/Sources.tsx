import { useId } from 'react';
import { useTranslation } from 'react-i18next';

const SOURCES = ['vcard', 'linkedin', 'google', 'xlsx', 'json'] as const;

/** What Tongxing reads, and where each file comes from. */
export function Sources() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="card import-sources" aria-labelledby={id}>
      <h2 id={id}>{t('import.sources.title')}</h2>
      <ul className="source-list">
        {SOURCES.map((s) => (
          <li key={s} className="source">
            <strong className="source-name">{t(`import.sources.${s}.name`)}</strong>
            <span className="source-how">{t(`import.sources.${s}.how`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
