import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/client';
import { keys, useSettings } from '../../api/queries';
import type { SettingKey, Settings } from '../../api/types';
import { Segmented } from '../../components/Choice';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FieldFrame, type ControlWiring } from '../../components/Field';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toasts';
import { setLang, type Lang } from '../../i18n';
import { getTheme, setTheme, type ThemeChoice } from '../../lib/theme';
import { useLang } from '../../lib/useLang';
import { usePageTitle } from '../../lib/usePageTitle';
import { TIERS, termLabel } from '../../lib/vocab';
import { CalendarSubscription } from './CalendarSubscription';
import { ExportFiles } from './ExportFiles';
import { Card } from './SettingsCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  usePageTitle(t('settings.title'));

  return (
    <div className="page page-narrow page-settings">
      <header className="page-header">
        <div>
          <h1>{t('settings.title')}</h1>
          <p className="page-subtitle">{t('settings.subtitle')}</p>
        </div>
      </header>
      <Appearance />
      <QueryState query={settings}>{(data) => <ServerSettings settings={data} />}</QueryState>
      <CalendarSubscription />
      <ExportFiles />
      <Backup />
    </div>
  );
}

const THEMES: ThemeChoice[] = ['system', 'light', 'dark'];

/** Language and theme: this browser's choices, kept in localStorage. */
function Appearance() {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [theme, setThemeState] = useState<ThemeChoice>(getTheme());
  return (
    <Card id={`${id}-title`} title={t('settings.appearance')} hint={t('settings.appearanceHint')}>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('settings.language')}</label>
          <select
            id={`${id}-lang`}
            value={lang}
            onChange={(e) => void setLang(e.target.value as Lang)}
          >
            <option value="zh" lang="zh-CN">
              中文
            </option>
            <option value="en" lang="en">
              English
            </option>
          </select>
        </div>
        <Segmented
          legend={t('settings.theme')}
          name={`${id}-theme`}
          value={theme}
          onValue={(th) => {
            setTheme(th);
            setThemeState(th);
          }}
          options={THEMES.map((th) => ({ value: th, label: t(`settings.themes.${th}`) }))}
        />
      </div>
    </Card>
  );
}

type Values = Record<SettingKey, string>;

function toText(v: Settings[SettingKey]): string {
  return v === null ? '' : String(v);
}

const CADENCE_KEYS = [
  'cadence.core',
  'cadence.important',
  'cadence.general',
  'cadence.unsorted',
] as const;
const CAPACITY_KEYS = ['capacity.core', 'capacity.important'] as const;
const AGENDA_KEYS = [
  'agenda.dueWithinDays',
  'agenda.birthdayDays',
  'followUp.lookbackDays',
] as const;
const SYSTEM_KEYS = ['language', 'timeZone'] as const;

function ServerSettings({ settings }: { settings: Settings }) {
  return (
    <>
      <SettingsGroup settings={settings} group="cadence" keys={CADENCE_KEYS} />
      <SettingsGroup settings={settings} group="capacity" keys={CAPACITY_KEYS} />
      <SettingsGroup settings={settings} group="agenda" keys={AGENDA_KEYS} />
      <SettingsGroup settings={settings} group="system" keys={SYSTEM_KEYS} />
    </>
  );
}

function SettingsGroup({
  settings,
  group,
  keys: groupKeys,
}: {
  settings: Settings;
  group: 'cadence' | 'capacity' | 'agenda' | 'system';
  keys: readonly SettingKey[];
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const id = useId();
  const initial = useMemo(() => {
    const v = {} as Values;
    for (const k of groupKeys) v[k] = toText(settings[k]);
    return v;
  }, [settings, groupKeys]);
  const [values, setValues] = useState<Values>(initial);
  const [errors, setErrors] = useState<Partial<Record<SettingKey, string>>>({});
  const [busy, setBusy] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const failedRef = useRef(new Set<SettingKey>());
  const shownRef = useRef(initial);
  // A stored value that changed (after a save, a reset, a refetch) replaces what is shown. Values
  // whose stored value did not change keep what the user is typing, and a value the server
  // refused stays as typed next to its error.
  useEffect(() => {
    const before = shownRef.current;
    shownRef.current = initial;
    setValues((v) => {
      const next = { ...v };
      for (const k of groupKeys) {
        if (initial[k] !== before[k] && !failedRef.current.has(k)) next[k] = initial[k];
      }
      return next;
    });
  }, [initial, groupKeys]);
  const changed = groupKeys.filter((k) => values[k].trim() !== initial[k].trim());

  const zones = useMemo(() => {
    try {
      return Intl.supportedValuesOf('timeZone');
    } catch {
      return [];
    }
  }, []);

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    let latest: Settings | undefined;
    const failed: Partial<Record<SettingKey, string>> = {};
    for (const k of changed) {
      const raw = values[k].trim();
      const value = group === 'cadence' && raw === '' ? 'none' : raw;
      try {
        latest = await api.setSetting(k, value);
      } catch (err) {
        failed[k] = isApiError(err) ? err.message : t('errors.unknown');
      }
    }
    setBusy(false);
    failedRef.current = new Set(Object.keys(failed) as SettingKey[]);
    if (Object.keys(failed).length > 0) {
      setErrors(failed);
      toast.show({ message: t('settings.someFailed'), tone: 'error' });
    } else {
      toast.success(t('settings.saved'));
    }
    if (latest) {
      qc.setQueryData(keys.settings, latest);
      await qc.invalidateQueries({ queryKey: keys.today });
      await qc.invalidateQueries({ queryKey: ['people'] });
      await qc.invalidateQueries({ queryKey: ['person'] });
    }
  };

  const reset = async () => {
    setBusy(true);
    setConfirmReset(false);
    failedRef.current = new Set();
    setErrors({});
    try {
      let latest: Settings | undefined;
      for (const k of groupKeys) latest = await api.resetSetting(k);
      if (latest) qc.setQueryData(keys.settings, latest);
      toast.success(t('settings.resetDone'));
      await qc.invalidateQueries({ queryKey: keys.today });
      await qc.invalidateQueries({ queryKey: ['people'] });
    } catch (err) {
      toast.error(err);
    } finally {
      setBusy(false);
    }
  };

  const label = (k: SettingKey): string => {
    if (k.startsWith('cadence.') || k.startsWith('capacity.')) {
      const tier = k.split('.')[1] as 'core' | 'important' | 'general' | 'unsorted';
      return t(`settings.keys.${k.split('.')[0]}`, { tier: termLabel(TIERS, tier, lang) });
    }
    return t(`settings.keys.${k}`);
  };

  const control = (k: SettingKey, wiring: ControlWiring) => {
    if (k === 'language') {
      return (
        <select
          {...wiring}
          value={values[k]}
          onChange={(e) => setValues({ ...values, [k]: e.target.value })}
        >
          <option value="auto">{t('settings.languageAuto')}</option>
          <option value="zh">中文</option>
          <option value="en">English</option>
        </select>
      );
    }
    if (k === 'timeZone') {
      return (
        <>
          <input
            {...wiring}
            type="text"
            list={`${wiring.id}-zones`}
            autoComplete="off"
            spellCheck={false}
            value={values[k]}
            onChange={(e) => setValues({ ...values, [k]: e.target.value })}
          />
          <datalist id={`${wiring.id}-zones`}>
            <option value="auto" />
            {zones.map((z) => (
              <option key={z} value={z} />
            ))}
          </datalist>
        </>
      );
    }
    return (
      <input
        {...wiring}
        type="number"
        inputMode="numeric"
        min={group === 'agenda' && k !== 'followUp.lookbackDays' ? 0 : 1}
        value={values[k]}
        placeholder={group === 'cadence' ? t('settings.nonePlaceholder') : undefined}
        onChange={(e) => setValues({ ...values, [k]: e.target.value })}
      />
    );
  };

  const field = (k: SettingKey) => (
    <FieldFrame
      key={k}
      id={`${id}-${k}`}
      label={label(k)}
      // Cadences and capacities share the group's hint; the others explain themselves.
      hint={group === 'cadence' || group === 'capacity' ? undefined : t(`settings.hints.${k}`)}
      error={errors[k]}
    >
      {(wiring) => control(k, wiring)}
    </FieldFrame>
  );

  return (
    <Card
      id={`${id}-title`}
      title={t(`settings.groups.${group}`)}
      hint={t(`settings.groupHints.${group}`)}
    >
      <form className="form" noValidate onSubmit={(e) => void save(e)}>
        <div className="form-grid">{groupKeys.map(field)}</div>
        <div className="form-actions">
          <button
            type="button"
            className="button button-ghost"
            disabled={busy}
            onClick={() => setConfirmReset(true)}
          >
            {t('settings.reset')}
          </button>
          <button
            type="submit"
            className="button button-primary"
            disabled={busy || changed.length === 0}
          >
            {busy ? t('common.saving') : t('common.save')}
          </button>
        </div>
      </form>
      {confirmReset ? (
        <ConfirmDialog
          title={t('settings.resetConfirmTitle', { group: t(`settings.groups.${group}`) })}
          message={t('settings.resetConfirmText')}
          confirmLabel={t('settings.reset')}
          onConfirm={() => void reset()}
          onCancel={() => setConfirmReset(false)}
        />
      ) : null}
    </Card>
  );
}

function Backup() {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Card id={`${id}-title`} title={t('settings.backup')} hint={t('settings.backupHint')}>
      <a className="button backup-link" href={api.backupUrl} download>
        {t('settings.backupDownload')}
      </a>
    </Card>
  );
}
