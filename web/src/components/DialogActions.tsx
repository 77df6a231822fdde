import { useTranslation } from 'react-i18next';

/**
 * The end of a dialog's form: what went wrong (when something did), then Cancel and the submit
 * button, which says it is saving and cannot be pressed again while the request runs.
 */
export function DialogActions({
  submitLabel,
  busy,
  error,
  onCancel,
}: {
  submitLabel: string;
  busy: boolean;
  /** Shown above the buttons and announced; empty or undefined shows nothing. */
  error?: string | undefined;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
      </div>
    </>
  );
}
