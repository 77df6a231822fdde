import type { Lang } from '../../i18n';
import { DEFAULT_CURRENCY, referralAbout as about } from '../../../../src/core/referrals/rules.js';

export {
  allowedMoves,
  DEFAULT_CURRENCY,
  FOLLOW_UP_DAYS,
  isOpen,
  parseAmount,
  thanksOwed,
} from '../../../../src/core/referrals/rules.js';

/** Currencies offered in the form; the server takes any 3-letter code. */
export const CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'GBP', 'JPY', 'SGD'] as const;

/** `¥12,000`, `$1,250.50`: grouped digits, decimals only when there are cents. */
export function formatMoney(value: number, currency: string, lang: Lang): string {
  const fraction = Number.isInteger(value) ? 0 : 2;
  try {
    return new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      minimumFractionDigits: fraction,
      maximumFractionDigits: fraction,
    }).format(value);
  } catch {
    // Not a currency Intl knows: the code and the number.
    return `${currency} ${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
  }
}

/** Sums by currency, the default currency first: `¥12,000 + $800`. */
export function formatTotals(totals: Map<string, number>, lang: Lang): string {
  const entries = [...totals.entries()].sort(([a], [b]) =>
    a === DEFAULT_CURRENCY ? -1 : b === DEFAULT_CURRENCY ? 1 : a.localeCompare(b),
  );
  if (entries.length === 0) return formatMoney(0, DEFAULT_CURRENCY, lang);
  return entries.map(([c, v]) => formatMoney(v, c, lang)).join(' + ');
}

/** `client · project`, as the lists and the agenda say it. */
export function referralAbout(r: { client: string; project: string | null }): string {
  return about(r.client, r.project);
}
