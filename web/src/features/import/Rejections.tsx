import { useTranslation } from 'react-i18next';
import { AlertIcon } from '../../components/Icons';
import { useLang } from '../../lib/useLang';
import { MAX_BYTES, formatSize, type Rejected } from './files';

/** Files refused before anything was sent, each with what to do instead. */
export function Rejections({
  rejected,
  tooLarge,
}: {
  rejected: readonly Rejected[];
  /** The total size that went over the limit, if the last pick did. */
  tooLarge: number | null;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const locale = lang === 'zh' ? 'zh-CN' : 'en';
  if (rejected.length === 0 && tooLarge === null) return null;
  return (
    <div className="import-rejected" role="alert">
      <AlertIcon className="import-error-icon" />
      <div>
        <h2>{t('import.reject.title')}</h2>
        <ul>
          {tooLarge !== null ? (
            <li>
              {t('import.reject.tooLarge', {
                size: formatSize(tooLarge, locale),
                max: formatSize(MAX_BYTES, locale),
              })}
            </li>
          ) : null}
          {rejected.map((r) => (
            <li key={`${r.name}-${r.reason}`}>
              {t(`import.reject.${r.reason}`, { name: r.name })}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
