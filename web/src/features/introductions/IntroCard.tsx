import { useId, useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Introduction } from '../../api/types';
import { TrashIcon } from '../../components/Icons';
import { useToast } from '../../components/Toasts';
import { formatDate, localToday } from '../../lib/dates';
import { useLang } from '../../lib/useLang';
import { INTRO_OUTCOMES, INTRO_STAGES, termLabel } from '../../lib/vocab';
import { afterIntroChange, introApi } from './api';
import type { AdvanceMode } from './AdvanceDialog';
import { missingConsent, type NextAction, nextAction, stageIndex, stageSince } from './stages';

/** The next-step button says what it records. */
const NEXT_LABEL: Record<NextAction, string> = {
  'asked-a': 'intro.next.askedA',
  'asked-b': 'intro.next.askedB',
  introduce: 'intro.next.introduce',
  'followed-up': 'intro.next.followedUp',
  outcome: 'intro.next.outcome',
};

/** What a card asks the board to open. */
export type CardDialog =
  | { kind: 'advance'; intro: Introduction; mode: AdvanceMode }
  | { kind: 'drafts'; intro: Introduction }
  | { kind: 'delete'; intro: Introduction };

function PersonLink({ p, side }: { p: { id: number; name: string }; side: 'A' | 'B' }) {
  return (
    <span className="intro-person">
      <span className="side-tag" aria-hidden="true">
        {side}
      </span>
      <Link to="/people/$id" params={{ id: String(p.id) }} className="person-link">
        {p.name}
      </Link>
    </span>
  );
}

/** One introduction on the board: who, why, where it stands, and the next step. */
export function IntroCard({
  intro: i,
  onDialog,
}: {
  intro: Introduction;
  onDialog: (d: CardDialog) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const qc = useQueryClient();
  const toast = useToast();
  const titleId = useId();
  const names = { a: i.a.name, b: i.b.name };
  const done = i.stage === 'outcome';
  const action = nextAction(i.stage);
  const made = stageIndex(i.stage) >= stageIndex('introduced');

  const advance = useMutation({
    mutationFn: () => introApi.advance(i.id),
    onSuccess: async (next) => {
      toast.success(
        t('intro.toast.moved', { ...names, stage: termLabel(INTRO_STAGES, next.stage, lang) }),
      );
      await afterIntroChange(qc);
    },
    onError: (e) => toast.error(e),
  });

  const next = () => {
    if (!action) return;
    if (action === 'outcome') onDialog({ kind: 'advance', intro: i, mode: 'outcome' });
    // Double opt-in: ask for the missing yes first rather than let the server refuse.
    else if (action === 'introduce' && missingConsent(i).length > 0) {
      onDialog({ kind: 'advance', intro: i, mode: 'introduce' });
    } else advance.mutate();
  };

  const today = localToday();
  // The local day the introduction reached its stage (its outcome, once done): updatedAt is UTC
  // and moves with later edits such as a consent change.
  const since = formatDate(localToday(new Date(stageSince(i))), lang);
  const overdue = i.stage === 'introduced' && i.followUpOn !== null && i.followUpOn < today;

  return (
    <article className={`intro-card${overdue ? ' is-overdue' : ''}`} aria-labelledby={titleId}>
      <h3 className="intro-pair" id={titleId}>
        <PersonLink p={i.a} side="A" />
        <span className="intro-arrow" aria-hidden="true">
          ↔
        </span>
        <span className="visually-hidden">{t('intro.and')}</span>
        <PersonLink p={i.b} side="B" />
      </h3>
      {i.reason ? <p className="intro-reason">{i.reason}</p> : null}
      {done && i.outcome ? (
        <p className="intro-meta">
          <span className={`badge outcome outcome-${i.outcome}`}>
            {termLabel(INTRO_OUTCOMES, i.outcome, lang)}
          </span>{' '}
          <span className="muted">{since}</span>
        </p>
      ) : (
        <p className="intro-meta muted">{t('intro.since', { when: since })}</p>
      )}
      {!done ? <Consent intro={i} made={made} /> : null}
      {i.stage === 'introduced' && i.followUpOn ? (
        <p className={`intro-follow-up${overdue ? ' status-overdue' : ''}`}>
          {overdue
            ? t('intro.followUpOverdue', { date: formatDate(i.followUpOn, lang) })
            : t('intro.followUpBy', { date: formatDate(i.followUpOn, lang) })}
        </p>
      ) : null}
      <div className="intro-actions">
        {action ? (
          <button
            type="button"
            className="button button-small button-primary intro-next"
            disabled={advance.isPending}
            onClick={next}
          >
            {t(NEXT_LABEL[action], names)}
          </button>
        ) : null}
        <div className="intro-secondary">
          <button
            type="button"
            className="button button-small button-ghost"
            onClick={() => onDialog({ kind: 'drafts', intro: i })}
          >
            {t('intro.draftsButton')}
            <span className="visually-hidden">{t('intro.forPair', names)}</span>
          </button>
          {!done ? (
            <button
              type="button"
              className="button button-small button-ghost"
              onClick={() => onDialog({ kind: 'advance', intro: i, mode: 'move' })}
            >
              {t('intro.moveButton')}
              <span className="visually-hidden">{t('intro.forPair', names)}</span>
            </button>
          ) : null}
          <button
            type="button"
            className="icon-button intro-delete"
            title={t('intro.deleteButton')}
            onClick={() => onDialog({ kind: 'delete', intro: i })}
          >
            <TrashIcon width={18} height={18} />
            <span className="visually-hidden">
              {t('intro.deleteButton')}
              {t('intro.forPair', names)}
            </span>
          </button>
        </div>
      </div>
    </article>
  );
}

/** Each side's yes: ticks while asking, plain marks once they have been introduced. */
function Consent({ intro: i, made }: { intro: Introduction; made: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const toast = useToast();
  // The tick the user just set, shown at once (set in the same event, so the controlled checkbox
  // never snaps back) until the server's answer and the refetch are in.
  const [ticked, setTicked] = useState<{ side: 'a' | 'b'; given: boolean } | null>(null);

  const toggle = useMutation({
    mutationFn: ({ side, given }: { side: 'a' | 'b'; given: boolean }) =>
      introApi.consent(i.id, side, given),
    onSuccess: async (_next, { side, given }) => {
      const name = side === 'a' ? i.a.name : i.b.name;
      toast.success(
        given ? t('intro.toast.consent', { name }) : t('intro.toast.noConsent', { name }),
        {
          label: t('common.undo'),
          run: async () => {
            await introApi.consent(i.id, side, !given);
            await afterIntroChange(qc);
          },
        },
      );
      await afterIntroChange(qc);
    },
    onError: (e) => toast.error(e),
    onSettled: () => setTicked(null),
  });

  const sides = [
    { side: 'a' as const, name: i.a.name, at: i.consentA },
    { side: 'b' as const, name: i.b.name, at: i.consentB },
  ];

  if (made) {
    return (
      <ul className="intro-consent intro-consent-marks" aria-label={t('intro.consent.label')}>
        {sides.map((s) => (
          <li key={s.side} className={s.at ? 'consent-yes' : 'consent-no'}>
            <span aria-hidden="true">{s.at ? '✓' : '–'}</span>{' '}
            {s.at
              ? t('intro.consent.said', { name: s.name })
              : t('intro.consent.notYet', { name: s.name })}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <fieldset className="intro-consent">
      <legend className="visually-hidden">{t('intro.consent.label')}</legend>
      {sides.map((s) => (
        <label key={s.side} className={`consent-check${s.at ? ' consent-yes' : ''}`}>
          <input
            type="checkbox"
            checked={ticked?.side === s.side ? ticked.given : s.at !== null}
            disabled={toggle.isPending}
            onChange={(e) => {
              const change = { side: s.side, given: e.target.checked };
              setTicked(change);
              toggle.mutate(change);
            }}
          />
          <span>{t('intro.consent.said', { name: s.name })}</span>
        </label>
      ))}
    </fieldset>
  );
}
