import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { expectAppError } from '../../../test/helpers/errors.js';
import { makePerson } from '../../../test/helpers/factories.js';
import { addKnows, suggestIntroductions } from '../connector/connector.service.js';
import {
  addIntroduction,
  advanceIntroduction,
  listIntroductions,
  setIntroductionConsent,
} from '../introductions/introductions.service.js';
import {
  addReferral,
  advanceReferral,
  listReferrals,
  thankReferral,
} from '../referrals/referrals.service.js';
import { listGatherings, planGathering } from '../gatherings/gatherings.service.js';
import { describeError } from '../i18n/errors.js';
import type { Backup } from '../../formats/json/backup.js';
import type { FieldIssue } from '../errors.js';
import { exportBackup, importBackup } from './backup.service.js';

// One network with every kind of connector record, exported once for all the tests below.
let src: TestContext;
let text: string;
let doc: Backup;
const uid: Record<string, string> = {};

beforeAll(async () => {
  src = await createTestContext(); // 2026-11-23 10:00 in Shanghai
  const zw = await makePerson(src, { name: '张伟', city: '杭州', needs: ['需要做动效'] });
  const ln = await makePerson(src, { name: '李娜', city: '杭州', offers: ['动效设计（AE）'] });
  const cj = await makePerson(src, { name: '陈静', city: '杭州', needs: ['找插画师'] });
  const wf = await makePerson(src, { name: '王芳', city: '杭州', offers: ['插画'] });
  // Not introduced to anyone: the one pair left for the connector to suggest (陈静 and 赵磊).
  const zl = await makePerson(src, { name: '赵磊', city: '杭州', offers: ['绘本插画'] });
  for (const p of [zw, ln, cj, wf, zl]) uid[p.name] = p.uid;
  await addKnows(src, zw.id, cj.id);
  const n = await addIntroduction(src, { a: zw.id, b: ln.id, reason: '张伟要做动效' });
  await setIntroductionConsent(src, n.id, { side: 'a' });
  await advanceIntroduction(src, n.id, { to: 'introduced', skip: true, consent: ['b'] });
  const declined = await addIntroduction(src, { a: cj.id, b: wf.id });
  await advanceIntroduction(src, declined.id, { outcome: 'declined', note: '王芳最近太忙' });
  const r = await addReferral(src, {
    direction: 'in',
    person: ln.id,
    client: '出版社',
    value: 12000,
  });
  await advanceReferral(src, r.id, { to: 'won' });
  await thankReferral(src, r.id);
  await addReferral(src, { direction: 'out', person: cj.id, client: 'Acme', currency: 'usd' });
  await planGathering(
    src,
    { people: [wf.id, zw.id, cj.id], on: '2026-12-05', place: '咖啡馆', reasons: ['都在杭州'] },
    'zh',
  );
  text = (await exportBackup(src)).content;
  doc = JSON.parse(text) as Backup;
});
afterAll(async () => {
  await src.close();
});

const withoutIds = (x: unknown) =>
  JSON.parse(JSON.stringify(x, (k, v: unknown) => (k === 'id' ? undefined : v))) as unknown;

async function rows(ctx: TestContext): Promise<number> {
  const r = await sql<{ n: number }>`
    SELECT (SELECT count(*) FROM people) + (SELECT count(*) FROM knows)
      + (SELECT count(*) FROM introductions) + (SELECT count(*) FROM introduction_steps)
      + (SELECT count(*) FROM referrals) + (SELECT count(*) FROM gatherings) AS n`.execute(ctx.db);
  return r.rows[0]!.n;
}

describe('the connector in the JSON backup', () => {
  it('carries who knows whom, introductions with their history, referrals and gatherings', () => {
    expect(Object.keys(doc)).toEqual([
      'format',
      'version',
      'settings',
      'people',
      'interactions',
      'knows',
      'introductions',
      'referrals',
      'gatherings',
    ]);
    const pair = (x: string, y: string) => (x < y ? [x, y] : [y, x]);
    expect(doc.knows).toContainEqual({
      a: pair(uid.张伟!, uid.陈静!)[0],
      b: pair(uid.张伟!, uid.陈静!)[1],
      source: 'manual',
      createdAt: '2026-11-23T02:00:00.000Z',
    });
    // Being introduced made them know each other: that row comes along like any other.
    expect(doc.knows?.map((k) => k.source).sort()).toEqual(['introduction', 'manual']);
    const [made, declined] = doc.introductions!;
    expect(made).toMatchObject({
      a: uid.张伟,
      b: uid.李娜,
      stage: 'introduced',
      outcome: null,
      reason: '张伟要做动效',
      consentA: '2026-11-23T02:00:00.000Z',
      consentB: '2026-11-23T02:00:00.000Z',
      introducedOn: '2026-11-23',
      followUpOn: '2026-11-30',
    });
    expect(made!.steps.map((s) => [s.stage, s.skipped])).toEqual([
      ['idea', []],
      ['introduced', ['asked-a', 'asked-b']],
    ]);
    expect(declined).toMatchObject({ stage: 'outcome', outcome: 'declined' });
    expect(declined!.steps[1]).toMatchObject({ stage: 'outcome', note: '王芳最近太忙' });
    expect(doc.referrals).toEqual([
      expect.objectContaining({
        direction: 'in',
        person: uid.李娜,
        valueCents: 1_200_000,
        currency: 'CNY',
        status: 'won',
        closedOn: '2026-11-23',
        thanksSentOn: '2026-11-23',
      }),
      expect.objectContaining({ direction: 'out', valueCents: null, currency: 'USD' }),
    ]);
    // People in the order they were planned, not sorted.
    expect(doc.gatherings).toEqual([
      expect.objectContaining({
        on: '2026-12-05',
        place: '咖啡馆',
        status: 'planned',
        reasons: ['都在杭州'],
        people: [uid.王芳, uid.张伟, uid.陈静],
      }),
    ]);
  });

  it('restores them into an empty database as they were, and the connector reads them there', async () => {
    const b = await createTestContext();
    try {
      await importBackup(b, text, 'backup.json');
      expect((await exportBackup(b)).content).toBe(text);
      expect(withoutIds(await listIntroductions(b))).toEqual(
        withoutIds(await listIntroductions(src)),
      );
      expect(withoutIds(await listReferrals(b))).toEqual(withoutIds(await listReferrals(src)));
      expect(withoutIds(await listGatherings(b))).toEqual(withoutIds(await listGatherings(src)));
      // The term index is not in the file: it is rebuilt, and suggestions come out the same
      // (pairs who know each other or were introduced left out, as before).
      const suggested = await suggestIntroductions(b, {}, 'zh');
      expect(suggested.map((x) => [x.a.name, x.b.name].sort())).toEqual([['赵磊', '陈静']]);
      expect(withoutIds(suggested)).toEqual(withoutIds(await suggestIntroductions(src, {}, 'zh')));
    } finally {
      await b.close();
    }
  });

  it('still reads a backup written before the connector (no knows, introductions, referrals, gatherings)', async () => {
    const { knows: _k, introductions: _n, referrals: _r, gatherings: _g, ...old } = doc;
    const b = await createTestContext();
    try {
      // An old backup knew nothing of `knows`: people at the same meal learn it on the way in.
      const [p1, p2] = old.people;
      old.interactions = [
        {
          uid: 'meal-1',
          occurredOn: '2026-11-01',
          channel: 'meal',
          mode: 'offline',
          kind: 'catch-up',
          direction: 'mutual',
          note: null,
          createdAt: '2026-11-01T12:00:00.000Z',
          people: [p1!.uid, p2!.uid],
        },
      ];
      expect(await importBackup(b, JSON.stringify(old), 'old.json')).toEqual({
        people: 5,
        interactions: 1,
      });
      const knows = await sql<{ n: number }>`SELECT count(*) AS n FROM knows`.execute(b.db);
      expect(knows.rows[0]!.n).toBe(1);
      expect(await rows(b)).toBe(5 + 1); // the people, and that one pair
    } finally {
      await b.close();
    }
  });

  // What to spoil in a good file, and the issue that must name it.
  const spoilers: [string, (d: Backup) => void, string, FieldIssue['problem']][] = [
    [
      'an unknown person',
      (d) => void (d.introductions![1]!.a = 'nobody'),
      'introductions.1.a',
      'unknown_person',
    ],
    [
      'an unknown peer',
      (d) => void (d.referrals![0]!.person = 'nobody'),
      'referrals.0.person',
      'unknown_person',
    ],
    [
      'a bad stage',
      (d) => void (d.introductions![0]!.stage = 'maybe' as never),
      'introductions.0.stage',
      'invalid_value',
    ],
    [
      'a bad skipped stage',
      (d) => void (d.introductions![0]!.steps[1]!.skipped = ['later' as never]),
      'introductions.0.steps.1.skipped.0',
      'invalid_value',
    ],
    [
      'an outcome before the end',
      (d) => void (d.introductions![0]!.outcome = 'friends'),
      'introductions.0.stage',
      'invalid_value',
    ],
    [
      'an end without an outcome',
      (d) => void (d.introductions![1]!.outcome = null),
      'introductions.1.outcome',
      'required',
    ],
    [
      'a second open introduction of a pair',
      (d) =>
        void d.introductions!.push({
          ...d.introductions![0]!,
          a: d.introductions![0]!.b,
          b: d.introductions![0]!.a,
        }),
      'introductions.2',
      'duplicate',
    ],
    [
      'someone who knows themselves',
      (d) => void (d.knows![0]!.b = d.knows![0]!.a),
      'knows.0.b',
      'same_person',
    ],
    [
      'a pair twice',
      (d) => void d.knows!.push({ ...d.knows![1]!, a: d.knows![1]!.b, b: d.knows![1]!.a }),
      'knows.2',
      'duplicate',
    ],
    [
      'a bad source',
      (d) => void (d.knows![0]!.source = 'rumour' as never),
      'knows.0.source',
      'invalid_value',
    ],
    [
      'cents that are not whole',
      (d) => void (d.referrals![0]!.valueCents = 12.5),
      'referrals.0.valueCents',
      'invalid_format',
    ],
    [
      'someone twice at a gathering',
      (d) => void d.gatherings![0]!.people.push(d.gatherings![0]!.people[0]!),
      'gatherings.0.people.3',
      'duplicate',
    ],
    [
      'a date that does not exist',
      (d) => void (d.gatherings![0]!.on = '2026-02-30'),
      'gatherings.0.on',
      'invalid_date',
    ],
  ];
  it.each(spoilers)(
    'refuses %s with a field path and writes nothing',
    async (_what, spoil, field, problem) => {
      const bad = structuredClone(doc);
      spoil(bad);
      const ctx = await createTestContext();
      try {
        const e = await expectAppError(
          importBackup(ctx, JSON.stringify(bad), 'x.json'),
          'ValidationFailed',
        );
        expect(e.details.issues).toContainEqual(expect.objectContaining({ field, problem }));
        expect(await rows(ctx)).toBe(0);
      } finally {
        await ctx.close();
      }
    },
  );

  it('says in Chinese and English where the bad reference is and what to do', async () => {
    const bad = structuredClone(doc);
    bad.gatherings![0]!.people[1] = 'ghost';
    const ctx = await createTestContext();
    try {
      const e = await expectAppError(
        importBackup(ctx, JSON.stringify(bad), 'x.json'),
        'ValidationFailed',
      );
      expect(describeError(e, 'en')).toBe(
        'gatherings.0.people.1: there is no one with the uid "ghost" among the people in this file. It may be cut short or edited; use a complete backup.',
      );
      expect(describeError(e, 'zh')).toBe(
        'gatherings.0.people.1（联系人）：文件的 people 里没有 uid 为“ghost”的人。文件可能被截断或改动过，请用完整的备份文件。',
      );
    } finally {
      await ctx.close();
    }
  });
});
