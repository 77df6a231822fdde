import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Platform } from '../../api/types';
import { Segmented, TermSelect } from '../../components/Choice';
import { SelectField, TextAreaField, TextField } from '../../components/Field';
import { localToday } from '../../lib/dates';
import { useLang } from '../../lib/useLang';
import { PLATFORMS, STAGES, TIERS, termOptions } from '../../lib/vocab';
import type { PersonFormState } from './formState';

interface PersonFormProps {
  mode: 'create' | 'edit';
  initial: PersonFormState;
  submitting: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (state: PersonFormState) => void;
  onCancel: () => void;
  /** Shown to explain a tier's default cadence next to the cadence field. */
  tierCadence?: (tier: PersonFormState['tier']) => number | null;
}

/**
 * The person form. Creating starts with what matters when you just met someone (name, tier, what
 * they do, city, met today); "More fields" opens the rest. Editing shows everything.
 */
export function PersonForm({
  mode,
  initial,
  submitting,
  error,
  submitLabel,
  onSubmit,
  onCancel,
  tierCadence,
}: PersonFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const id = useId();
  const [f, setF] = useState<PersonFormState>(initial);
  const [more, setMore] = useState(mode === 'edit');
  const [nameMissing, setNameMissing] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  // A refused save: bring its explanation into view (the bad field may be far below).
  useEffect(() => {
    if (!error) return;
    summaryRef.current?.scrollIntoView({ block: 'center' });
    summaryRef.current?.focus({ preventScroll: true });
  }, [error]);

  const set =
    <K extends keyof PersonFormState>(k: K) =>
    (v: PersonFormState[K]) =>
      setF((s) => ({ ...s, [k]: v }));

  const fieldErrors = isApiError(error) ? error.fieldMessages() : new Map<string, string>();
  const err = (k: string) => fieldErrors.get(k);
  const generalError =
    error && !(isApiError(error) && error.code === 'ValidationFailed')
      ? isApiError(error)
        ? error.message
        : t('errors.unknown')
      : '';
  // A field we do not show (or a hidden one) is still named in the summary.
  const validationSummary =
    isApiError(error) && error.code === 'ValidationFailed' ? error.message : '';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!f.name.trim()) {
      setNameMissing(true);
      nameRef.current?.focus();
      return;
    }
    setNameMissing(false);
    onSubmit(f);
  };

  const cadenceDefault = tierCadence?.(f.tier);
  const cadenceHint =
    cadenceDefault === undefined
      ? t('form.cadenceHint')
      : cadenceDefault === null
        ? t('form.cadenceHintNone')
        : t('form.cadenceHintTier', { count: cadenceDefault });

  const quick = (
    <>
      <TextField
        ref={nameRef}
        label={t('form.name')}
        value={f.name}
        onValue={set('name')}
        required
        autoFocus={mode === 'create'}
        autoComplete="off"
        maxLength={200}
        placeholder={t('form.namePlaceholder')}
        error={nameMissing ? t('form.nameRequired') : err('name')}
        className="field-wide"
      />
      <Segmented
        legend={t('form.tier')}
        name={`${id}-tier`}
        value={f.tier}
        onValue={set('tier')}
        options={termOptions(TIERS, lang)}
        className="tier-picker"
        optionClassName={(tier) => `tier-option tier-${tier}`}
      >
        <p className="hint">{t(`form.tierHint.${f.tier}`)}</p>
      </Segmented>
      <TextField
        label={t('form.disciplines')}
        value={f.disciplines}
        onValue={set('disciplines')}
        placeholder={t('form.disciplinesPlaceholder')}
        hint={t('form.commaHint')}
        error={err('disciplines')}
      />
      <TextField
        label={t('form.city')}
        value={f.city}
        onValue={set('city')}
        maxLength={100}
        placeholder={t('form.cityPlaceholder')}
        error={err('city')}
      />
    </>
  );

  const metToday = (
    <label className="check met-today">
      <input
        type="checkbox"
        checked={f.metToday}
        onChange={(e) => set('metToday')(e.target.checked)}
      />
      <span>{mode === 'create' ? t('form.metToday') : t('form.metJustNow')}</span>
    </label>
  );

  return (
    <form className="form person-form" onSubmit={submit} noValidate>
      {generalError || validationSummary ? (
        <div className="form-error" role="alert" ref={summaryRef} tabIndex={-1}>
          {(generalError || validationSummary).split('\n').map((line, i) => (
            <p key={i}>{line}</p>
          ))}
        </div>
      ) : null}

      <Group title={t('form.groupBasics')}>
        {quick}
        {mode === 'create' ? (
          <div className="field">
            {metToday}
            <p className="hint">{t('form.metTodayHint')}</p>
          </div>
        ) : null}
      </Group>

      {mode === 'create' ? (
        <button
          type="button"
          className="button button-ghost more-toggle"
          aria-expanded={more}
          aria-controls={`${id}-more`}
          onClick={() => setMore((m) => !m)}
        >
          {more ? t('form.fewerFields') : t('form.moreFields')}
        </button>
      ) : null}

      <div id={`${id}-more`} hidden={!more} className="more-fields">
        <Group title={t('form.groupName')}>
          <TextField
            label={t('form.nameLatin')}
            value={f.nameLatin}
            onValue={set('nameLatin')}
            maxLength={200}
            error={err('nameLatin')}
          />
          <TextField
            label={t('form.nicknames')}
            value={f.nicknames}
            onValue={set('nicknames')}
            hint={t('form.commaHint')}
            error={err('nicknames')}
          />
          <SelectField
            label={t('form.stage')}
            value={f.stage}
            onValue={set('stage')}
            options={termOptions(STAGES, lang)}
            hint={t(`form.stageHint.${f.stage}`)}
            error={err('stage')}
          />
          <TextField
            label={t('form.cadence')}
            type="number"
            inputMode="numeric"
            min={1}
            max={3650}
            value={f.cadence}
            onValue={set('cadence')}
            hint={cadenceHint}
            error={err('cadenceDays')}
          />
        </Group>

        <Group title={t('form.groupWork')}>
          <TextField
            label={t('form.skills')}
            value={f.skills}
            onValue={set('skills')}
            hint={t('form.commaHint')}
            error={err('skills')}
          />
          <TextField
            label={t('form.title')}
            value={f.title}
            onValue={set('title')}
            maxLength={200}
            error={err('title')}
          />
          <TextField
            label={t('form.company')}
            value={f.company}
            onValue={set('company')}
            maxLength={200}
            error={err('company')}
          />
        </Group>

        <Group title={t('form.groupConnector')} hint={t('form.connectorHint')}>
          <TextAreaField
            label={t('form.needs')}
            value={f.needs}
            onValue={set('needs')}
            hint={t('form.linesHint')}
            error={err('needs')}
          />
          <TextAreaField
            label={t('form.offers')}
            value={f.offers}
            onValue={set('offers')}
            hint={t('form.linesHint')}
            error={err('offers')}
          />
          <TextAreaField
            label={t('form.seeking')}
            value={f.seeking}
            onValue={set('seeking')}
            hint={t('form.linesHint')}
            error={err('seeking')}
          />
          <TextAreaField
            label={t('form.challenges')}
            value={f.challenges}
            onValue={set('challenges')}
            hint={t('form.linesHint')}
            error={err('challenges')}
          />
          <TextAreaField
            label={t('form.goals')}
            value={f.goals}
            onValue={set('goals')}
            hint={t('form.linesHint')}
            error={err('goals')}
          />
        </Group>

        <Group title={t('form.groupMet')}>
          {mode === 'edit' ? <div className="field">{metToday}</div> : null}
          {!f.metToday ? (
            <TextField
              label={t('form.metOn')}
              type="date"
              max={localToday()}
              value={f.metOn.slice(0, 10)}
              onValue={set('metOn')}
              error={err('metOn')}
            />
          ) : null}
          <TextField
            label={t('form.metPlace')}
            value={f.metPlace}
            onValue={set('metPlace')}
            maxLength={300}
            placeholder={t('form.metPlacePlaceholder')}
            error={err('metPlace')}
          />
          <TextField
            label={t('form.metHow')}
            value={f.metHow}
            onValue={set('metHow')}
            maxLength={300}
            error={err('metHow')}
          />
          <TextField
            label={t('form.introducedBy')}
            value={f.introducedBy}
            onValue={set('introducedBy')}
            hint={t('form.introducedByHint')}
            error={err('introducedBy')}
          />
        </Group>

        <Group title={t('form.groupContact')}>
          <HandlesEditor handles={f.handles} onChange={set('handles')} error={err('handles')} />
          <TextField
            label={t('form.birthday')}
            value={f.birthday}
            onValue={set('birthday')}
            placeholder="1990-05-20 / --05-20"
            hint={t('form.birthdayHint')}
            error={err('birthday')}
          />
        </Group>

        <Group title={t('form.groupNotes')}>
          <TextField
            label={t('form.tags')}
            value={f.tags}
            onValue={set('tags')}
            hint={t('form.commaHint')}
            error={err('tags')}
          />
          <TextAreaField
            label={t('form.note')}
            value={f.note}
            onValue={set('note')}
            rows={4}
            maxLength={100000}
            error={err('note')}
            className="field-wide"
          />
        </Group>
      </div>

      <div className="form-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('common.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}

function Group({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="form-group">
      <legend>{title}</legend>
      {hint ? <p className="hint group-hint">{hint}</p> : null}
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

function HandlesEditor({
  handles,
  onChange,
  error,
}: {
  handles: { platform: Platform; value: string }[];
  onChange: (h: { platform: Platform; value: string }[]) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const update = (i: number, patch: Partial<{ platform: Platform; value: string }>) =>
    onChange(handles.map((h, j) => (j === i ? { ...h, ...patch } : h)));
  return (
    <div className="field field-wide handles-editor">
      <span className="label" id={labelId}>
        {t('form.handles')}
      </span>
      {handles.length === 0 ? <p className="hint">{t('form.handlesEmpty')}</p> : null}
      <ul className="handle-rows" aria-labelledby={labelId}>
        {handles.map((h, i) => (
          <li key={i} className="handle-row">
            <TermSelect
              aria-label={t('form.handlePlatform', { n: i + 1 })}
              terms={PLATFORMS}
              value={h.platform}
              onValue={(platform) => update(i, { platform })}
            />
            <input
              type="text"
              aria-label={t('form.handleValue', { n: i + 1 })}
              value={h.value}
              maxLength={500}
              onChange={(e) => update(i, { value: e.target.value })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={t('form.handleRemove', { n: i + 1 })}
              onClick={() => onChange(handles.filter((_, j) => j !== i))}
            >
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button-small"
        onClick={() => onChange([...handles, { platform: 'wechat', value: '' }])}
      >
        {t('form.handleAdd')}
      </button>
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}
