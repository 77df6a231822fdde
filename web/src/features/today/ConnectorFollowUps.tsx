import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { ConnectorItem } from '../../api/types';
import { HandshakeIcon } from '../../components/Icons';
import { joinNames, PeopleLinks } from '../../components/PeopleLinks';
import { formatDate } from '../../lib/dates';
import { useLang } from '../../lib/useLang';
import { SectionFrame } from './SectionFrame';
import '../../styles/connector-today.css';

type Kind = ConnectorItem['kind'];

/** Where each kind of follow-up is looked after. */
const PLACE = {
  introduction: '/introductions',
  referral: '/referrals',
  thanks: '/referrals',
  gathering: '/connect',
} as const satisfies Record<Kind, string>;

const OPEN_LABEL = {
  introduction: 'connect.today.openIntroduction',
  referral: 'connect.today.openReferral',
  thanks: 'connect.today.openThanks',
  gathering: 'connect.today.openGathering',
} as const satisfies Record<Kind, string>;

/**
 * The connector's part of today: introductions to check on, referrals to follow, thanks owed,
 * gatherings coming up. Each row names the people and leads to the board where it is handled.
 */
export function ConnectorFollowUps({ items }: { items: ConnectorItem[] }) {
  const { t } = useTranslation();
  if (items.length === 0) return null;
  return (
    <SectionFrame
      id="connector"
      icon={<HandshakeIcon />}
      title={t('connect.today.title')}
      hint={t('connect.today.hint')}
      count={items.length}
    >
      <ul className="agenda-list">
        {/* The server sorts them, the most overdue first. */}
        {items.map((item) => (
          <ConnectorRow key={`${item.kind}-${item.id}`} item={item} />
        ))}
      </ul>
    </SectionFrame>
  );
}

function ConnectorRow({ item }: { item: ConnectorItem }) {
  const { t } = useTranslation();
  const lang = useLang();
  const late = item.daysOverdue;
  const status =
    late > 0
      ? // A gathering in the past is not late: it is waiting to be marked held (or cancelled).
        item.kind === 'gathering'
        ? t('connect.today.gatheringPast', { count: late })
        : t('connect.today.overdue', { count: late })
      : late === 0
        ? t('connect.today.dueToday')
        : t('connect.today.dueIn', { count: -late });
  const names = joinNames(item.people, lang);
  return (
    <li className="agenda-row" data-testid="connector-row" data-kind={item.kind}>
      <div className="row-main">
        <div className="row-title">
          <span className={`badge connector-kind connector-kind-${item.kind}`}>
            {t(`connect.today.kind.${item.kind}`)}
          </span>
          <span>
            <PeopleLinks
              people={item.people}
              lang={lang}
              separator={item.kind === 'introduction' ? ' ↔ ' : undefined}
            />
          </span>
        </div>
        <div className="row-meta">
          <span
            className={
              late > 0
                ? 'status status-overdue'
                : late === 0
                  ? 'status status-today'
                  : 'status status-soon'
            }
          >
            {status}
          </span>
          <span>{formatDate(item.dueOn, lang)}</span>
          {item.about ? <span className="muted">{item.about}</span> : null}
        </div>
      </div>
      <div className="row-actions">
        <Link
          to={PLACE[item.kind]}
          className="button button-small"
          aria-label={t(OPEN_LABEL[item.kind], { names })}
        >
          {t('connect.today.open')}
        </Link>
      </div>
    </li>
  );
}
