import type { ReferralStatus } from '../vocab.js';

/**
 * Referral rules, amounts and wording, free of zod and the database, so the web app can share
 * them without pulling the core's schemas into its bundle.
 */

/** The currency values are kept in unless said otherwise; won value in the balance counts only it. */
export const DEFAULT_CURRENCY = 'CNY';
/** An open referral is followed up this many days after it was made (or moved on). */
export const FOLLOW_UP_DAYS = 14;

/** Statuses still waiting for an answer. */
export const OPEN_STATUSES: readonly ReferralStatus[] = ['referred', 'in-talks'];

export function isOpen(status: ReferralStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

/**
 * Thanks owed: a client a peer sent me was won and I have not thanked them yet (the agenda's
 * "thanks" item asks the same in SQL, see listReferralFollowUps).
 */
export function thanksOwed(r: {
  direction: string;
  status: ReferralStatus;
  thanksSentOn: string | null;
}): boolean {
  return r.direction === 'in' && r.status === 'won' && r.thanksSentOn === null;
}

/** Where a referral may go from its status (forward only; closed ones go nowhere). */
export function allowedMoves(from: ReferralStatus): ReferralStatus[] {
  switch (from) {
    case 'referred':
      return ['in-talks', 'won', 'lost'];
    case 'in-talks':
      return ['won', 'lost'];
    case 'won':
    case 'lost':
      return [];
  }
}

/** The status a bare "advance" moves to: only referred → in-talks is unambiguous. */
export function nextStatus(from: ReferralStatus): ReferralStatus | undefined {
  return from === 'referred' ? 'in-talks' : undefined;
}

/** What the agenda and lists say a referral is about: `client · project`. */
export function referralAbout(client: string, project: string | null): string {
  return project ? `${client} · ${project}` : client;
}

/** Amount ↔ whole cents (stored that way so sums stay exact). */
export function toCents(value: number): number {
  return Math.round(value * 100);
}
export function fromCents(cents: number): number {
  return cents / 100;
}

const MULTIPLIERS: Record<string, number> = { 万: 10_000, w: 10_000, k: 1_000, 千: 1_000 };

/**
 * An amount as people type it: `12000`, `12,000`, `¥12,000`, `1.2万`, `8k`, `3000元`. Anything
 * else comes back unchanged, so validation can quote it.
 */
export function parseAmount(text: string): number | string {
  const s = text
    .trim()
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥$]/, '')
    .replace(/元$/, '');
  const m = /^(\d+(?:\.\d+)?)([万wk千]?)$/i.exec(s);
  if (!m) return text;
  const n = Number(m[1]) * (MULTIPLIERS[(m[2] ?? '').toLowerCase()] ?? 1);
  // Multiplying a decimal can leave float dust (1.1万 = 11000.000000000002).
  return Math.round(n * 100) / 100;
}

const SYMBOLS: Record<string, string> = {
  CNY: '¥',
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: 'JP¥',
  HKD: 'HK$',
  TWD: 'NT$',
};

/** `¥12,000`, `$1,250.50`, `SGD 800`: grouped digits, decimals only when there are cents. */
export function formatValue(value: number, currency: string): string {
  const digits = value.toLocaleString('en-US', {
    minimumFractionDigits: Number.isInteger(value) ? 0 : 2,
    maximumFractionDigits: 2,
  });
  const symbol = SYMBOLS[currency];
  return symbol ? `${symbol}${digits}` : `${currency} ${digits}`;
}
