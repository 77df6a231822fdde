import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../api/client';
import { invalidatePeople } from '../api/queries';
import { addDays, addMonths, formatDate, localToday } from '../lib/dates';
import { useLang } from '../lib/useLang';
import { Dialog } from './Dialog';
import { useToast } from './Toasts';

export interface SnoozeTarget {
  id: number;
  name: string;
  /** The current snooze, to offer "resume" and to undo. */
  snoozedUntil?: string | null;
}

/** Pause someone's reminders: a week, a month, or until a chosen day. */
export function SnoozeDialog({
  id,
  name,
  snoozedUntil = null,
  onClose,
}: SnoozeTarget & { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const fieldId = useId();
  const today = localToday();
  const [custom, setCustom] = useState(addDays(today, 14));
  const active = snoozedUntil !== null && snoozedUntil > today;

  const snooze = useMutation({
    mutationFn: (until: string | null) => api.snooze(id, until),
    onSuccess: async (_person, until) => {
      onClose();
      const previous = snoozedUntil;
      toast.success(
        until
          ? t('snooze.done', { name, date: formatDate(until, lang) })
          : t('snooze.resumed', { name }),
        {
          label: t('common.undo'),
          run: async () => {
            await api.snooze(id, previous);
            await invalidatePeople(qc, [id]);
            toast.success(t('snooze.undone', { name }));
          },
        },
      );
      await invalidatePeople(qc, [id]);
    },
  });

  const options = [
    { key: 'week', until: addDays(today, 7) },
    { key: 'twoWeeks', until: addDays(today, 14) },
    { key: 'month', until: addMonths(today, 1) },
    { key: 'quarter', until: addMonths(today, 3) },
  ] as const;

  return (
    <Dialog
      title={t('snooze.title', { name })}
      description={
        active && snoozedUntil
          ? t('snooze.current', { date: formatDate(snoozedUntil, lang) })
          : t('snooze.explain')
      }
      onClose={onClose}
      closeOnBackdrop
      size="small"
    >
      <div className="snooze-options">
        {options.map((o) => (
          <button
            key={o.key}
            type="button"
            className="button"
            disabled={snooze.isPending}
            onClick={() => snooze.mutate(o.until)}
          >
            <span>{t(`snooze.${o.key}`)}</span>
            <span className="muted small">{formatDate(o.until, lang)}</span>
          </button>
        ))}
      </div>
      <form
        className="snooze-custom"
        onSubmit={(e) => {
          e.preventDefault();
          if (custom) snooze.mutate(custom);
        }}
      >
        <div className="field">
          <label htmlFor={fieldId}>{t('snooze.until')}</label>
          <input
            id={fieldId}
            type="date"
            min={addDays(today, 1)}
            value={custom}
            required
            onChange={(e) => setCustom(e.target.value)}
          />
        </div>
        <button type="submit" className="button button-primary" disabled={snooze.isPending}>
          {t('snooze.pick')}
        </button>
      </form>
      {active ? (
        <div className="dialog-actions">
          <button
            type="button"
            className="button"
            disabled={snooze.isPending}
            onClick={() => snooze.mutate(null)}
          >
            {t('snooze.resume')}
          </button>
        </div>
      ) : null}
      {snooze.error ? (
        <p className="form-error" role="alert">
          {isApiError(snooze.error) ? snooze.error.message : t('errors.unknown')}
        </p>
      ) : null}
    </Dialog>
  );
}
