import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../lib/useLang';
import { REFERRAL_STATUSES, termLabel } from '../../lib/vocab';
import { useReferrals } from '../referrals/api';
import { formatMoney, referralAbout } from '../referrals/format';

/** How many referrals the panel lists before pointing to the Referrals page. */
const SHOWN = 5;

/** Referrals with this person, newest first: what, which way, where it stands. */
export function PersonReferrals({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const lang = useLang();
  const query = useReferrals({ person: personId });
  const list = query.data ?? [];
  if (list.length === 0) return null;
  return (
    <div className="give-take-part">
      <h3>
        {t('reciprocity.referralsTitle')} <span className="count-pill">{list.length}</span>
      </h3>
      <ul className="give-take-list">
        {list.slice(0, SHOWN).map((r) => (
          <li key={r.id}>
            <span className={`direction-mark direction-${r.direction}`}>
              {r.direction === 'out' ? t('reciprocity.outMark') : t('reciprocity.inMark')}
            </span>{' '}
            <span>{referralAbout(r)}</span>
            <span className="muted">
              {' · '}
              {termLabel(REFERRAL_STATUSES, r.status, lang)}
              {r.value !== null ? ` · ${formatMoney(r.value, r.currency, lang)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <Link to="/referrals" search={{ person: personId, show: 'all' }} className="small">
        {t('reciprocity.toReferrals')}
      </Link>
    </div>
  );
}
