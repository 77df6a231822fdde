import { useEffect, useId, useRef, useState, type DragEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { FileIcon, ImportIcon } from '../../components/Icons';
import { useLang } from '../../lib/useLang';
import { ACCEPT, fileKind, formatSize } from './files';

/**
 * The drop zone and the files chosen so far. The zone takes drops anywhere inside it; the
 * button (a real one, so keyboards reach it) opens the file dialog.
 */
export function FilePicker({
  files,
  disabled,
  chooseRef,
  onPick,
  onRemove,
  onClear,
}: {
  files: readonly File[];
  disabled: boolean;
  chooseRef?: RefObject<HTMLButtonElement | null>;
  onPick: (files: File[]) => void;
  onRemove: (file: File) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  // dragenter/dragleave fire for every child the pointer crosses: count them.
  const depth = useRef(0);

  // A file dropped just beside the zone would otherwise replace the whole app with the file.
  useEffect(() => {
    const stop = (e: globalThis.DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    window.addEventListener('dragover', stop);
    window.addEventListener('drop', stop);
    return () => {
      window.removeEventListener('dragover', stop);
      window.removeEventListener('drop', stop);
    };
  }, []);

  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');
  const locale = lang === 'zh' ? 'zh-CN' : 'en';

  return (
    <div className="import-picker">
      <div
        className={`drop-zone${over ? ' is-over' : ''}${files.length > 0 ? ' has-files' : ''}`}
        aria-disabled={disabled || undefined}
        onDragEnter={(e) => {
          if (!hasFiles(e) || disabled) return;
          e.preventDefault();
          depth.current++;
          setOver(true);
        }}
        onDragOver={(e) => {
          if (!hasFiles(e) || disabled) return;
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={() => {
          depth.current = Math.max(0, depth.current - 1);
          if (depth.current === 0) setOver(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          depth.current = 0;
          setOver(false);
          if (!disabled) onPick([...e.dataTransfer.files]);
        }}
      >
        <span className="drop-zone-icon" aria-hidden="true">
          <ImportIcon width={32} height={32} />
        </span>
        <p className="drop-zone-title" id={`${id}-title`}>
          {over ? t('import.drop.active') : t('import.drop.title')}
        </p>
        <p className="drop-zone-or" aria-hidden="true">
          {t('import.drop.or')}
        </p>
        <button
          ref={chooseRef}
          type="button"
          className={`button${files.length > 0 ? '' : ' button-primary'}`}
          disabled={disabled}
          aria-describedby={`${id}-hint`}
          onClick={() => input.current?.click()}
        >
          {files.length > 0 ? t('import.drop.chooseMore') : t('import.drop.choose')}
        </button>
        <p className="hint drop-zone-hint" id={`${id}-hint`}>
          {t('import.drop.hint')}
        </p>
        <input
          ref={input}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          tabIndex={-1}
          aria-label={t('import.drop.label')}
          onChange={(e) => {
            const picked = [...(e.target.files ?? [])];
            // Cleared, so that choosing the same file again (after removing it) fires a change.
            e.target.value = '';
            if (picked.length > 0) onPick(picked);
          }}
        />
      </div>

      {files.length > 0 ? (
        <section className="file-list-section" aria-labelledby={`${id}-files`}>
          <div className="file-list-head">
            <h2 id={`${id}-files`}>{t('import.files.title')}</h2>
            <button
              type="button"
              className="button button-ghost button-small"
              disabled={disabled}
              onClick={onClear}
            >
              {t('import.files.clear')}
            </button>
          </div>
          <ul className="file-list">
            {files.map((f) => {
              const kind = fileKind(f);
              return (
                <li key={`${f.name}-${f.size}-${f.lastModified}`} className="file-row">
                  <FileIcon className="file-row-icon" />
                  <span className="file-row-name" title={f.name}>
                    {f.name}
                  </span>
                  <span className="file-row-meta">
                    {kind ? `${t(`import.files.kinds.${kind}`)} · ` : ''}
                    {formatSize(f.size, locale)}
                  </span>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={disabled}
                    aria-label={t('import.files.remove', { name: f.name })}
                    title={t('import.files.remove', { name: f.name })}
                    onClick={() => onRemove(f)}
                  >
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
