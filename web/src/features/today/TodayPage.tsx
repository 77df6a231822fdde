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
  Tier,
  TierCounts,
} from '../../api/types';
import { TierBadge } from '../../components/Badges';
import { AddFirstPerson, EmptyState } from '../../components/EmptyState';
import { AlertIcon, CakeIcon, ClockIcon, HandshakeIcon } from '../../components/Icons';
import { LogInteractionDialog, type LogTarget } from '../../components/LogInteractionDialog';
import { QueryState } from '../../components/QueryState';
import { SnoozeDialog, type SnoozeTarget } from '../../components/SnoozeDialog';
import { formatDate, formatInstant } from '../../lib/dates';
import { usePageTitle } from '../../lib/usePageTitle';
import { useLang } from '../../lib/useLang';
import { TIERS, termLabel } from '../../lib/vocab';
import { ConnectorFollowUps } from './ConnectorFollowUps';
import { SectionFrame } from './SectionFrame';

export function TodayPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const today = useToday();
  const { data } = today;
  const [logTarget, setLogTarget] = useState<LogTarget | null>(null);
  const [snoozeTarget, setSnoozeTarget] = useState<SnoozeTarget | null>(null);
  usePageTitle(t('today.title'));

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
      <QueryState query={today}>
        {(agenda) =>
          agenda.counts.total === 0 ? (
            <AddFirstPerson title={t('today.welcomeTitle')}>
              <p>{t('today.welcomeText')}</p>
              <p className="muted">{t('today.welcomeTip')}</p>
            </AddFirstPerson>
          ) : (
            <AgendaView agenda={agenda} onLog={setLogTarget} onSnooze={setSnoozeTarget} />
          )
        }
      </QueryState>
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
  const due = [...agenda.due].sort((a, b) => b.daysOverdue - a.daysOverdue);
  const followUps = [...agenda.followUps].sort((a, b) => a.hoursLeft - b.hoursLeft);
  const moments = [...agenda.moments].sort((a, b) => a.daysUntil - b.daysUntil);
  const nothing =
    due.length === 0 &&
    followUps.length === 0 &&
    moments.length === 0 &&
    agenda.connector.length === 0 &&
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
      <AgendaSection
        id="follow-ups"
        icon={<ClockIcon />}
        title={t('today.followUps')}
        hint={t('today.followUpsHint')}
        items={followUps}
        renderItem={(f) => (
          <FollowUpRow key={f.personId} item={f} onLog={onLog} onSnooze={onSnooze} />
        )}
      />
      <ConnectorFollowUps items={agenda.connector} />
      <AgendaSection
        id="due"
        icon={<HandshakeIcon />}
        title={t('today.due')}
        hint={t('today.dueHint')}
        items={due}
        first={FIRST_DUE}
        renderItem={(d) => <DueRow key={d.personId} item={d} onLog={onLog} onSnooze={onSnooze} />}
      />
      <AgendaSection
        id="moments"
        icon={<CakeIcon />}
        title={t('today.moments')}
        items={moments}
        first={FIRST_MOMENTS}
        renderItem={(m) => (
          <MomentRow key={`${m.personId}-${m.kind}-${m.date}`} item={m} onLog={onLog} />
        )}
      />
    </div>
  );
}

/**
 * One list of the agenda, nothing when it is empty. A list longer than `first` shows that many
 * and a button for the rest. It stays mounted while empty, so "show all" survives a refetch.
 */
function AgendaSection<T>({
  items,
  first = Infinity,
  renderItem,
  ...frame
}: {
  id: string;
  icon: ReactNode;
  title: string;
  hint?: string;
  items: T[];
  first?: number;
  renderItem: (item: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (items.length === 0) return null;
  const cut = !all && items.length > first;
  return (
    <SectionFrame {...frame} count={items.length}>
      <ul className="agenda-list">{(cut ? items.slice(0, first) : items).map(renderItem)}</ul>
      {cut ? (
        <div className="list-more">
          <button type="button" className="button" onClick={() => setAll(true)}>
            {t('today.showAll', { count: items.length - first })}
          </button>
        </div>
      ) : null}
    </SectionFrame>
  );
}

/** A person on the agenda: who, why now, and what to do about it. */
function AgendaRow({
  person,
  tier,
  children,
  onLog,
  onSnooze,
}: {
  person: { id: number; name: string };
  tier?: Tier;
  children: ReactNode;
  onLog: () => void;
  onSnooze?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <li className="agenda-row" data-testid="agenda-row" data-person-id={person.id}>
      <div className="row-main">
        <div className="row-title">
          <Link to="/people/$id" params={{ id: String(person.id) }} className="person-link">
            {person.name}
          </Link>
          {tier ? <TierBadge tier={tier} /> : null}
        </div>
        <div className="row-meta">{children}</div>
      </div>
      <div className="row-actions">
        <button
          type="button"
          className="button button-small button-primary"
          onClick={onLog}
          aria-label={t('today.logFor', { name: person.name })}
        >
          {t('today.log')}
        </button>
        {onSnooze ? (
          <button
            type="button"
            className="button button-small"
            onClick={onSnooze}
            aria-label={t('today.snoozeFor', { name: person.name })}
          >
            {t('today.snooze')}
          </button>
        ) : null}
      </div>
    </li>
  );
}

interface RowProps<I> {
  item: I;
  onLog: (t: LogTarget) => void;
  onSnooze: (t: SnoozeTarget) => void;
}

function FollowUpRow({ item, onLog, onSnooze }: RowProps<FollowUpItem>) {
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
    <AgendaRow
      person={person}
      tier={item.tier}
      onLog={() => onLog({ people: [person], kind: 'check-in' })}
      onSnooze={() => onSnooze(person)}
    >
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
    </AgendaRow>
  );
}

function DueRow({ item, onLog, onSnooze }: RowProps<DueItem>) {
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
    <AgendaRow
      person={person}
      tier={item.tier}
      onLog={() => onLog({ people: [person] })}
      onSnooze={() => onSnooze(person)}
    >
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
    </AgendaRow>
  );
}

function MomentRow({ item, onLog }: Omit<RowProps<MomentItem>, 'onSnooze'>) {
  const { t } = useTranslation();
  const lang = useLang();
  const when =
    item.daysUntil === 0 ? t('today.birthdayToday') : t('today.inDays', { count: item.daysUntil });
  const person = { id: item.personId, name: item.name };
  return (
    <AgendaRow person={person} onLog={() => onLog({ people: [person], kind: 'congratulate' })}>
      <span className={item.daysUntil === 0 ? 'status status-today' : 'status status-soon'}>
        {t('today.birthday', { date: formatDate(item.date, lang) })} · {when}
      </span>
      {item.age !== undefined ? (
        <span className="muted">{t('today.turning', { age: item.age })}</span>
      ) : null}
    </AgendaRow>
  );
}

function Warnings({ warnings }: { warnings: CapacityWarning[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <SectionFrame id="warnings" icon={<AlertIcon />} title={t('today.warnings')}>
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
    </SectionFrame>
  );
}
