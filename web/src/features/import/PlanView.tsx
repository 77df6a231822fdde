import { useId, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { UploadProgress } from '../../api/client';
import type { ImportResult } from '../../api/types';
import { Counts, useNumber } from './Counts';
import { Progress } from './Progress';
import { CreateRow, IssueRow, MergeRow, Paged, SkipRow } from './RecordLists';
import { Unmapped } from './Unmapped';

type Tab = 'create' | 'merge' | 'skip' | 'errors';
const TABS: Tab[] = ['create', 'merge', 'skip', 'errors'];
const TAB_LABEL = {
  create: 'import.plan.tabCreate',
  merge: 'import.plan.tabMerge',
  skip: 'import.plan.tabSkip',
  errors: 'import.plan.tabErrors',
} as const;
const TAB_EMPTY = {
  create: 'import.plan.emptyCreate',
  merge: 'import.plan.emptyMerge',
  skip: 'import.plan.emptySkip',
  errors: 'import.plan.emptyErrors',
} as const;

/** The dry run's answer: what would happen, the columns left over, and the button to do it. */
export function PlanView({
  plan,
  map,
  overwrite,
  busy,
  error,
  headingRef,
  onMap,
  onOverwrite,
  onConfirm,
  onBack,
}: {
  plan: ImportResult;
  map: Readonly<Record<string, string>>;
  overwrite: boolean;
  busy: { dryRun: boolean; progress: UploadProgress } | null;
  /** An error of the import itself, shown next to the button that caused it. */
  error: ReactNode;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onMap: (map: Record<string, string>) => void;
  onOverwrite: (overwrite: boolean) => void;
  onConfirm: () => void;
  onBack: () => void;
}) {
  const { t } = useTranslation();
  const num = useNumber();
  const id = useId();
  const isBackup = plan.files.some((f) => f.format === 'json');
  const count = plan.created + plan.merged;

  return (
    <section className="import-plan" aria-labelledby={`${id}-title`}>
      <header className="import-section-head">
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t('import.plan.title')}
        </h2>
        <p className="hint">{t('import.plan.hint')}</p>
      </header>

      <Counts created={plan.created} merged={plan.merged} skipped={plan.skipped} hints />
      <FilesRead files={plan.files} />
      {isBackup ? (
        <p className="banner import-note">
          {t('import.plan.backup', {
            count: plan.created,
            n: num(plan.created),
            interactions: num(plan.interactions ?? 0),
          })}
        </p>
      ) : null}
      <Unmapped
        key={JSON.stringify(map)}
        unmapped={plan.unmappedColumns}
        map={map}
        busy={busy !== null}
        onApply={onMap}
      />

      <div className="import-actions">
        {count === 0 ? <p className="import-nothing">{t('import.plan.nothing')}</p> : null}
        {error}
        <div className="import-buttons">
          <button
            type="button"
            className="button button-primary button-large"
            disabled={count === 0 || busy !== null}
            onClick={onConfirm}
          >
            {isBackup
              ? t('import.plan.restore', { count, n: num(count) })
              : t('import.plan.confirm', { count, n: num(count) })}
          </button>
          <button type="button" className="button" disabled={busy !== null} onClick={onBack}>
            {t('import.plan.back')}
          </button>
        </div>
        {busy ? <Progress progress={busy.progress} dryRun={busy.dryRun} /> : null}
      </div>

      {isBackup ? null : (
        <PlanTabs
          plan={plan}
          overwrite={overwrite}
          busy={busy !== null}
          onOverwrite={onOverwrite}
        />
      )}
    </section>
  );
}

function FilesRead({ files }: { files: ImportResult['files'] }) {
  const { t } = useTranslation();
  const num = useNumber();
  const id = useId();
  return (
    <section className="import-files-read" aria-labelledby={id}>
      <h3 id={id} className="plan-label">
        {t('import.plan.files')}
      </h3>
      <ul>
        {files.map((f) => (
          <li key={f.file}>
            <span className="file-row-name">{f.file}</span>
            <span className="muted">
              {[
                t(`import.plan.formats.${f.format}`, { defaultValue: f.format }),
                f.encoding === 'xlsx' ? null : f.encoding.toUpperCase(),
                t('import.plan.records', { count: f.records, n: num(f.records) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function PlanTabs({
  plan,
  overwrite,
  busy,
  onOverwrite,
}: {
  plan: ImportResult;
  overwrite: boolean;
  busy: boolean;
  onOverwrite: (overwrite: boolean) => void;
}) {
  const { t } = useTranslation();
  const num = useNumber();
  const id = useId();
  const tabs = useRef<Record<Tab, HTMLButtonElement | null>>({
    create: null,
    merge: null,
    skip: null,
    errors: null,
  });
  const lists = {
    create: plan.records.filter((r) => r.action === 'create'),
    merge: plan.records.filter((r) => r.action === 'merge'),
    skip: plan.records.filter((r) => r.action === 'skip'),
    errors: plan.errors,
  };
  const [tab, setTab] = useState<Tab>(() => TABS.find((k) => lists[k].length > 0) ?? 'create');
  const manyFiles = plan.files.length > 1;
  const anyKept = lists.merge.some((r) => (r.kept ?? []).length > 0);

  // Arrow keys move between tabs, as in every tab list (WAI-ARIA Authoring Practices).
  const onKey = (e: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const to =
      e.key === 'ArrowRight'
        ? TABS[(at + 1) % TABS.length]
        : e.key === 'ArrowLeft'
          ? TABS[(at + TABS.length - 1) % TABS.length]
          : e.key === 'Home'
            ? TABS[0]
            : e.key === 'End'
              ? TABS[TABS.length - 1]
              : undefined;
    if (!to) return;
    e.preventDefault();
    setTab(to);
    tabs.current[to]?.focus();
  };

  const panel = () => {
    switch (tab) {
      case 'create':
        return (
          <Paged
            items={lists.create}
            rowKey={(r) => `${r.file}:${r.line}`}
            render={(r) => <CreateRow r={r} manyFiles={manyFiles} />}
          />
        );
      case 'merge':
        return (
          <>
            {anyKept || overwrite ? (
              <div className="plan-overwrite">
                <p className="hint">
                  {overwrite ? t('import.plan.keptHintOverwrite') : t('import.plan.keptHint')}
                </p>
                <label className="check">
                  <input
                    type="checkbox"
                    checked={overwrite}
                    disabled={busy}
                    onChange={(e) => onOverwrite(e.target.checked)}
                  />
                  <span>{t('import.options.overwrite')}</span>
                </label>
              </div>
            ) : null}
            <Paged
              items={lists.merge}
              rowKey={(r) => `${r.file}:${r.line}`}
              render={(r) => <MergeRow r={r} manyFiles={manyFiles} />}
            />
          </>
        );
      case 'skip':
        return (
          <Paged
            items={lists.skip}
            rowKey={(r) => `${r.file}:${r.line}`}
            render={(r) => <SkipRow r={r} manyFiles={manyFiles} />}
          />
        );
      case 'errors':
        return (
          <Paged
            items={lists.errors}
            rowKey={(e, i) => `${e.file}:${e.line}:${e.field}:${i}`}
            render={(e) => <IssueRow e={e} manyFiles={manyFiles} />}
          />
        );
    }
  };

  return (
    <div className="plan-tabs">
      <div className="tab-list" role="tablist" aria-label={t('import.plan.tabs')} onKeyDown={onKey}>
        {TABS.map((k) => (
          <button
            key={k}
            ref={(el) => {
              tabs.current[k] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${k}`}
            aria-selected={tab === k}
            aria-controls={`${id}-panel`}
            tabIndex={tab === k ? 0 : -1}
            className={`tab${k === 'errors' && lists.errors.length > 0 ? ' tab-warning' : ''}`}
            onClick={() => setTab(k)}
          >
            <span>{t(TAB_LABEL[k])}</span>
            <span className="count-pill">{num(lists[k].length)}</span>
          </button>
        ))}
      </div>
      <div
        className="tab-panel"
        role="tabpanel"
        id={`${id}-panel`}
        aria-labelledby={`${id}-tab-${tab}`}
        tabIndex={0}
      >
        {lists[tab].length === 0 ? (
          <p className="plan-empty">{t(TAB_EMPTY[tab])}</p>
        ) : (
          <div key={tab}>{panel()}</div>
        )}
      </div>
    </div>
  );
}
