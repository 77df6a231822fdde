import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../../api/client';

/**
 * A determinate bar while the files are sent, then an indeterminate one while the server reads
 * (a preview) or writes (an import). The text is a live region; the bar itself is not, or screen
 * readers would call out every percent.
 */
export function Progress({ progress, dryRun }: { progress: UploadProgress; dryRun: boolean }) {
  const { t } = useTranslation();
  const percent =
    progress === null || progress.total === 0
      ? null
      : Math.min(100, Math.round((progress.loaded / progress.total) * 100));
  const text =
    percent === null
      ? dryRun
        ? t('import.progress.reading')
        : t('import.progress.importing')
      : t('import.progress.uploading', { percent });
  return (
    <div className="import-progress">
      {/* Without a value, <progress> is indeterminate; a new element, so no stale value stays. */}
      <progress
        key={percent === null ? 'working' : 'sending'}
        className="progress-bar"
        aria-label={t('import.progress.label')}
        aria-valuetext={text}
        max={100}
        value={percent ?? undefined}
      />
      <p className="progress-text" role="status">
        {text}
      </p>
    </div>
  );
}
