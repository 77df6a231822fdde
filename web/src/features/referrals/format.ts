import type { Lang } from '../../i18n';

/** The currency referrals are kept in unless said otherwise (the server's default too). */
export const DEFAULT_CURRENCY = 'CNY';

/** Currencies offered in the form; the server takes any 3-letter code. */
export const CURRENCIES = ['CNY', 'HKD', 'TWD', 'USD', 'EUR', 'GBP', 'JPY', 'SGD'] as const;

const MULTIPLIERS: Record<string, number> = { 万: 10_000, w: 10_000, k: 1_000, 千: 1_000 };

/**
 * An amount as people type it: `12000`, `12,000`, `¥12,000`, `1.2万`, `8k`, `3000元`. Anything
 * else comes back as typed, so the server can say what is wrong with it next to the field.
 * (The same reading as the CLI's; kept here so the core's zod schemas stay out of the bundle.)
 */
export function parseAmount(text: string): number | string {
  const s = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥$]/, '')
    .replace(/元$/, '');
  const m = /^(\d+(?:\.\d+)?)([万wk千]?)$/i.exec(s);
  if (!m) return text.trim();
  const n = Number(m[1]) * (MULTIPLIERS[(m[2] ?? '').toLowerCase()] ?? 1);
  return Math.round(n * 100) / 100;
}

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
  return r.project ? `${r.client} · ${r.project}` : r.client;
}
