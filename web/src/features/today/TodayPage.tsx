import { useState, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useToday } from '../../api/queries';
import type {
  Agenda,
  CapacityWarning,
  DueItem,
  FollowUpItem,
  MomentItem,
  TierCounts,
} from '../../api/types';
import { TierBadge } from '../../components/Badges';
import { EmptyState } from '../../components/EmptyState';
import { AlertIcon, CakeIcon, ClockIcon, HandshakeIcon, PeopleIcon } from '../../components/Icons';
import { LogInteractionDialog, type LogTarget } from '../../components/LogInteractionDialog';
import { SnoozeDialog, type SnoozeTarget } from '../../components/SnoozeDialog';
import { formatDate, formatInstant } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { useLang } from '../../lib/useLang';
import { TIERS, termLabel } from '../../lib/vocab';

export function TodayPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const { data, isPending, error, refetch } = useToday();
  const [logTarget, setLogTarget] = useState<LogTarget | null>(null);
  const [snoozeTarget, setSnoozeTarget] = useState<SnoozeTarget | null>(null);
  usePageTitle(t('today.title'));

  let body: ReactNode;
  if (isPending) {
    body = (
      <p className="loading" role="status">
        {t('common.loading')}
      </p>
    );
  } else if (error) {
    body = (
      <EmptyState
        title={t('errors.loadFailed')}
        action={
          <button type="button" className="button" onClick={() => void refetch()}>
            {t('common.retry')}
          </button>
        }
      >
        <p>{error.message}</p>
      </EmptyState>
    );
  } else if (data.counts.total === 0) {
    body = (
      <EmptyState
        icon={<PeopleIcon width={40} height={40} />}
        title={t('today.welcomeTitle')}
        action={
          <Link to="/people/new" className="button button-primary">
            {t('today.addFirst')}
          </Link>
        }
      >
        <p>{t('today.welcomeText')}</p>
        <p className="muted">{t('today.welcomeTip')}</p>
      </EmptyState>
    );
  } else {
    body = <AgendaView agenda={data} onLog={setLogTarget} onSnooze={setSnoozeTarget} />;
  }

  return (
    <div className="page page-today">
      <header className="page-header">
        <div>
          <h1>{t('today.title')}</h1>
          {data ? (
            <p className="page-subtitle">{formatDate(data.date, lang, { weekday: true })}</p>
          ) : null}
        </div>
        {data && data.counts.total > 0 ? <Counts counts={data.counts} /> : null}
      </header>
      {body}
      {logTarget ? (
        <LogInteractionDialog {...logTarget} onClose={() => setLogTarget(null)} />
      ) : null}
      {snoozeTarget ? (
        <SnoozeDialog {...snoozeTarget} onClose={() => setSnoozeTarget(null)} />
      ) : null}
    </div>
  );
}

function Counts({ counts }: { counts: TierCounts }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <nav className="tier-counts" aria-label={t('today.countsLabel')} data-testid="tier-counts">
      <ul>
        {TIERS.values.map((tier) => (
          <li key={tier}>
            <Link to="/people" search={{ tier }} className={`tier-count tier-${tier}`}>
              <span className="tier-count-label">{termLabel(TIERS, tier, lang)}</span>
              <span className="tier-count-n">{counts[tier]}</span>
            </Link>
          </li>
        ))}
        <li>
          <Link to="/people" className="tier-count tier-total">
            <span className="tier-count-label">{t('today.total')}</span>
            <span className="tier-count-n">{counts.total}</span>
          </Link>
        </li>
      </ul>
    </nav>
  );
}

interface AgendaViewProps {
  agenda: Agenda;
  onLog: (t: LogTarget) => void;
  onSnooze: (t: SnoozeTarget) => void;
}

/** Long lists start short; a large network can owe hundreds of contacts at once. */
const FIRST_DUE = 30;
const FIRST_MOMENTS = 15;

function AgendaView({ agenda, onLog, onSnooze }: AgendaViewProps) {
  const { t } = useTranslation();
  const [allDue, setAllDue] = useState(false);
  const [allMoments, setAllMoments] = useState(false);
  const due = [...agenda.due].sort((a, b) => b.daysOverdue - a.daysOverdue);
  const followUps = [...agenda.followUps].sort((a, b) => a.hoursLeft - b.hoursLeft);
  const moments = [...agenda.moments].sort((a, b) => a.daysUntil - b.daysUntil);
  const nothing =
    due.length === 0 &&
    followUps.length === 0 &&
    moments.length === 0 &&
    agenda.warnings.length === 0;

  if (nothing) {
    return (
      <EmptyState
        icon={<HandshakeIcon width={40} height={40} />}
        title={t('today.clearTitle')}
        action={
          <Link to="/people" className="button">
            {t('today.browsePeople')}
          </Link>
        }
      >
        <p>{t('today.clearText')}</p>
      </EmptyState>
    );
  }

  return (
    <div className="agenda">
      {agenda.warnings.length > 0 ? <Warnings warnings={agenda.warnings} /> : null}
      {followUps.length > 0 ? (
        <AgendaSection
          id="follow-ups"
          icon={<ClockIcon />}
          title={t('today.followUps')}
          hint={t('today.followUpsHint')}
          count={followUps.length}
        >
          {followUps.map((f) => (
            <FollowUpRow key={f.personId} item={f} onLog={onLog} onSnooze={onSnooze} />
          ))}
        </AgendaSection>
      ) : null}
      {due.length > 0 ? (
        <AgendaSection
          id="due"
          icon={<HandshakeIcon />}
          title={t('today.due')}
          hint={t('today.dueHint')}
          count={due.length}
          footer={
            !allDue && due.length > FIRST_DUE ? (
              <ShowAll count={due.length - FIRST_DUE} onClick={() => setAllDue(true)} />
            ) : null
          }
        >
          {(allDue ? due : due.slice(0, FIRST_DUE)).map((d) => (
            <DueRow key={d.personId} item={d} onLog={onLog} onSnooze={onSnooze} />
          ))}
        </AgendaSection>
      ) : null}
      {moments.length > 0 ? (
        <AgendaSection
          id="moments"
          icon={<CakeIcon />}
          title={t('today.moments')}
          count={moments.length}
          footer={
            !allMoments && moments.length > FIRST_MOMENTS ? (
              <ShowAll count={moments.length - FIRST_MOMENTS} onClick={() => setAllMoments(true)} />
            ) : null
          }
        >
          {(allMoments ? moments : moments.slice(0, FIRST_MOMENTS)).map((m) => (
            <MomentRow key={`${m.personId}-${m.kind}-${m.date}`} item={m} onLog={onLog} />
          ))}
        </AgendaSection>
      ) : null}
    </div>
  );
}

function ShowAll({ count, onClick }: { count: number; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="list-more">
      <button type="button" className="button" onClick={onClick}>
        {t('today.showAll', { count })}
      </button>
    </div>
  );
}

function AgendaSection({
  id,
  icon,
  title,
  hint,
  count,
  children,
  footer,
}: {
  id: string;
  icon: ReactNode;
  title: string;
  hint?: string;
  count: number;
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <section
      className={`agenda-section agenda-${id}`}
      aria-labelledby={`${id}-title`}
      data-testid={`agenda-${id}`}
    >
      <div className="section-heading">
        <h2>
          <span className="section-icon">{icon}</span>
          <span id={`${id}-title`}>{title}</span>
          <span className="count-pill">{count}</span>
        </h2>
        {hint ? <p className="section-hint">{hint}</p> : null}
      </div>
      <ul className="agenda-list">{children}</ul>
      {footer}
    </section>
  );
}

function PersonLink({ id, name }: { id: number; name: string }) {
  return (
    <Link to="/people/$id" params={{ id: String(id) }} className="person-link">
      {name}
    </Link>
  );
}

function RowActions({
  name,
  onLog,
  onSnooze,
}: {
  name: string;
  onLog: () => void;
  onSnooze?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      <button
        type="button"
        className="button button-small button-primary"
        onClick={onLog}
        aria-label={t('today.logFor', { name })}
      >
        {t('today.log')}
      </button>
      {onSnooze ? (
        <button
          type="button"
          className="button button-small"
          onClick={onSnooze}
          aria-label={t('today.snoozeFor', { name })}
        >
          {t('today.snooze')}
        </button>
      ) : null}
    </div>
  );
}

function FollowUpRow({
  item,
  onLog,
  onSnooze,
}: {
  item: FollowUpItem;
  onLog: (t: LogTarget) => void;
  onSnooze: (t: SnoozeTarget) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const hours = Math.floor(item.hoursLeft);
  const status = item.overdue
    ? t('today.followUpOverdue')
    : hours < 1
      ? t('today.lessThanHour')
      : t('today.hoursLeft', { count: hours });
  const person = { id: item.personId, name: item.name };
  return (
    <li className="agenda-row" data-testid="agenda-row" data-person-id={item.personId}>
      <div className="row-main">
        <div className="row-title">
          <PersonLink {...person} />
          <TierBadge tier={item.tier} />
        </div>
        <div className="row-meta">
          <span className={item.overdue ? 'status status-overdue' : 'status status-soon'}>
            {status}
          </span>
          <span>
            {item.metPlace
              ? t('today.metAt', { date: formatDate(item.metOn, lang), place: item.metPlace })
              : t('today.metOn', { date: formatDate(item.metOn, lang) })}
          </span>
          <span className="muted">
            {t('today.deadline', { time: formatInstant(item.deadline, lang) })}
          </span>
        </div>
      </div>
      <RowActions
        name={item.name}
        onLog={() => onLog({ people: [person], kind: 'check-in' })}
        onSnooze={() => onSnooze(person)}
      />
    </li>
  );
}

function DueRow({
  item,
  onLog,
  onSnooze,
}: {
  item: DueItem;
  onLog: (t: LogTarget) => void;
  onSnooze: (t: SnoozeTarget) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const status =
    item.daysOverdue > 0
      ? t('cadence.overdue', { count: item.daysOverdue })
      : item.daysOverdue === 0
        ? t('cadence.dueToday')
        : t('cadence.dueIn', { count: -item.daysOverdue });
  const person = { id: item.personId, name: item.name };
  return (
    <li className="agenda-row" data-testid="agenda-row" data-person-id={item.personId}>
      <div className="row-main">
        <div className="row-title">
          <PersonLink {...person} />
          <TierBadge tier={item.tier} />
        </div>
        <div className="row-meta">
          <span
            className={
              item.daysOverdue > 0
                ? 'status status-overdue'
                : item.daysOverdue === 0
                  ? 'status status-today'
                  : 'status status-soon'
            }
          >
            {status}
          </span>
          <span>
            {item.lastInteractionOn
              ? t('today.lastContact', { date: formatDate(item.lastInteractionOn, lang) })
              : t('today.neverContacted')}
          </span>
          {item.cadenceDays ? (
            <span className="muted">{t('cadence.every', { count: item.cadenceDays })}</span>
          ) : null}
        </div>
      </div>
      <RowActions
        name={item.name}
        onLog={() => onLog({ people: [person] })}
        onSnooze={() => onSnooze(person)}
      />
    </li>
  );
}

function MomentRow({ item, onLog }: { item: MomentItem; onLog: (t: LogTarget) => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const when =
    item.daysUntil === 0 ? t('today.birthdayToday') : t('today.inDays', { count: item.daysUntil });
  return (
    <li className="agenda-row" data-testid="agenda-row" data-person-id={item.personId}>
      <div className="row-main">
        <div className="row-title">
          <PersonLink id={item.personId} name={item.name} />
        </div>
        <div className="row-meta">
          <span className={item.daysUntil === 0 ? 'status status-today' : 'status status-soon'}>
            {t('today.birthday', { date: formatDate(item.date, lang) })} · {when}
          </span>
          {item.age !== undefined ? (
            <span className="muted">{t('today.turning', { age: item.age })}</span>
          ) : null}
        </div>
      </div>
      <RowActions
        name={item.name}
        onLog={() =>
          onLog({ people: [{ id: item.personId, name: item.name }], kind: 'congratulate' })
        }
      />
    </li>
  );
}

function Warnings({ warnings }: { warnings: CapacityWarning[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <section
      className="agenda-section agenda-warnings"
      aria-labelledby="warnings-title"
      data-testid="agenda-warnings"
    >
      <div className="section-heading">
        <h2>
          <span className="section-icon">
            <AlertIcon />
          </span>
          <span id="warnings-title">{t('today.warnings')}</span>
        </h2>
      </div>
      <ul className="warning-list">
        {warnings.map((w) => (
          <li key={w.tier} className="warning">
            <p>
              {t('today.capacity', {
                tier: termLabel(TIERS, w.tier, lang),
                count: w.count,
                limit: w.limit,
              })}
            </p>
            <Link to="/people" search={{ tier: w.tier }} className="button button-small">
              {t('today.reviewTier', { tier: termLabel(TIERS, w.tier, lang) })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
