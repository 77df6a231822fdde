import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Referral, ReferralStatus } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useToast } from '../../components/Toasts';
import { formatDate, localToday } from '../../lib/dates';
import { useLang } from '../../lib/useLang';
import { REFERRAL_DIRECTIONS, REFERRAL_STATUSES, termLabel } from '../../lib/vocab';
import { afterReferralChange, referralApi } from './api';
import { allowedMoves, formatMoney, isOpen, referralAbout, thanksOwed } from './format';

/** One referral: what, with whom, its value and status, and what can happen next. */
export function ReferralRow({ referral: r }: { referral: Referral }) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const [deleting, setDeleting] = useState(false);
  const about = referralAbout(r);
  const moves = allowedMoves(r.status);
  const open = isOpen(r.status);

  const move = useMutation({
    mutationFn: (to: ReferralStatus) => referralApi.advance(r.id, { to }),
    onSuccess: async (next) => {
      const status = termLabel(REFERRAL_STATUSES, next.status, lang);
      toast.success(
        thanksOwed(next)
          ? t('referral.toast.wonThank', { about, name: next.person.name })
          : t('referral.toast.moved', { about, status }),
      );
      await afterReferralChange(qc);
    },
    onError: (e) => toast.error(e),
  });

  const thank = useMutation({
    mutationFn: () => referralApi.thanks(r.id),
    onSuccess: async () => {
      toast.success(t('referral.toast.thanked', { name: r.person.name }));
      await afterReferralChange(qc);
    },
    onError: (e) => toast.error(e),
  });

  const remove = useMutation({
    mutationFn: () => referralApi.remove(r.id),
    onSuccess: async () => {
      setDeleting(false);
      toast.success(t('referral.toast.deleted', { about }));
      await afterReferralChange(qc);
    },
    onError: (e) => {
      setDeleting(false);
      toast.error(e);
    },
  });

  const busy = move.isPending || thank.isPending;
  const forThis = <span className="visually-hidden">{t('referral.forThis', { about })}</span>;

  return (
    <li className={`referral-row referral-${r.status}`} data-testid="referral-row">
      <div className="referral-main">
        <p className="referral-what">
          <span className={`badge direction direction-${r.direction}`}>
            <span aria-hidden="true">{r.direction === 'out' ? '→\u00a0' : '←\u00a0'}</span>
            {termLabel(REFERRAL_DIRECTIONS, r.direction, lang)}
          </span>{' '}
          <strong className="referral-client">{r.client}</strong>
          {r.project ? <span className="referral-project"> · {r.project}</span> : null}
        </p>
        <p className="referral-who muted">
          {r.direction === 'out' ? t('referral.to') : t('referral.from')}{' '}
          <Link to="/people/$id" params={{ id: String(r.person.id) }} className="person-link">
            {r.person.name}
          </Link>
          {' · '}
          {formatDate(r.referredOn, lang)}
        </p>
        {r.note ? <p className="referral-note">{r.note}</p> : null}
      </div>
      <p className="referral-value">
        {r.value !== null ? (
          formatMoney(r.value, r.currency, lang)
        ) : (
          <span className="muted">—</span>
        )}
      </p>
      <div className="referral-state">
        <span className={`badge referral-status referral-status-${r.status}`}>
          {termLabel(REFERRAL_STATUSES, r.status, lang)}
        </span>
        {open ? (
          <FollowUp key={r.followUpOn ?? ''} referral={r} />
        ) : r.closedOn ? (
          <span className="muted small">{formatDate(r.closedOn, lang)}</span>
        ) : null}
        {r.direction === 'in' && r.status === 'won' && r.thanksSentOn ? (
          <span className="thanked small">
            <span aria-hidden="true">✓ </span>
            {t('referral.thankedOn', { date: formatDate(r.thanksSentOn, lang) })}
          </span>
        ) : null}
      </div>
      <div className="referral-actions">
        {moves.map((to) => (
          <button
            key={to}
            type="button"
            className={`button button-small${to === 'won' ? ' button-primary' : ''}`}
            disabled={busy}
            onClick={() => move.mutate(to)}
          >
            {t(`referral.move.${to === 'in-talks' ? 'inTalks' : to}`)}
            {forThis}
          </button>
        ))}
        {thanksOwed(r) ? (
          <button
            type="button"
            className="button button-small button-primary"
            disabled={busy}
            onClick={() => thank.mutate()}
          >
            {t('referral.thanksSent')}
            {forThis}
          </button>
        ) : null}
        <button
          type="button"
          className="button button-small button-ghost"
          onClick={() => setDeleting(true)}
        >
          {t('referral.delete')}
          {forThis}
        </button>
      </div>
      {deleting ? (
        <ConfirmDialog
          title={t('referral.deleteTitle', { about })}
          message={t('referral.deleteText', { name: r.person.name })}
          confirmLabel={t('referral.deleteConfirm')}
          danger
          busy={remove.isPending}
          onConfirm={() => remove.mutate()}
          onCancel={() => setDeleting(false)}
        />
      ) : null}
    </li>
  );
}

/** The follow-up date of an open referral, changed in place. */
function FollowUp({ referral: r }: { referral: Referral }) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const id = useId();
  const [value, setValue] = useState(r.followUpOn ?? '');
  const overdue = r.followUpOn !== null && r.followUpOn < localToday();

  const save = useMutation({
    mutationFn: (followUpOn: string | null) => referralApi.advance(r.id, { followUpOn }),
    onSuccess: async (next) => {
      toast.success(
        next.followUpOn
          ? t('referral.toast.followUp', { date: formatDate(next.followUpOn, lang) })
          : t('referral.toast.noFollowUp'),
      );
      await afterReferralChange(qc);
    },
    onError: (e) => {
      setValue(r.followUpOn ?? '');
      toast.error(e);
    },
  });

  const commit = () => {
    if (save.isPending || value === (r.followUpOn ?? '')) return;
    save.mutate(value === '' ? null : value);
  };

  return (
    <span className={`referral-follow-up${overdue ? ' is-overdue' : ''}`}>
      <label htmlFor={`${id}-date`} className="small">
        {overdue ? t('referral.followUpOverdue') : t('referral.followUp')}
      </label>
      <input
        id={`${id}-date`}
        type="date"
        value={value}
        min={r.referredOn}
        onChange={(e) => setValue(e.target.value)}
        // Saved when the field is left (or on Enter): while a date is half typed the input reports
        // '', which must not clear the date.
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </span>
  );
}
