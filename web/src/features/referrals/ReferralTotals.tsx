import { useTranslation } from 'react-i18next';
import type { Referral } from '../../api/types';
import { useLang } from '../../lib/useLang';
import { formatTotals, isOpen } from './format';

function wonValue(list: Referral[], direction: Referral['direction']): Map<string, number> {
  const totals = new Map<string, number>();
  for (const r of list) {
    if (r.direction !== direction || r.status !== 'won' || r.value === null) continue;
    totals.set(r.currency, Math.round(((totals.get(r.currency) ?? 0) + r.value) * 100) / 100);
  }
  return totals;
}

/** The three numbers worth knowing at a glance: open referrals, and what won on each side. */
export function ReferralTotals({ referrals }: { referrals: Referral[] }) {
  const { t } = useTranslation();
  const lang = useLang();
  const open = referrals.filter((r) => isOpen(r.status)).length;
  const items: [string, string, string][] = [
    ['open', t('referral.totals.open'), String(open)],
    ['out', t('referral.totals.wonOut'), formatTotals(wonValue(referrals, 'out'), lang)],
    ['in', t('referral.totals.wonIn'), formatTotals(wonValue(referrals, 'in'), lang)],
  ];
  return (
    <dl className="referral-totals" data-testid="referral-totals">
      {items.map(([key, label, value]) => (
        <div key={key} className={`referral-total referral-total-${key}`}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
