import { useId, useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/types';
import { Segmented } from '../../components/Choice';
import { EmptyState } from '../../components/EmptyState';
import { HandshakeIcon, PlusIcon } from '../../components/Icons';
import { PersonFilterChip } from '../../components/PersonFilterChip';
import { QueryState } from '../../components/QueryState';
import { usePageTitle } from '../../lib/usePageTitle';
import { referralsRoute, type ReferralsSearch } from '../../router';
import { useReferrals } from './api';
import { isOpen, thanksOwed } from './format';
import { NewReferralDialog } from './NewReferralDialog';
import { ReferralRow } from './ReferralRow';
import { ReferralTotals } from './ReferralTotals';
import '../../styles/connector-common.css';
import '../../styles/referrals.css';

type DirectionFilter = 'all' | 'out' | 'in';
type ShowFilter = 'open' | 'closed' | 'all';

/** Still asks something of me: an answer to wait for, or thanks owed for a client received. */
const toFollowUp = (r: Referral) => isOpen(r.status) || thanksOwed(r);

/** Referrals passed out and received, with their status, follow-ups and thanks. */
export function ReferralsPage() {
  const { t } = useTranslation();
  const search = referralsRoute.useSearch();
  const navigate = useNavigate();
  const id = useId();
  const [adding, setAdding] = useState(false);
  // One request for everything (the totals need it all); the filters work on it in place.
  const referrals = useReferrals({ person: search.person });
  usePageTitle(t('referral.title'));

  const direction: DirectionFilter = search.direction ?? 'all';
  const show: ShowFilter = search.show ?? 'open';
  const setSearch = (patch: Partial<ReferralsSearch>) =>
    void navigate({ to: '/referrals', search: (s) => ({ ...s, ...patch }), replace: true });

  return (
    <div className="page page-referrals">
      <header className="page-header">
        <div>
          <h1>{t('referral.title')}</h1>
          <p className="page-subtitle">{t('referral.subtitle')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => setAdding(true)}>
            <PlusIcon width={16} height={16} />
            <span>{t('referral.new.button')}</span>
          </button>
        </div>
      </header>
      {search.person ? (
        <PersonFilterChip
          id={search.person}
          text={(name) => t('referral.onlyFor', { name })}
          clearLabel={t('referral.showAllPeople')}
          to="/referrals"
        />
      ) : null}
      <QueryState query={referrals}>
        {(all) =>
          all.length === 0 ? (
            <EmptyState
              icon={<HandshakeIcon width={40} height={40} />}
              title={search.person ? t('referral.emptyForTitle') : t('referral.emptyTitle')}
              action={
                <button
                  type="button"
                  className="button button-primary"
                  onClick={() => setAdding(true)}
                >
                  {t('referral.new.button')}
                </button>
              }
            >
              <p>{t('referral.emptyText')}</p>
            </EmptyState>
          ) : (
            <>
              <ReferralTotals referrals={all} />
              <div className="referral-filters">
                <Segmented
                  legend={t('referral.filter.direction')}
                  name={`${id}-direction`}
                  value={direction}
                  onValue={(v) => setSearch({ direction: v === 'all' ? undefined : v })}
                  options={[
                    { value: 'all', label: t('referral.filter.all') },
                    { value: 'out', label: t('referral.filter.out') },
                    { value: 'in', label: t('referral.filter.in') },
                  ]}
                />
                <Segmented
                  legend={t('referral.filter.show')}
                  name={`${id}-show`}
                  value={show}
                  onValue={(v) => setSearch({ show: v === 'open' ? undefined : v })}
                  options={[
                    { value: 'open', label: t('referral.filter.open') },
                    { value: 'closed', label: t('referral.filter.closed') },
                    { value: 'all', label: t('referral.filter.everything') },
                  ]}
                />
              </div>
              <ReferralList
                list={all.filter(
                  (r) =>
                    (direction === 'all' || r.direction === direction) &&
                    (show === 'all' || (show === 'open' ? toFollowUp(r) : !isOpen(r.status))),
                )}
                onShowAll={() => setSearch({ direction: undefined, show: 'all' })}
              />
            </>
          )
        }
      </QueryState>
      {adding ? (
        <NewReferralDialog
          onClose={() => setAdding(false)}
          onCreated={(r) => {
            // Show where the new one landed, whatever the filters were.
            const patch: Partial<ReferralsSearch> = {};
            if (direction !== 'all' && direction !== r.direction) patch.direction = undefined;
            if (show === 'closed') patch.show = undefined;
            if (Object.keys(patch).length > 0) setSearch(patch);
          }}
        />
      ) : null}
    </div>
  );
}

function ReferralList({ list, onShowAll }: { list: Referral[]; onShowAll: () => void }) {
  const { t } = useTranslation();
  if (list.length === 0) {
    return (
      <div className="referral-none">
        <p>{t('referral.noneHere')}</p>
        <button type="button" className="button button-small" onClick={onShowAll}>
          {t('referral.showEverything')}
        </button>
      </div>
    );
  }
  return (
    <ul className="referral-list" aria-label={t('referral.listLabel')}>
      {list.map((r) => (
        <ReferralRow key={r.id} referral={r} />
      ))}
    </ul>
  );
}
