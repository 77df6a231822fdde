/**
 * Real clients read our exports (FORMATS.md, "What our exports must satisfy"): the calendar feed
 * through python3-icalendar, python3-vobject (validate=True) and khal; the vCard export through
 * khard. These are Debian packages that `.ci/run` installs: a missing tool fails the test, it
 * never skips it.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPeople } from '../src/core/exchange/export.service.js';
import { archivePerson } from '../src/core/people/people.service.js';
import { makeInteraction, makePerson } from './helpers/factories.js';
import { createTestContext, type TestContext } from './helpers/test-db.js';

const PYTHON = '/usr/bin/python3';

/** Runs a tool and returns its output; fails (with what it said) unless it exits 0. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env, timeout: 60_000 });
  if (r.error) throw new Error(`${cmd} could not run (${r.error.message}); .ci/run installs it`);
  expect(r.status, `${cmd} ${args.join(' ')}\n${r.stdout}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

let ctx: TestContext;
let ics: { zh: string; en: string; events: number };
let vcf: string;
const feed = (lang: 'zh' | 'en') => path.join(ctx.dir, `feed-${lang}.ics`);

beforeAll(async () => {
  ctx = await createTestContext(); // 2026-11-23 10:00 in Shanghai
  await makePerson(ctx, {
    name: '欧阳娜娜',
    nameLatin: 'Nana Ouyang',
    tier: 'core',
    birthday: '--02-29',
    metOn: '2026-11-01',
    company: '青柚设计, Inc.',
    handles: ['email:nana@example.com', 'phone:+86 138 0000 0000', '微信:nana88'],
    tags: ['插画', 'a,b'],
    note: '第一行\n第二行：很长很长的一段中文备注，用来确认折行不会把一个汉字从中间切开。🎨; and, commas.',
  });
  const emily = await makePerson(ctx, {
    name: 'Emily Chen',
    tier: 'important',
    birthday: '1990-05-20',
    city: 'Shanghai',
  });
  await makeInteraction(ctx, [emily], { date: '2026-11-20' }); // due 2026-12-20
  await makePerson(ctx, { name: '张伟', tier: 'general', birthday: '--12-01' });
  await makePerson(ctx, { name: '王芳', birthday: '1996-02-29' });
  await makePerson(ctx, {
    name: '林小雨',
    metOn: '2026-11-23T09:00',
    metPlace: '站酷沙龙; 杭州, 西湖区',
  });
  await makePerson(ctx, { name: 'Zoë O’Brien; "Jr"', metOn: '2026-11-22' });
  const gone = await makePerson(ctx, { name: '已归档的人', tier: 'core', birthday: '--03-03' });
  await archivePerson(ctx, gone.id);

  const zh = await exportPeople(ctx, 'ics', { lang: 'zh' });
  const en = await exportPeople(ctx, 'ics', { lang: 'en' });
  ics = { zh: zh.content, en: en.content, events: zh.count };
  fs.writeFileSync(feed('zh'), ics.zh);
  fs.writeFileSync(feed('en'), ics.en);
  vcf = (await exportPeople(ctx, 'vcard', { lang: 'zh' })).content;
});

afterAll(async () => {
  await ctx.close();
});

interface PyEvent {
  uid: string;
  summary: string;
  start: string;
  rrule: Record<string, (string | number)[]> | null;
  next: string[] | null;
}

describe('the calendar feed', () => {
  it('parses in python3-icalendar, every event with UID, DTSTAMP and DTSTART', () => {
    const script = `
import sys, json, datetime, icalendar
from dateutil.rrule import rrulestr
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
assert cal['VERSION'] == '2.0' and cal['METHOD'] == 'PUBLISH', 'header'
out = []
for e in cal.walk('VEVENT'):
    for key in ('UID', 'DTSTAMP', 'DTSTART', 'SUMMARY'):
        assert key in e, key
    assert e['DTSTAMP'].dt.utcoffset().total_seconds() == 0, 'DTSTAMP in UTC'
    start = e['DTSTART'].dt
    rule = rrulestr(e['RRULE'].to_ical().decode(), dtstart=start) if 'RRULE' in e else None
    out.append({'uid': str(e['UID']), 'summary': str(e['SUMMARY']), 'start': start.isoformat(),
                'rrule': {k: v for k, v in e['RRULE'].items()} if rule else None,
                # Occurrences from 2026 to 2029, as dateutil expands the rule.
                'next': [d.date().isoformat() for d in rule.between(
                    datetime.datetime(2026, 1, 1), datetime.datetime(2029, 12, 31), inc=True)]
                        if rule else None})
print(json.dumps(out, ensure_ascii=False))
`;
    const out = JSON.parse(run(PYTHON, ['-c', script, feed('zh')])) as PyEvent[];
    expect(out).toHaveLength(ics.events);
    const by = (s: string) => out.find((e) => e.summary === s);
    // 29 February falls on the 28th in common years, as in the core's birthdayIn.
    const leapDay = ['2026-02-28', '2027-02-28', '2028-02-29', '2029-02-28'];
    expect(by('🎂 欧阳娜娜 生日')).toMatchObject({
      start: '2000-02-29',
      rrule: { FREQ: ['YEARLY'], BYMONTH: [2], BYMONTHDAY: [-1] },
      next: leapDay,
    });
    expect(by('🎂 王芳 生日')).toMatchObject({ start: '1996-02-29', next: leapDay });
    expect(by('🎂 Emily Chen 生日')).toMatchObject({
      start: '1990-05-20',
      rrule: { FREQ: ['YEARLY'] },
      next: ['2026-05-20', '2027-05-20', '2028-05-20', '2029-05-20'],
    });
    expect(by('联系 欧阳娜娜（核心，已逾期 15 天）')).toMatchObject({ start: '2026-11-23' });
    expect(by('联系 Emily Chen（重要）')).toMatchObject({ start: '2026-12-20' });
    // Timed items come back as UTC instants.
    expect(by('跟进 林小雨（24 小时截止）')).toMatchObject({ start: '2026-11-24T00:00:00+00:00' });
    expect(by('跟进 Zoë O’Brien; "Jr"（24 小时截止）')).toBeDefined();
    expect(out.some((e) => e.summary.includes('已归档的人'))).toBe(false);
  });

  it('passes python3-vobject with validate=True, text unescaped intact', () => {
    const script = `
import sys, json, vobject
cal = vobject.readOne(open(sys.argv[1], encoding='utf-8').read(), validate=True)
cal.validate()
print(json.dumps([{'summary': e.summary.value,
                   'description': e.description.value if hasattr(e, 'description') else None}
                  for e in cal.vevent_list], ensure_ascii=False))
`;
    for (const lang of ['zh', 'en'] as const) {
      const out = JSON.parse(run(PYTHON, ['-c', script, feed(lang)])) as {
        summary: string;
        description: string | null;
      }[];
      expect(out).toHaveLength(ics.events);
      if (lang === 'en') {
        expect(out.map((e) => e.summary)).toContain("🎂 欧阳娜娜's birthday");
        expect(out.find((e) => e.summary === 'Follow up with 林小雨 (24-hour deadline)')).toEqual({
          summary: 'Follow up with 林小雨 (24-hour deadline)',
          description: 'Met 2026-11-23 at 站酷沙龙; 杭州, 西湖区.',
        });
      }
    }
  });

  it('khal printics reads every event', () => {
    const { env, config } = khalSetup();
    const out = run('khal', ['-c', config, 'printics', feed('zh')], env);
    expect(out).toContain(`${ics.events} events found`);
    for (const s of [
      '🎂 欧阳娜娜 生日',
      '🎂 Emily Chen 生日',
      '联系 欧阳娜娜（核心，已逾期 15 天）',
      '跟进 林小雨（24 小时截止）',
      '跟进 Zoë O’Brien; "Jr"（24 小时截止）',
    ]) {
      expect(out).toContain(s);
    }
  });

  it('khal imports it and lists 29 February birthdays on 28 February in common years', () => {
    const { env, config } = khalSetup();
    run('khal', ['-c', config, 'import', '--batch', '-a', 'tongxing', feed('en')], env);
    const out = run('khal', ['-c', config, 'list', '2026-11-23', '2028-03-02'], env);
    const days = new Map<string, string[]>();
    let day = '';
    for (const line of out.split('\n')) {
      const m = /(\d{4}-\d{2}-\d{2})$/.exec(line);
      if (m) days.set((day = m[1]!), []);
      else if (line.trim()) days.get(day)?.push(line.trim());
    }
    const nana = "🎂 欧阳娜娜's birthday";
    expect(days.get('2027-02-28')).toEqual(expect.arrayContaining([expect.stringContaining(nana)]));
    expect(days.get('2028-02-29')).toEqual(expect.arrayContaining([expect.stringContaining(nana)]));
    expect(days.get('2028-02-28') ?? []).not.toEqual(
      expect.arrayContaining([expect.stringContaining(nana)]),
    );
    expect(days.get('2027-03-01') ?? []).toEqual([]);
    // The overdue nudge sits on today; the timed follow-up at 08:00 Shanghai (00:00Z).
    expect(days.get('2026-11-23')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Get in touch with 欧阳娜娜 (core, 15 days overdue)'),
      ]),
    );
    expect(days.get('2026-11-24')).toEqual(
      expect.arrayContaining([
        expect.stringContaining('08:00-09:00 Follow up with 林小雨 (24-hour deadline)'),
      ]),
    );
    expect(days.get('2026-12-01')).toEqual(
      expect.arrayContaining([expect.stringContaining("🎂 张伟's birthday")]),
    );
  });
});

/** A throw-away khal configuration: one calendar folder, a private cache, Shanghai time. */
function khalSetup(): { env: NodeJS.ProcessEnv; config: string } {
  const dir = fs.mkdtempSync(path.join(ctx.dir, 'khal-'));
  fs.mkdirSync(path.join(dir, 'cal'));
  const config = path.join(dir, 'config');
  fs.writeFileSync(
    config,
    [
      '[calendars]',
      '[[tongxing]]',
      `path = ${path.join(dir, 'cal')}`,
      'type = calendar',
      '[sqlite]',
      `path = ${path.join(dir, 'khal.db')}`,
      '[locale]',
      'timeformat = %H:%M',
      'dateformat = %Y-%m-%d',
      'longdateformat = %Y-%m-%d',
      'datetimeformat = %Y-%m-%d %H:%M',
      'longdatetimeformat = %Y-%m-%d %H:%M',
      'local_timezone = Asia/Shanghai',
      'default_timezone = Asia/Shanghai',
      '',
    ].join('\n'),
  );
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: dir,
    XDG_DATA_HOME: dir,
    XDG_CACHE_HOME: dir,
    LANG: 'C.UTF-8',
    LC_ALL: 'C.UTF-8',
  };
  return { env, config };
}

describe('the vCard export in khard', () => {
  let config: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(() => {
    const dir = fs.mkdtempSync(path.join(ctx.dir, 'khard-'));
    const book = path.join(dir, 'book');
    fs.mkdirSync(book);
    // A vdir: one card per file, as vdirsyncer and CardDAV servers keep them.
    const cards = vcf.split(/(?<=END:VCARD\r\n)/).filter(Boolean);
    expect(cards).toHaveLength(6);
    cards.forEach((c, i) => fs.writeFileSync(path.join(book, `${i}.vcf`), c));
    config = path.join(dir, 'khard.conf');
    fs.writeFileSync(
      config,
      [
        '[addressbooks]',
        '[[tongxing]]',
        `path = ${book}`,
        '[general]',
        'default_action = list',
        'editor = /bin/true',
        'merge_editor = /bin/true',
        '[contact table]',
        'display = formatted_name',
        'show_uids = yes',
        'sort = formatted_name',
        '[vcard]',
        'preferred_version = 3.0',
        'skip_unparsable = no',
        '',
      ].join('\n'),
    );
    env = { ...process.env, XDG_CONFIG_HOME: dir, LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
  });

  it('lists every card with its Chinese name intact (skip_unparsable = no)', () => {
    const out = run('khard', ['-c', config, 'list'], env);
    for (const name of ['欧阳娜娜', 'Emily Chen', '张伟', '王芳', '林小雨', 'Zoë O’Brien; "Jr"']) {
      expect(out).toContain(name);
    }
    expect(out).not.toContain('已归档的人');
    expect(out).toContain('nana@example.com');
  });

  it('shows one person in full', () => {
    const out = run('khard', ['-c', config, 'show', '欧阳娜娜'], env);
    expect(out).toContain('欧阳娜娜');
    expect(out).toContain('青柚设计, Inc.');
    expect(out).toContain('+86 138 0000 0000');
    expect(out).toContain('第二行：很长很长的一段中文备注');
    expect(out).toContain('插画');
  });
});
