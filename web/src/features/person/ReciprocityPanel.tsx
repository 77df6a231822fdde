import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Person, Reciprocity } from '../../api/types';
import { QueryState } from '../../components/QueryState';
import { useLang } from '../../lib/useLang';
import { NewIntroductionDialog } from '../introductions/NewIntroductionDialog';
import { useReciprocity } from '../referrals/api';
import { formatMoney } from '../referrals/format';
import { NewReferralDialog } from '../referrals/NewReferralDialog';
import { OpenIntros } from './OpenIntros';
import { PersonReferrals } from './PersonReferrals';
import '../../styles/connector-common.css';
import '../../styles/give-take.css';

/**
 * "Give and take" on a person's page: what I have given them and they me (referrals,
 * introductions, help), said as a friendly nudge, with their open introductions and referrals.
 */
export function ReciprocityPanel({ person }: { person: Person }) {
  const { t } = useTranslation();
  const query = useReciprocity(person.id);
  const [adding, setAdding] = useState<'intro' | 'referral' | null>(null);
  const me = { id: person.id, name: person.name };

  return (
    <section className="profile-section give-take" aria-labelledby="give-take-title">
      <h2 id="give-take-title">{t('reciprocity.title')}</h2>
      <QueryState query={query}>{(r) => <Balance r={r} />}</QueryState>
      <OpenIntros personId={person.id} />
      <PersonReferrals personId={person.id} />
      {person.archivedAt === null ? (
        <div className="give-take-actions">
          <button type="button" className="button button-small" onClick={() => setAdding('intro')}>
            {t('reciprocity.introduce')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => setAdding('referral')}
          >
            {t('reciprocity.refer')}
          </button>
        </div>
      ) : null}
      {adding === 'intro' ? (
        <NewIntroductionDialog initialA={me} onClose={() => setAdding(null)} />
      ) : null}
      {adding === 'referral' ? (
        <NewReferralDialog initialPerson={me} onClose={() => setAdding(null)} />
      ) : null}
    </section>
  );
}

function Balance({ r }: { r: Reciprocity }) {
  const { t } = useTranslation();
  const lang = useLang();
  const sep = lang === 'zh' ? '，' : ' · ';
  const nothing = r.givenTotal === 0 && r.receivedTotal === 0;

  const given = [
    r.given.referrals ? t('reciprocity.referrals', { count: r.given.referrals }) : '',
    r.given.introductions ? t('reciprocity.introductions', { count: r.given.introductions }) : '',
    r.given.help ? t('reciprocity.help', { count: r.given.help }) : '',
  ].filter(Boolean);
  const received = [
    r.received.referrals ? t('reciprocity.referrals', { count: r.received.referrals }) : '',
    r.received.help ? t('reciprocity.help', { count: r.received.help }) : '',
  ].filter(Boolean);
  const won = r.wonValue.given > 0 || r.wonValue.received > 0;

  if (nothing) return <p className="lean lean-none">{t('reciprocity.lean.none')}</p>;
  return (
    <>
      <p className={`lean lean-${r.lean}`} data-testid="lean">
        {t(`reciprocity.lean.${r.lean}`, { name: r.person.name })}
      </p>
      <dl className="give-take-grid">
        <div>
          <dt>{t('reciprocity.given')}</dt>
          <dd>{given.length ? given.join(sep) : t('reciprocity.nothingYet')}</dd>
        </div>
        <div>
          <dt>{t('reciprocity.received')}</dt>
          <dd>{received.length ? received.join(sep) : t('reciprocity.nothingYet')}</dd>
        </div>
        {won ? (
          <div>
            <dt>{t('reciprocity.won')}</dt>
            <dd>
              {t('reciprocity.wonValue', {
                given: formatMoney(r.wonValue.given, 'CNY', lang),
                received: formatMoney(r.wonValue.received, 'CNY', lang),
              })}
            </dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}
