import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Referral, ReferralDirection } from '../../api/types';
import { Segmented } from '../../components/Choice';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { FieldFrame, TextAreaField, TextField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { addDays, formatDate, localToday } from '../../lib/dates';
import { useLang } from '../../lib/useLang';
import { PersonPicker, type PickedPerson } from '../introductions/PersonPicker';
import { afterReferralChange, referralApi } from './api';
import { CURRENCIES, DEFAULT_CURRENCY, FOLLOW_UP_DAYS, parseAmount } from './format';

/** The server's field names this form shows errors next to. */
const FIELDS = [
  'direction',
  'person',
  'client',
  'project',
  'value',
  'currency',
  'referredOn',
  'followUpOn',
  'note',
] as const;
type FieldName = (typeof FIELDS)[number];

/** Record a client passed to a peer (out) or received from one (in). */
export function NewReferralDialog({
  initialPerson = null,
  onClose,
  onCreated,
}: {
  initialPerson?: PickedPerson | null;
  onClose: () => void;
  onCreated?: (r: Referral) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const id = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const [direction, setDirection] = useState<ReferralDirection>('out');
  const [person, setPerson] = useState<PickedPerson | null>(initialPerson);
  const [client, setClient] = useState('');
  const [project, setProject] = useState('');
  const [value, setValue] = useState('');
  const [currency, setCurrency] = useState(DEFAULT_CURRENCY);
  const [referredOn, setReferredOn] = useState(localToday());
  const [followUpOn, setFollowUpOn] = useState('');
  const [note, setNote] = useState('');

  const create = useMutation({
    mutationFn: () =>
      referralApi.create({
        direction,
        // Left out when nobody is chosen: the server then says, next to the field, who is missing.
        person: person?.id,
        client: client.trim(),
        project: project.trim() || undefined,
        value: value.trim() ? parseAmount(value.trim()) : undefined,
        currency,
        referredOn: referredOn || undefined,
        followUpOn: followUpOn || undefined,
        note: note.trim() || undefined,
      }),
    onSuccess: async (r) => {
      onClose();
      onCreated?.(r);
      toast.success(
        t(r.direction === 'out' ? 'referral.toast.createdOut' : 'referral.toast.createdIn', {
          client: r.client,
          name: r.person.name,
        }),
      );
      await afterReferralChange(qc);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!create.isPending) create.mutate();
  };

  const err = create.error;
  const fields = isApiError(err) ? err.fieldMessages() : new Map<string, string>();
  // An unknown person is the person field's problem, though the server says it as its own error.
  if (isApiError(err) && (err.code === 'PersonNotFound' || err.code === 'PersonAmbiguous')) {
    fields.set('person', err.message);
  }
  // Nobody chosen: say so plainly rather than quote the empty value the server saw.
  if (fields.has('person') && person === null) fields.set('person', t('referral.new.pickPerson'));
  const fieldError = (f: FieldName) => fields.get(f);
  const formError = err && FIELDS.every((f) => !fields.has(f)) ? err.message : '';
  const defaultFollowUp = addDays(referredOn || localToday(), FOLLOW_UP_DAYS);

  return (
    <Dialog title={t('referral.new.title')} onClose={onClose} initialFocus={firstRef}>
      <form className="form referral-form" onSubmit={submit} noValidate>
        <Segmented
          legend={t('referral.new.direction')}
          name={`${id}-direction`}
          value={direction}
          onValue={setDirection}
          options={[
            { value: 'out', label: t('referral.new.out') },
            { value: 'in', label: t('referral.new.in') },
          ]}
        >
          {fieldError('direction') ? (
            <p className="field-error">{fieldError('direction')}</p>
          ) : null}
        </Segmented>
        <PersonPicker
          label={direction === 'out' ? t('referral.new.personOut') : t('referral.new.personIn')}
          value={person}
          onValue={setPerson}
          error={fieldError('person')}
          inputRef={firstRef}
        />
        <div className="field-row">
          <TextField
            label={t('referral.new.client')}
            value={client}
            onValue={setClient}
            maxLength={200}
            error={fieldError('client')}
          />
          <TextField
            label={t('referral.new.project')}
            value={project}
            onValue={setProject}
            maxLength={200}
            error={fieldError('project')}
          />
        </div>
        <div className="field-row">
          <TextField
            label={t('referral.new.value')}
            hint={t('referral.new.valueHint')}
            value={value}
            onValue={setValue}
            inputMode="decimal"
            error={fieldError('value')}
          />
          <FieldFrame label={t('referral.new.currency')} error={fieldError('currency')}>
            {(wiring) => (
              <select {...wiring} value={currency} onChange={(e) => setCurrency(e.target.value)}>
                {CURRENCIES.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            )}
          </FieldFrame>
        </div>
        <div className="field-row">
          <TextField
            label={t('referral.new.referredOn')}
            type="date"
            value={referredOn}
            onValue={setReferredOn}
            max={localToday()}
            error={fieldError('referredOn')}
          />
          <TextField
            label={t('referral.new.followUpOn')}
            hint={t('referral.new.followUpHint', { date: formatDate(defaultFollowUp, lang) })}
            type="date"
            value={followUpOn}
            onValue={setFollowUpOn}
            min={referredOn || undefined}
            error={fieldError('followUpOn')}
          />
        </div>
        <TextAreaField
          label={t('referral.new.note')}
          value={note}
          onValue={setNote}
          rows={2}
          maxLength={5000}
          error={fieldError('note')}
        />
        <DialogActions
          submitLabel={t('referral.new.submit')}
          busy={create.isPending}
          error={formError}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
