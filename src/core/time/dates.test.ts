import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  daysBetween,
  daysInMonth,
  isLeapYear,
  isValidDate,
  isValidTimeZone,
  localDate,
  localTime,
  parseLocalDateTime,
  zonedInstant,
} from './dates.js';

const HOUR_MS = 3_600_000;
const iso = (d: Date) => d.toISOString();

/** Any calendar date from 1970 to 2100, as `YYYY-MM-DD`. */
const dateArb = fc
  .integer({ min: 0, max: 47_480 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('isValidDate', () => {
  it.each([
    ['2025-02-30', false],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2026-13-01', false],
    ['2000-02-29', true],
    ['1900-02-29', false],
    ['2026-04-31', false],
    ['2026-04-30', true],
    ['2026-12-31', true],
    ['2026-00-10', false],
    ['2026-01-00', false],
    ['2026-1-01', false],
    ['2026-01-1', false],
    ['20260101', false],
    [' 2026-01-01', false],
    ['2026-01-01T00:00', false],
    ['0999-12-31', false],
    ['', false],
  ])('%s → %s', (s, valid) => {
    expect(isValidDate(s)).toBe(valid);
  });

  it('agrees with the calendar for every day of a leap and a common year', () => {
    for (const y of [2024, 2025]) {
      let count = 0;
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (isValidDate(s)) count++;
        }
      }
      expect(count).toBe(isLeapYear(y) ? 366 : 365);
    }
  });
});

describe('isLeapYear and daysInMonth', () => {
  it('follows the Gregorian rules', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
      true,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2024-01-31', 30, '2024-03-01'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2026-12-28', 7, '2027-01-04'],
    ['2024-01-01', 366, '2025-01-01'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2026-11-23', 0, '2026-11-23'],
    // US and EU DST weekends: calendar days stay whole days.
    ['2026-03-07', 2, '2026-03-09'],
    ['2026-10-31', 2, '2026-11-02'],
    ['2026-03-28', 2, '2026-03-30'],
  ])('%s %+d days → %s', (from, n, to) => {
    expect(addDays(from, n)).toBe(to);
  });

  it('throws on a value that is not a date', () => {
    expect(() => addDays('tomorrow', 1)).toThrow(RangeError);
  });
});

describe('daysBetween', () => {
  it.each([
    ['2026-02-28', '2026-03-01', 1],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-01-31', '2026-03-02', 30],
    ['2026-12-31', '2027-01-01', 1],
    ['2027-01-01', '2026-12-31', -1],
    ['2024-01-01', '2025-01-01', 366],
    ['2025-01-01', '2026-01-01', 365],
    ['2026-03-01', '2026-04-01', 31],
    ['2026-11-23', '2026-11-23', 0],
  ])('%s → %s is %d', (from, to, n) => {
    expect(daysBetween(from, to)).toBe(n);
  });

  it('is the inverse of addDays (property)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -4000, max: 4000 }), (d, n) => {
        const later = addDays(d, n);
        expect(isValidDate(later)).toBe(true);
        expect(daysBetween(d, later)).toBe(n);
        expect(addDays(later, -n)).toBe(d);
      }),
      { numRuns: 300 },
    );
  });
});

describe('localDate and localTime', () => {
  it('decides the day by the time zone around midnight', () => {
    // 16:00Z is midnight in Shanghai (UTC+8), still the afternoon before in UTC.
    const justBefore = new Date('2026-11-22T15:59:59Z');
    const midnightShanghai = new Date('2026-11-22T16:00:00Z');
    expect(localDate(justBefore, 'Asia/Shanghai')).toBe('2026-11-22');
    expect(localDate(midnightShanghai, 'Asia/Shanghai')).toBe('2026-11-23');
    expect(localTime(midnightShanghai, 'Asia/Shanghai')).toBe('00:00:00');
    expect(localDate(midnightShanghai, 'UTC')).toBe('2026-11-22');
    expect(localDate(midnightShanghai, 'America/Los_Angeles')).toBe('2026-11-22');
    expect(localTime(midnightShanghai, 'America/Los_Angeles')).toBe('08:00:00');

    // Midnight in Los Angeles (UTC-8 in November) is 08:00Z.
    expect(localDate(new Date('2026-11-23T07:59:59Z'), 'America/Los_Angeles')).toBe('2026-11-22');
    expect(localDate(new Date('2026-11-23T08:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-23');
    expect(localTime(new Date('2026-11-23T07:59:59Z'), 'America/Los_Angeles')).toBe('23:59:59');
    // …and UTC midnight is already 08:00 in Shanghai, still the day before in Los Angeles.
    const utcMidnight = new Date('2026-11-23T00:00:00Z');
    expect(localDate(utcMidnight, 'UTC')).toBe('2026-11-23');
    expect(localDate(utcMidnight, 'Asia/Shanghai')).toBe('2026-11-23');
    expect(localDate(utcMidnight, 'America/Los_Angeles')).toBe('2026-11-22');
  });

  it('crosses the year end in Shanghai before UTC does', () => {
    const t = new Date('2026-12-31T16:30:00Z');
    expect(localDate(t, 'Asia/Shanghai')).toBe('2027-01-01');
    expect(localDate(t, 'UTC')).toBe('2026-12-31');
    expect(localDate(t, 'America/Los_Angeles')).toBe('2026-12-31');
  });

  it('does not depend on the process time zone', () => {
    // vitest runs with TZ=Asia/Shanghai; the answer for UTC must still be UTC's.
    expect(localDate(new Date('2026-11-22T20:00:00Z'), 'UTC')).toBe('2026-11-22');
    expect(localTime(new Date('2026-11-22T20:00:00Z'), 'UTC')).toBe('20:00:00');
  });

  it('knows valid time zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('America/New_York')).toBe(true);
    expect(isValidTimeZone('Mars/Base')).toBe(false);
  });
});

describe('zonedInstant', () => {
  it('reads a wall-clock time in a fixed-offset zone', () => {
    expect(iso(zonedInstant('2026-11-23', '10:00', 'Asia/Shanghai'))).toBe(
      '2026-11-23T02:00:00.000Z',
    );
    expect(iso(zonedInstant('2026-11-24', '00:00', 'Asia/Shanghai'))).toBe(
      '2026-11-23T16:00:00.000Z',
    );
    expect(iso(zonedInstant('2026-11-23', '23:59:59', 'UTC'))).toBe('2026-11-23T23:59:59.000Z');
    expect(iso(zonedInstant('2027-01-01', '00:00', 'America/Los_Angeles'))).toBe(
      '2027-01-01T08:00:00.000Z',
    );
  });

  describe('America/New_York spring forward (2026-03-08, 02:00 EST → 03:00 EDT)', () => {
    const tz = 'America/New_York';

    it('uses EST before the jump and EDT after it', () => {
      expect(iso(zonedInstant('2026-03-08', '01:59', tz))).toBe('2026-03-08T06:59:00.000Z');
      expect(iso(zonedInstant('2026-03-08', '03:00', tz))).toBe('2026-03-08T07:00:00.000Z');
      expect(iso(zonedInstant('2026-03-08', '12:00', tz))).toBe('2026-03-08T16:00:00.000Z');
      expect(iso(zonedInstant('2026-03-07', '12:00', tz))).toBe('2026-03-07T17:00:00.000Z');
    });

    it('resolves 02:30, which never happens, to just after the jump (03:30 EDT)', () => {
      const t = zonedInstant('2026-03-08', '02:30', tz);
      // The jump happens at 07:00Z; the result must not be before it.
      expect(t.getTime()).toBeGreaterThanOrEqual(Date.parse('2026-03-08T07:00:00Z'));
      expect(iso(t)).toBe('2026-03-08T07:30:00.000Z');
      expect(localDate(t, tz)).toBe('2026-03-08');
      expect(localTime(t, tz)).toBe('03:30:00');
    });

    it('makes that day 23 hours long', () => {
      const start = zonedInstant('2026-03-08', '00:00', tz);
      const end = zonedInstant('2026-03-09', '00:00', tz);
      expect(end.getTime() - start.getTime()).toBe(23 * HOUR_MS);
    });
  });

  describe('America/New_York fall back (2026-11-01, 02:00 EDT → 01:00 EST)', () => {
    const tz = 'America/New_York';

    it('uses EDT before the repeated hour and EST after it', () => {
      expect(iso(zonedInstant('2026-11-01', '00:30', tz))).toBe('2026-11-01T04:30:00.000Z');
      expect(iso(zonedInstant('2026-11-01', '02:00', tz))).toBe('2026-11-01T07:00:00.000Z');
      expect(iso(zonedInstant('2026-11-01', '12:00', tz))).toBe('2026-11-01T17:00:00.000Z');
    });

    it('resolves 01:30, which happens twice, to its first occurrence (EDT)', () => {
      const t = zonedInstant('2026-11-01', '01:30', tz);
      expect(localTime(t, tz)).toBe('01:30:00');
      expect(iso(t)).toBe('2026-11-01T05:30:00.000Z');
    });

    it('makes that day 25 hours long', () => {
      const start = zonedInstant('2026-11-01', '00:00', tz);
      const end = zonedInstant('2026-11-02', '00:00', tz);
      expect(end.getTime() - start.getTime()).toBe(25 * HOUR_MS);
    });
  });

  it('treats a European gap and overlap the same way (Europe/Berlin)', () => {
    const tz = 'Europe/Berlin';
    const gap = zonedInstant('2026-03-29', '02:30', tz);
    expect(localTime(gap, tz)).toBe('03:30:00');
    const overlap = zonedInstant('2026-10-25', '02:30', tz);
    expect(localTime(overlap, tz)).toBe('02:30:00');
    expect(iso(overlap)).toBe('2026-10-25T00:30:00.000Z');
  });

  it('round-trips localDate/localTime for any instant (property)', () => {
    const zones = [
      'Asia/Shanghai',
      'America/New_York',
      'America/Los_Angeles',
      'Europe/Berlin',
      'UTC',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2020, 0, 1) / 1000, max: Date.UTC(2031, 0, 1) / 1000 }),
        fc.constantFrom(...zones),
        (seconds, tz) => {
          const t = new Date(seconds * 1000);
          const r = zonedInstant(localDate(t, tz), localTime(t, tz), tz);
          expect(localDate(r, tz)).toBe(localDate(t, tz));
          expect(localTime(r, tz)).toBe(localTime(t, tz));
          // Equal, or the first occurrence of a repeated wall time one hour earlier.
          expect([0, HOUR_MS]).toContain(t.getTime() - r.getTime());
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each([
    ['America/New_York', ['2026-03-08', '2026-11-01']],
    ['Europe/Berlin', ['2026-03-29', '2026-10-25']],
  ])('round-trips every minute around the %s transitions', (tz, days) => {
    // Every minute from 22:00Z the day before to 10:00Z on both days.
    for (const day of days) {
      for (let m = -2 * 60; m <= 10 * 60; m += 1) {
        const t = new Date(Date.parse(`${day}T00:00:00Z`) + m * 60_000);
        const r = zonedInstant(localDate(t, tz), localTime(t, tz), tz);
        expect(localTime(r, tz)).toBe(localTime(t, tz));
        expect([0, HOUR_MS]).toContain(t.getTime() - r.getTime());
      }
    }
  });
});

describe('parseLocalDateTime', () => {
  it.each([
    ['2026-11-23', { date: '2026-11-23' }],
    ['  2026-11-23  ', { date: '2026-11-23' }],
    ['2026-11-23T09:30', { date: '2026-11-23', time: '09:30:00' }],
    ['2026-11-23 09:30', { date: '2026-11-23', time: '09:30:00' }],
    ['2026-11-23T09:30:15', { date: '2026-11-23', time: '09:30:15' }],
    ['2024-02-29T23:59:59', { date: '2024-02-29', time: '23:59:59' }],
    ['2026-11-23T00:00', { date: '2026-11-23', time: '00:00:00' }],
  ])('%j → %j', (s, expected) => {
    expect(parseLocalDateTime(s)).toStrictEqual(expected);
  });

  it.each([
    '2025-02-30',
    '2025-02-29T10:00',
    '2026-11-23T24:00',
    '2026-11-23T09:60',
    '2026-11-23T09:30:60',
    '2026-11-23T9:30',
    '2026-11-23T09',
    '2026-11-23T09:30Z',
    '2026-11-23T09:30+08:00',
    '23/11/2026',
    'today',
    '',
  ])('%j is rejected', (s) => {
    expect(parseLocalDateTime(s)).toBeUndefined();
  });
});
