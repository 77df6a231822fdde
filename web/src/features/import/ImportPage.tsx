import { useEffect, useId, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError, uploadImport, type UploadProgress } from '../../api/client';
import { invalidatePeople } from '../../api/queries';
import type { ImportResult } from '../../api/types';
import { usePageTitle } from '../../lib/usePageTitle';
import { ErrorPanel } from './ErrorPanel';
import { FilePicker } from './FilePicker';
import { MAX_BYTES, sortPicked, totalSize, type Rejected } from './files';
import { DEFAULT_SETTINGS, ImportOptions, type ImportSettings } from './ImportOptions';
import { PlanView } from './PlanView';
import { Progress } from './Progress';
import { Rejections } from './Rejections';
import { ResultView } from './ResultView';
import { Sources } from './Sources';
import '../../styles/import.css';

type Busy = { dryRun: boolean; progress: UploadProgress };
type Step = 'pick' | 'plan' | 'done';
const STEPS: Step[] = ['pick', 'plan', 'done'];

/**
 * Import in three steps: choose files, look at the dry run's plan, import. Nothing is written
 * before the user confirms the plan, and the plan is always for exactly the files and options
 * shown (changing either goes back to step one).
 */
export function ImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const id = useId();
  usePageTitle(t('import.title'));

  const [files, setFiles] = useState<File[]>([]);
  const [rejected, setRejected] = useState<Rejected[]>([]);
  const [tooLarge, setTooLarge] = useState<number | null>(null);
  const [settings, setSettings] = useState<ImportSettings>(DEFAULT_SETTINGS);
  const [optionsOpen, setOptionsOpen] = useState(false);
  const [map, setMap] = useState<Record<string, string>>({});
  const [plan, setPlan] = useState<ImportResult | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [announce, setAnnounce] = useState('');
  const abort = useRef<AbortController | null>(null);
  const planHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errorPanel = useRef<HTMLDivElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const [focus, setFocus] = useState<'plan' | 'result' | 'error' | 'choose' | null>(null);

  // Leaving the page stops an upload in flight (the server then writes nothing).
  useEffect(() => () => abort.current?.abort(), []);

  // Focus follows the flow, once the new step is on screen.
  useEffect(() => {
    if (!focus) return;
    const el = {
      plan: planHeading.current,
      result: resultHeading.current,
      error: errorPanel.current,
      choose: chooseButton.current,
    }[focus];
    el?.focus();
    setFocus(null);
  }, [focus]);

  const step: Step = result ? 'done' : plan ? 'plan' : 'pick';

  const pick = (picked: File[]) => {
    const sorted = sortPicked(picked, files);
    const next = [...files, ...sorted.accepted];
    setRejected(sorted.rejected);
    setError(null);
    if (totalSize(next) > MAX_BYTES) {
      setTooLarge(totalSize(next));
      return;
    }
    setTooLarge(null);
    setFiles(next);
  };

  const run = async (
    dryRun: boolean,
    over: { map?: Record<string, string>; settings?: ImportSettings } = {},
  ) => {
    const useMap = over.map ?? map;
    const useSettings = over.settings ?? settings;
    abort.current?.abort();
    const ctl = new AbortController();
    abort.current = ctl;
    setError(null);
    setAnnounce('');
    setBusy({ dryRun, progress: { loaded: 0, total: totalSize(files) } });
    try {
      const r = await uploadImport(
        { files, dryRun, ...useSettings, map: useMap },
        (progress) => {
          if (abort.current === ctl) setBusy({ dryRun, progress });
        },
        ctl.signal,
      );
      if (abort.current !== ctl) return;
      const counts = t('import.result.summary', {
        created: r.created,
        merged: r.merged,
        skipped: r.skipped,
      });
      if (dryRun) {
        setPlan(r);
        setAnnounce(`${t('import.plan.title')}: ${counts}`);
        if (step !== 'plan') setFocus('plan');
      } else {
        setResult(r);
        setPlan(null);
        setAnnounce(`${t('import.result.title')}: ${counts}`);
        setFocus('result');
        const touched = r.records.flatMap((rec) =>
          rec.action === 'merge' && rec.personId !== undefined ? [rec.personId] : [],
        );
        await invalidatePeople(qc, [...new Set(touched)]);
      }
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return;
      if (abort.current !== ctl) return;
      const err = isApiError(e) ? e : new ApiError(0, 'Internal', t('errors.unknown'));
      setError(err);
      // A failed preview leaves nothing to confirm: back to the files, with the reason.
      if (dryRun) setPlan(null);
      if (err.code === 'ImportMalformed' && err.details.problem === 'unknown_format') {
        setOptionsOpen(true);
      }
      setFocus('error');
    } finally {
      if (abort.current === ctl) {
        abort.current = null;
        setBusy(null);
      }
    }
  };

  /** Everything back to an empty step one. */
  const reset = () => {
    abort.current?.abort();
    abort.current = null;
    setBusy(null);
    setFiles([]);
    setRejected([]);
    setTooLarge(null);
    setSettings(DEFAULT_SETTINGS);
    setOptionsOpen(false);
    setMap({});
    setPlan(null);
    setResult(null);
    setError(null);
    setAnnounce('');
    setFocus('choose');
  };

  /** Back to step one with the same files, e.g. to change an option. */
  const back = () => {
    setPlan(null);
    setError(null);
    setFocus('choose');
  };

  const errorPanelFor = (retry: () => void) =>
    error ? (
      <ErrorPanel error={error} panelRef={errorPanel} onChooseOther={reset} onRetry={retry} />
    ) : null;

  return (
    <div className="page page-import">
      <header className="page-header">
        <div>
          <h1>{t('import.title')}</h1>
          <p className="page-subtitle">{t('import.subtitle')}</p>
        </div>
      </header>

      <ol className="import-steps" aria-label={t('import.steps.label')}>
        {STEPS.map((s, i) => (
          <li
            key={s}
            className={`import-step${s === step ? ' is-current' : ''}${STEPS.indexOf(step) > i ? ' is-done' : ''}`}
            aria-current={s === step ? 'step' : undefined}
          >
            <span className="import-step-n" aria-hidden="true">
              {i + 1}
            </span>
            <span>{t(`import.steps.${s}`)}</span>
          </li>
        ))}
      </ol>

      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>

      {step === 'pick' ? (
        <div className="import-layout">
          <div className="import-main">
            {errorPanelFor(() => void run(true))}
            <Rejections rejected={rejected} tooLarge={tooLarge} />
            <FilePicker
              files={files}
              disabled={busy !== null}
              chooseRef={chooseButton}
              onPick={pick}
              onRemove={(f) => {
                setFiles(files.filter((x) => x !== f));
                setError(null);
              }}
              onClear={() => {
                setFiles([]);
                setError(null);
                setFocus('choose');
              }}
            />
            <ImportOptions
              value={settings}
              onValue={setSettings}
              disabled={busy !== null}
              open={optionsOpen}
              onToggle={setOptionsOpen}
            />
            <div className="import-actions">
              <div className="import-buttons">
                <button
                  type="button"
                  className="button button-primary button-large"
                  disabled={files.length === 0 || busy !== null}
                  aria-describedby={files.length === 0 ? `${id}-nofiles` : undefined}
                  onClick={() => void run(true)}
                >
                  {t('import.preview')}
                </button>
                {files.length === 0 ? (
                  <span className="hint" id={`${id}-nofiles`}>
                    {t('import.noFiles')}
                  </span>
                ) : null}
              </div>
              {busy ? <Progress progress={busy.progress} dryRun={busy.dryRun} /> : null}
            </div>
          </div>
          <Sources />
        </div>
      ) : null}

      {step === 'plan' && plan ? (
        <PlanView
          plan={plan}
          map={map}
          overwrite={settings.overwrite}
          busy={busy}
          error={errorPanelFor(() => void run(false))}
          headingRef={planHeading}
          onMap={(m) => {
            setMap(m);
            void run(true, { map: m });
          }}
          onOverwrite={(overwrite) => {
            const next = { ...settings, overwrite };
            setSettings(next);
            void run(true, { settings: next });
          }}
          onConfirm={() => void run(false)}
          onBack={back}
        />
      ) : null}

      {step === 'done' && result ? (
        <ResultView result={result} headingRef={resultHeading} onMore={reset} />
      ) : null}
    </div>
  );
}
