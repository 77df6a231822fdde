import { useId, useRef, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { GatheringSuggestion } from '../../api/types';
import { Dialog } from '../../components/Dialog';
import { DialogActions } from '../../components/DialogActions';
import { joinNames } from '../../components/PeopleLinks';
import { useToast } from '../../components/Toasts';
import { addDays, localToday } from '../../lib/dates';
import { useLang } from '../../lib/useLang';
import { afterGathering, connectApi } from './api';
import { Reasons } from './Reasons';

/** A week out: near enough to happen, far enough to ask everyone. */
const DEFAULT_DAYS_AHEAD = 7;

/**
 * Turns a suggested gathering into a planned one: the title comes filled in, the date a week
 * out, the place is up to the user. The suggestion's reasons are kept with it.
 */
export function PlanGatheringDialog({
  suggestion,
  onClose,
}: {
  suggestion: GatheringSuggestion;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const id = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const names = joinNames(suggestion.people, lang);
  const [title, setTitle] = useState(() => t('connect.plan.defaultTitle', { names }));
  const [on, setOn] = useState(() => addDays(localToday(), DEFAULT_DAYS_AHEAD));
  const [place, setPlace] = useState('');

  const plan = useMutation({
    mutationFn: () =>
      connectApi.planGathering({
        people: suggestion.people.map((p) => p.id),
        title: title.trim() || undefined,
        on: on || undefined,
        place: place.trim() || undefined,
        reasons: suggestion.reasons,
      }),
    onSuccess: async (g) => {
      onClose();
      toast.success(t('connect.plan.done', { title: g.title }));
      await afterGathering(qc);
    },
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!plan.isPending) plan.mutate();
  };
  const fields = isApiError(plan.error) ? plan.error.fieldMessages() : new Map<string, string>();
  const errorText = plan.error
    ? isApiError(plan.error)
      ? plan.error.message
      : t('errors.unknown')
    : '';

  return (
    <Dialog
      title={t('connect.plan.title')}
      description={t('connect.plan.with', { names })}
      onClose={onClose}
      initialFocus={titleRef}
    >
      <form className="form plan-form" onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-title`}>{t('connect.plan.titleLabel')}</label>
          <input
            id={`${id}-title`}
            ref={titleRef}
            value={title}
            maxLength={200}
            required
            aria-invalid={fields.has('title') || undefined}
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-on`}>{t('connect.plan.onLabel')}</label>
            <input
              id={`${id}-on`}
              type="date"
              value={on}
              aria-invalid={fields.has('on') || undefined}
              onChange={(e) => setOn(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-place`}>{t('connect.plan.placeLabel')}</label>
            <input
              id={`${id}-place`}
              value={place}
              maxLength={200}
              placeholder={t('connect.plan.placePlaceholder')}
              aria-invalid={fields.has('place') || undefined}
              onChange={(e) => setPlace(e.target.value)}
            />
          </div>
        </div>
        {suggestion.reasons.length > 0 ? (
          <div className="plan-why">
            <p className="label">{t('connect.plan.why')}</p>
            <Reasons reasons={suggestion.reasons} />
          </div>
        ) : null}
        <DialogActions
          submitLabel={t('connect.plan.submit')}
          busy={plan.isPending}
          error={errorText}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}
