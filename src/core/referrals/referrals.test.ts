import { describe, expect, it } from 'vitest';
import { leanOf } from './reciprocity.js';
import {
  addReferralSchema,
  allowedMoves,
  defaultFollowUp,
  formatValue,
  nextStatus,
  parseAmount,
  referralAbout,
  toCents,
} from './referrals.js';

describe('referral rules', () => {
  it('moves forward only; referred may close directly', () => {
    expect(allowedMoves('referred')).toEqual(['in-talks', 'won', 'lost']);
    expect(allowedMoves('in-talks')).toEqual(['won', 'lost']);
    expect(allowedMoves('won')).toEqual([]);
    expect(allowedMoves('lost')).toEqual([]);
    expect(nextStatus('referred')).toBe('in-talks');
    expect(nextStatus('in-talks')).toBeUndefined();
  });

  it('follows up 14 days later, across a month end', () => {
    expect(defaultFollowUp('2026-11-23')).toBe('2026-12-07');
    expect(defaultFollowUp('2026-12-25')).toBe('2027-01-08');
  });

  it('says what it is about', () => {
    expect(referralAbout('星巴克', '品牌视频')).toBe('星巴克 · 品牌视频');
    expect(referralAbout('星巴克', null)).toBe('星巴克');
  });

  it('reads amounts as people type them', () => {
    expect(parseAmount('12000')).toBe(12000);
    expect(parseAmount('12,000')).toBe(12000);
    expect(parseAmount('¥12,000')).toBe(12000);
    expect(parseAmount('3000元')).toBe(3000);
    expect(parseAmount('1.2万')).toBe(12000);
    expect(parseAmount('1.1万')).toBe(11000);
    expect(parseAmount('8k')).toBe(8000);
    expect(parseAmount('99.5')).toBe(99.5);
    expect(parseAmount('-5')).toBe('-5');
    expect(parseAmount('很多')).toBe('很多');
  });

  it('formats values with the currency, cents only when there are some', () => {
    expect(formatValue(12000, 'CNY')).toBe('¥12,000');
    expect(formatValue(1250.5, 'USD')).toBe('$1,250.50');
    expect(formatValue(0, 'CNY')).toBe('¥0');
    expect(formatValue(800, 'SGD')).toBe('SGD 800');
    expect(toCents(0.1 + 0.2)).toBe(30);
  });

  it('validates value, currency and client', () => {
    const base = { direction: 'out', person: 1, client: '客户' };
    expect(addReferralSchema.safeParse({ ...base, value: 12.34 }).success).toBe(true);
    expect(addReferralSchema.safeParse({ ...base, value: 12.345 }).success).toBe(false);
    expect(addReferralSchema.safeParse({ ...base, value: -1 }).success).toBe(false);
    expect(addReferralSchema.parse({ ...base, currency: 'usd' }).currency).toBe('USD');
    expect(addReferralSchema.parse({ ...base, currency: 'RMB' }).currency).toBe('CNY');
    expect(addReferralSchema.parse({ ...base, currency: '人民币' }).currency).toBe('CNY');
    expect(addReferralSchema.safeParse({ ...base, currency: 'dollars' }).success).toBe(false);
    expect(addReferralSchema.safeParse({ ...base, client: '  ' }).success).toBe(false);
    expect(addReferralSchema.parse({ ...base, direction: '转入' }).direction).toBe('in');
  });

  it('leans only beyond a difference of one', () => {
    expect(leanOf(3, 2)).toBe('balanced');
    expect(leanOf(2, 3)).toBe('balanced');
    expect(leanOf(0, 0)).toBe('balanced');
    expect(leanOf(4, 2)).toBe('giving');
    expect(leanOf(1, 3)).toBe('receiving');
  });
});
