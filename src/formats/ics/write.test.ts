import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makeInteraction, makePerson } from '../../../test/helpers/factories.js';
import { birthdayEvent } from '../../core/exchange/calendar.js';
import { exportCalendar } from '../../core/exchange/calendar.service.js';
import { PRODID } from '../../core/exchange/export.service.js';
import { archivePerson } from '../../core/people/people.service.js';
import { birthdayIn, parseBirthday } from '../../core/time/birthdays.js';
import { isLeapYear } from '../../core/time/dates.js';
import { unfold } from '../text/fold.js';
import { escapeText, icsUtc, writeCalendar, type CalendarEvent } from './write.js';

/** The unfolded VEVENTs of a feed, each as a map of property line name (with parameters) → value. */
function events(ics: string): Map<string, string>[] {
  const out: Map<string, string>[] = [];
  let current: Map<string, string> | undefined;
  for (const line of unfold(ics).split('\r\n')) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = undefined;
    } else if (current) {
      const at = line.indexOf(':');
      current.set(line.slice(0, at), line.slice(at + 1));
    }
  }
  return out;
}

/** Undoes TEXT escaping (for the round-trip property). */
function unescapeText(s: string): string {
  return s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

describe('TEXT escaping and folding', () => {
  it('escapes backslash, semicolon, comma and newlines, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('bell\u0007 tab\tkept\u007f')).toBe('bell tab\tkept');
  });

  const text = fc.string({
    unit: fc.constantFrom('a', 'Z', ' ', ';', ',', '\\', '\n', '张', '伟', '🎂', 'é', '，', ':'),
    maxLength: 300,
  });

  it('keeps every line within 75 octets, never splits a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(text, text, (summary, description) => {
        const ics = writeCalendar({
          prodId: PRODID,
          name: summary || '同行',
          stamp: new Date('2026-11-23T02:00:00Z'),
          events: [{ uid: 'x@tongxing', summary, description, time: { date: '2026-11-23' } }],
        });
        expect(ics.endsWith('\r\n')).toBe(true);
        // No bare CR or LF: every line ends in CRLF.
        expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        for (const line of ics.split('\r\n')) {
          const bytes = Buffer.from(line, 'utf8');
          expect(bytes.length).toBeLessThanOrEqual(75);
          // A split character would not survive the round trip through bytes.
          expect(bytes.toString('utf8')).toBe(line);
        }
        const [e] = events(ics);
        expect(unescapeText(e!.get('SUMMARY')!)).toBe(summary);
        if (description) expect(unescapeText(e!.get('DESCRIPTION')!)).toBe(description);
      }),
      { numRuns: 300 },
    );
  });
});

describe('calendar structure', () => {
  const cal = (events: CalendarEvent[]) =>
    writeCalendar({
      prodId: PRODID,
      name: '同行',
      stamp: new Date('2026-11-23T02:00:00.123Z'),
      events,
    });

  it('has the header subscriptions need, once each, in a VCALENDAR', () => {
    const lines = unfold(cal([])).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    for (const l of [
      'VERSION:2.0',
      `PRODID:${PRODID}`,
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'NAME:同行',
      'X-WR-CALNAME:同行',
      'REFRESH-INTERVAL;VALUE=DURATION:PT6H',
      'X-PUBLISHED-TTL:PT6H',
    ]) {
      expect(
        lines.filter((x) => x === l),
        l,
      ).toHaveLength(1);
    }
  });

  it('writes all-day events as DATE values and timed ones in UTC, never floating', () => {
    const ics = cal([
      { uid: 'a@t', summary: 'all day', time: { date: '2026-12-31' } },
      {
        uid: 'b@t',
        summary: 'timed',
        time: { start: '2026-11-24T00:00:00.000Z', end: '2026-11-24T01:00:00.000Z' },
      },
    ]);
    const [allDay, timed] = events(ics);
    expect(allDay!.get('DTSTART;VALUE=DATE')).toBe('20261231');
    expect(allDay!.get('DTEND;VALUE=DATE')).toBe('20270101');
    expect(allDay!.get('DTSTAMP')).toBe('20261123T020000Z');
    expect(timed!.get('DTSTART')).toBe('20261124T000000Z');
    expect(timed!.get('DTEND')).toBe('20261124T010000Z');
    // Every date-time in the file is UTC.
    for (const m of unfold(ics).matchAll(/:(\d{8}T\d{6}Z?)\r\n/g)) expect(m[1]).toMatch(/Z$/);
    expect(icsUtc('2026-06-01T12:34:56.789+08:00')).toBe('20260601T043456Z');
  });

  it('has no alarms and no to-dos (subscriptions ignore them)', () => {
    const ics = cal([{ uid: 'a@t', summary: 's', time: { date: '2026-12-31' } }]);
    expect(ics).not.toMatch(/VALARM|VTODO/);
  });
});

describe('birthdays', () => {
  it('repeats 29 February on the last day of February, like the core (birthdayIn)', () => {
    const e = birthdayEvent({ uid: 'u', name: '张伟', birthday: '--02-29' }, 'zh')!;
    expect(e.rrule).toBe('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1');
    // DTSTART is a real 29 February, in a leap year.
    expect(e.time).toEqual({ date: '2000-02-29' });
    expect(e.summary).toBe('🎂 张伟 生日');
    // The rule's occurrences are exactly the core's celebration days.
    const b = parseBirthday('--02-29')!;
    for (let y = 2000; y <= 2030; y++) {
      const lastOfFeb = isLeapYear(y) ? `${y}-02-29` : `${y}-02-28`;
      expect(birthdayIn(b, y)).toBe(lastOfFeb);
    }
    const known = birthdayEvent({ uid: 'u', name: 'Li', birthday: '1996-02-29' }, 'en')!;
    expect(known).toMatchObject({
      time: { date: '1996-02-29' },
      rrule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1',
      summary: "🎂 Li's birthday",
    });
  });

  it('starts a year-less birthday in 2000, a known one in its year, and Apple’s 1604 as year-less', () => {
    expect(birthdayEvent({ uid: 'u', name: 'a', birthday: '--11-25' }, 'en')).toMatchObject({
      time: { date: '2000-11-25' },
      rrule: 'FREQ=YEARLY',
    });
    expect(birthdayEvent({ uid: 'u', name: 'a', birthday: '1990-05-20' }, 'en')).toMatchObject({
      time: { date: '1990-05-20' },
      rrule: 'FREQ=YEARLY',
    });
    expect(birthdayEvent({ uid: 'u', name: 'a', birthday: '1604-03-01' }, 'en')?.time).toEqual({
      date: '2000-03-01',
    });
    expect(birthdayEvent({ uid: 'u', name: 'a', birthday: 'soon' }, 'en')).toBeUndefined();
  });
});

describe('the feed from a database', () => {
  let ctx: TestContext;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await createTestContext(); // 2026-11-23 10:00 in Shanghai
    const zw = await makePerson(ctx, {
      name: '张伟',
      tier: 'core',
      birthday: '--02-29',
      metOn: '2026-11-01',
    });
    const emily = await makePerson(ctx, { name: 'Emily Chen', tier: 'important' });
    await makeInteraction(ctx, [emily], { date: '2026-11-20' }); // due 2026-12-20
    const later = await makePerson(ctx, { name: '下个月', tier: 'important' });
    await makeInteraction(ctx, [later], { date: '2026-11-22' }); // due 2026-12-22
    const far = await makePerson(ctx, { name: '远期', tier: 'general' });
    await makeInteraction(ctx, [far], { date: '2026-11-22' }); // due 2027-02-20: beyond 30 days
    const met = await makePerson(ctx, {
      name: '林小雨',
      metOn: '2026-11-23T09:00',
      metPlace: '站酷沙龙, 杭州',
    });
    const gone = await makePerson(ctx, {
      name: '已归档',
      tier: 'core',
      birthday: '--12-01',
      metOn: '2026-11-22',
    });
    await archivePerson(ctx, gone.id);
    Object.assign(ids, { zw: zw.uid, emily: emily.uid, met: met.uid, far: far.uid });
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('lists birthdays, nudges (overdue ones today) and follow-ups, not the archived', async () => {
    const { content, events: n } = await exportCalendar(ctx, { lang: 'zh' });
    const es = events(content);
    expect(es).toHaveLength(n);
    const byUid = new Map(es.map((e) => [e.get('UID')!, e]));
    expect(byUid.get(`${ids.zw}-birthday@tongxing`)?.get('RRULE')).toBe(
      'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1',
    );
    // 张伟 met 2026-11-01, core (7 days): due 2026-11-08, shown today with how late it is.
    const nudge = byUid.get(`${ids.zw}-due-2026-11-08@tongxing`)!;
    expect(nudge.get('DTSTART;VALUE=DATE')).toBe('20261123');
    expect(nudge.get('SUMMARY')).toBe('联系 张伟（核心，已逾期 15 天）');
    expect(byUid.get(`${ids.emily}-due-2026-12-20@tongxing`)?.get('DTSTART;VALUE=DATE')).toBe(
      '20261220',
    );
    expect([...byUid.keys()].some((u) => u.startsWith(`${ids.far}-due`))).toBe(false);
    // Met at 09:00 Shanghai = 01:00Z: the follow-up hour ends 24 hours later, in UTC.
    const follow = byUid.get(`${ids.met}-follow-up-2026-11-23@tongxing`)!;
    expect(follow.get('DTSTART')).toBe('20261124T000000Z');
    expect(follow.get('DTEND')).toBe('20261124T010000Z');
    expect(follow.get('DESCRIPTION')).toBe('2026-11-23 认识，在站酷沙龙\\, 杭州。');
    expect(content).not.toContain('已归档');
  });

  it('words everything in English too', async () => {
    const { content } = await exportCalendar(ctx, { lang: 'en' });
    const summaries = events(content).map((e) => e.get('SUMMARY'));
    expect(summaries).toContain("🎂 张伟's birthday");
    expect(summaries).toContain('Get in touch with 张伟 (core\\, 15 days overdue)');
    expect(summaries).toContain('Get in touch with Emily Chen (important)');
    expect(summaries).toContain('Follow up with 林小雨 (24-hour deadline)');
    expect(unfold(content)).toContain('X-WR-CALNAME:Tongxing');
  });

  it('keeps every UID from one export to the next; only DTSTAMP moves', async () => {
    const first = await exportCalendar(ctx, { lang: 'zh' });
    ctx.setNow('2026-11-23T05:00:00Z');
    const second = await exportCalendar(ctx, { lang: 'zh' });
    ctx.setNow('2026-11-23T02:00:00Z');
    const uids = (s: string) => events(s).map((e) => e.get('UID'));
    expect(uids(second.content)).toEqual(uids(first.content));
    expect(new Set(uids(first.content)).size).toBe(first.events);
    expect(second.content.replace(/DTSTAMP:\w+/g, '')).toBe(
      first.content.replace(/DTSTAMP:\w+/g, ''),
    );
    // A day later the overdue nudge is the same event, moved to the new today.
    ctx.setNow('2026-11-24T02:00:00Z');
    const next = events((await exportCalendar(ctx, { lang: 'zh' })).content);
    ctx.setNow('2026-11-23T02:00:00Z');
    const moved = next.find((e) => e.get('UID') === `${ids.zw}-due-2026-11-08@tongxing`)!;
    expect(moved.get('DTSTART;VALUE=DATE')).toBe('20261124');
    expect(moved.get('SUMMARY')).toBe('联系 张伟（核心，已逾期 16 天）');
  });
});
