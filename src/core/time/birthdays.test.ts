import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  birthdayIn,
  formatBirthday,
  nextBirthday,
  parseBirthday,
  type Birthday,
} from './birthdays.js';
import { addDays, daysBetween } from './dates.js';

describe('parseBirthday', () => {
  it.each<[string, Birthday]>([
    ['1990-05-17', { year: 1990, month: 5, day: 17 }],
    ['2024-02-29', { year: 2024, month: 2, day: 29 }],
    ['--05-17', { month: 5, day: 17 }],
    ['--0517', { month: 5, day: 17 }],
    ['--02-29', { month: 2, day: 29 }],
    ['--0229', { month: 2, day: 29 }],
    ['--12-31', { month: 12, day: 31 }],
    ['  --01-01 ', { month: 1, day: 1 }],
    [' 1985-12-31 ', { year: 1985, month: 12, day: 31 }],
  ])('%j → %j', (s, expected) => {
    // Strict: a year-less birthday has no `year` key at all.
    expect(parseBirthday(s)).toStrictEqual(expected);
  });

  it.each([
    '--02-30',
    '--0230',
    '--04-31',
    '--13-01',
    '--00-10',
    '--01-00',
    '2023-02-29',
    '2025-02-30',
    '1990-13-01',
    '05-17',
    '-05-17',
    '--5-17',
    '1990/05/17',
    '1990-5-17',
    '0999-01-01',
    '',
    'birthday',
  ])('%j is not a birthday', (s) => {
    expect(parseBirthday(s)).toBeUndefined();
  });

  it('round-trips through formatBirthday', () => {
    for (const s of ['1990-05-17', '--05-17', '--02-29', '2024-02-29']) {
      const b = parseBirthday(s);
      expect(b).toBeDefined();
      expect(formatBirthday(b!)).toBe(s);
    }
    expect(formatBirthday(parseBirthday('--0517')!)).toBe('--05-17');
  });
});

describe('birthdayIn', () => {
  it('celebrates 29 February on 28 February in common years', () => {
    const leapling = { month: 2, day: 29 };
    expect(birthdayIn(leapling, 2027)).toBe('2027-02-28');
    expect(birthdayIn(leapling, 2028)).toBe('2028-02-29');
    expect(birthdayIn(leapling, 2100)).toBe('2100-02-28');
    expect(birthdayIn(leapling, 2000)).toBe('2000-02-29');
    expect(birthdayIn({ month: 2, day: 28 }, 2028)).toBe('2028-02-28');
    expect(birthdayIn({ month: 3, day: 1 }, 2027)).toBe('2027-03-01');
  });
});

describe('nextBirthday', () => {
  it('is today when the birthday is today', () => {
    expect(nextBirthday({ month: 11, day: 23 }, '2026-11-23')).toStrictEqual({
      date: '2026-11-23',
      daysUntil: 0,
    });
  });

  it('moves to next year once this year’s has passed', () => {
    expect(nextBirthday({ month: 11, day: 22 }, '2026-11-23')).toStrictEqual({
      date: '2027-11-22',
      daysUntil: 364,
    });
  });

  it('crosses the year end', () => {
    expect(nextBirthday({ month: 1, day: 2 }, '2026-12-28')).toStrictEqual({
      date: '2027-01-02',
      daysUntil: 5,
    });
    expect(nextBirthday({ month: 12, day: 31 }, '2026-12-28')).toStrictEqual({
      date: '2026-12-31',
      daysUntil: 3,
    });
  });

  it('gives the age reached, counted in the year of the celebration', () => {
    // Born 1990-01-02: on 2027-01-02 they turn 37, not 36.
    expect(nextBirthday({ year: 1990, month: 1, day: 2 }, '2026-12-28')).toStrictEqual({
      date: '2027-01-02',
      daysUntil: 5,
      age: 37,
    });
    expect(nextBirthday({ year: 1990, month: 11, day: 25 }, '2026-11-23').age).toBe(36);
  });

  it('gives no age when the year is unknown', () => {
    const r = nextBirthday({ month: 11, day: 25 }, '2026-11-23');
    expect(r).toStrictEqual({ date: '2026-11-25', daysUntil: 2 });
    expect('age' in r).toBe(false);
  });

  it('celebrates 29 February on 28 February in common years', () => {
    expect(nextBirthday({ month: 2, day: 29 }, '2027-02-25')).toStrictEqual({
      date: '2027-02-28',
      daysUntil: 3,
    });
    expect(nextBirthday({ month: 2, day: 29 }, '2027-02-28')).toStrictEqual({
      date: '2027-02-28',
      daysUntil: 0,
    });
    expect(nextBirthday({ year: 2000, month: 2, day: 29 }, '2027-02-01')).toStrictEqual({
      date: '2027-02-28',
      daysUntil: 27,
      age: 27,
    });
  });

  it('celebrates 29 February on the day itself in leap years', () => {
    expect(nextBirthday({ month: 2, day: 29 }, '2028-02-25')).toStrictEqual({
      date: '2028-02-29',
      daysUntil: 4,
    });
    // 28 February of a leap year is not the leapling’s day.
    expect(nextBirthday({ month: 2, day: 29 }, '2028-02-28').date).toBe('2028-02-29');
    // After 28 February 2027 the next one is 29 February 2028.
    expect(nextBirthday({ year: 2000, month: 2, day: 29 }, '2027-03-01')).toStrictEqual({
      date: '2028-02-29',
      daysUntil: 365,
      age: 28,
    });
  });

  it('is always within a year, on the right month and day (property)', () => {
    const dateArb = fc
      .integer({ min: 0, max: 47_480 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    const birthdayArb = fc
      .record({
        year: fc.option(fc.integer({ min: 1900, max: 2020 }), { nil: undefined }),
        date: fc.integer({ min: 0, max: 365 }).map((n) => addDays('2000-01-01', n)),
      })
      .map(({ year, date }): Birthday => {
        const month = Number(date.slice(5, 7));
        const day = Number(date.slice(8, 10));
        // 29 February with a common birth year is not a real birthday.
        const y =
          year !== undefined && month === 2 && day === 29 && year % 4 !== 0 ? year + 1 : year;
        return y === undefined ? { month, day } : { year: y, month, day };
      });
    fc.assert(
      fc.property(birthdayArb, dateArb, (b, from) => {
        const r = nextBirthday(b, from);
        expect(r.daysUntil).toBeGreaterThanOrEqual(0);
        expect(r.daysUntil).toBeLessThan(366);
        expect(daysBetween(from, r.date)).toBe(r.daysUntil);
        expect(Number(r.date.slice(5, 7))).toBe(b.month);
        const day = Number(r.date.slice(8, 10));
        if (b.month === 2 && b.day === 29) expect([28, 29]).toContain(day);
        else expect(day).toBe(b.day);
        // Nothing earlier in the window is a celebration of this birthday.
        for (let i = 0; i < r.daysUntil; i += 1) {
          const d = addDays(from, i);
          expect(birthdayIn(b, Number(d.slice(0, 4)))).not.toBe(d);
        }
        if (b.year === undefined) expect('age' in r).toBe(false);
        else if (r.age !== undefined) expect(r.age).toBe(Number(r.date.slice(0, 4)) - b.year);
      }),
      { numRuns: 200 },
    );
  });
});
