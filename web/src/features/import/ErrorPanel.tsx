import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { AlertIcon } from '../../components/Icons';

/** What to add to the server's message, for errors whose way out is not obvious on this page. */
function explanation(e: ApiError): string | undefined {
  switch (e.code) {
    case 'ImportNotEmpty':
      return 'import.error.notEmpty';
    case 'ImportJsonAlone':
      return 'import.error.jsonAlone';
    case 'PayloadTooLarge':
      return 'import.error.tooLarge';
    case 'ImportMalformed':
      return e.details.problem === 'unknown_format' ? 'import.error.unknownFormat' : undefined;
    default:
      return undefined;
  }
}

/**
 * Why the files could not be read or imported. The server's message already names the file and
 * line in the user's language; it is shown as text, whatever the file name holds.
 */
export function ErrorPanel({
  error,
  onChooseOther,
  onRetry,
  panelRef,
}: {
  error: ApiError;
  onChooseOther: () => void;
  onRetry?: (() => void) | undefined;
  panelRef?: RefObject<HTMLDivElement | null>;
}) {
  const { t } = useTranslation();
  const more = explanation(error);
  const retryable = error.code === 'Network' || error.status >= 500 || error.status === 0;
  return (
    <div className="import-error" role="alert" ref={panelRef} tabIndex={-1}>
      <AlertIcon className="import-error-icon" />
      <div className="import-error-body">
        <h2>{t('import.error.title')}</h2>
        <p className="import-error-message">{error.message}</p>
        {more ? <p className="import-error-more">{t(more)}</p> : null}
        <div className="import-error-actions">
          <button type="button" className="button" onClick={onChooseOther}>
            {t('import.error.chooseOther')}
          </button>
          {onRetry && retryable ? (
            <button type="button" className="button button-ghost" onClick={onRetry}>
              {t('import.error.retry')}
            </button>
          ) : null}
        </div>
      </div>
    </div>
  );
}
