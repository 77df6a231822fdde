import { useRef, useState, type FormEvent, type Ref } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Introduction } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { TextAreaField } from '../../components/Field';
import { useToast } from '../../components/Toasts';
import { afterIntroChange, introApi } from './api';
import { PersonPicker, type PickedPerson } from './PersonPicker';

/** The server's field names that belong to a field of this form. */
const FIELDS = ['a', 'b', 'reason', 'note'] as const;
type FieldName = (typeof FIELDS)[number];

/** Start an introduction: A (who needs something), B (who can help) and why. */
export function NewIntroductionDialog({
  initialA = null,
  onClose,
  onCreated,
}: {
  initialA?: PickedPerson | null;
  onClose: () => void;
  onCreated?: (i: Introduction) => void;
}) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const toast = useToast();
  const firstRef = useRef<HTMLInputElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const [a, setA] = useState<PickedPerson | null>(initialA);
  const [b, setB] = useState<PickedPerson | null>(null);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<Partial<Record<'a' | 'b', string>>>({});

  const create = useMutation({
    mutationFn: (input: { a: number; b: number }) =>
      introApi.create({
        ...input,
        reason: reason.trim() || undefined,
        note: note.trim() || undefined,
      }),
    onSuccess: async (intro) => {
      onClose();
      onCreated?.(intro);
      toast.success(t('intro.created', { a: intro.a.name, b: intro.b.name }));
      await afterIntroChange(qc);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Both people are needed before the server can say anything useful.
    const need: Partial<Record<'a' | 'b', string>> = {};
    if (!a) need.a = t('intro.new.pickA');
    if (!b) need.b = t('intro.new.pickB');
    setMissing(need);
    if (!a || !b || create.isPending) return;
    create.mutate({ a: a.id, b: b.id });
  };

  const serverFields = isApiError(create.error)
    ? create.error.fieldMessages()
    : new Map<string, string>();
  const fieldError = (f: FieldName): string | undefined =>
    (f === 'a' || f === 'b' ? missing[f] : undefined) ?? serverFields.get(f);
  // What the form cannot pin on one field (the pair already on the board, a person not found…).
  const formError =
    create.error && FIELDS.every((f) => !serverFields.has(f)) ? create.error.message : '';

  return (
    <Dialog
      title={t('intro.new.title')}
      description={t('intro.new.description')}
      onClose={onClose}
      initialFocus={initialA ? reasonRef : firstRef}
    >
      <form className="form" onSubmit={submit} noValidate>
        <PersonPicker
          label={t('intro.new.a')}
          hint={t('intro.new.aHint')}
          value={a}
          onValue={(p) => {
            setA(p);
            setMissing((m) => ({ ...m, a: undefined }));
          }}
          exclude={b?.id}
          error={fieldError('a')}
          inputRef={firstRef}
        />
        <PersonPicker
          label={t('intro.new.b')}
          hint={t('intro.new.bHint')}
          value={b}
          onValue={(p) => {
            setB(p);
            setMissing((m) => ({ ...m, b: undefined }));
          }}
          exclude={a?.id}
          error={fieldError('b')}
        />
        <ReasonField
          value={reason}
          onValue={setReason}
          error={fieldError('reason')}
          ref={reasonRef}
        />
        <TextAreaField
          label={t('intro.new.note')}
          value={note}
          onValue={setNote}
          rows={2}
          maxLength={5000}
          error={fieldError('note')}
        />
        <DialogActions
          submitLabel={t('intro.new.submit')}
          busy={create.isPending}
          error={formError}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/** The reason, with a ref so the form can start there when A is already known. */
function ReasonField({
  value,
  onValue,
  error,
  ref,
}: {
  value: string;
  onValue: (v: string) => void;
  error: string | undefined;
  ref: Ref<HTMLTextAreaElement>;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor="new-intro-reason">{t('intro.new.reason')}</label>
      <textarea
        id="new-intro-reason"
        ref={ref}
        rows={2}
        maxLength={2000}
        value={value}
        placeholder={t('intro.new.reasonPlaceholder')}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'new-intro-reason-error' : 'new-intro-reason-hint'}
        onChange={(e) => onValue(e.target.value)}
      />
      {error ? (
        <p id="new-intro-reason-error" className="field-error">
          {error}
        </p>
      ) : (
        <p id="new-intro-reason-hint" className="hint">
          {t('intro.new.reasonHint')}
        </p>
      )}
    </div>
  );
}
