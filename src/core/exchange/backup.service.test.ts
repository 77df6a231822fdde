import { sql } from 'kysely';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { expectAppError } from '../../../test/helpers/errors.js';
import { archivePerson, createPerson } from '../people/people.service.js';
import { logInteraction } from '../interactions/interactions.service.js';
import { setSetting } from '../settings/settings.service.js';
import { addKnows } from '../connector/connector.service.js';
import {
  addIntroduction,
  advanceIntroduction,
  setIntroductionConsent,
} from '../introductions/introductions.service.js';
import { addReferral, advanceReferral, thankReferral } from '../referrals/referrals.service.js';
import {
  cancelGathering,
  markGatheringHeld,
  planGathering,
} from '../gatherings/gatherings.service.js';
import { isAppError } from '../errors.js';
import { exportBackup, importBackup } from './backup.service.js';
import { CHANNELS, INTRO_OUTCOMES, KINDS, STAGES, TIERS } from '../vocab.js';

const names = [
  '张伟',
  '欧阳娜娜',
  '曾小贤',
  'Emily Chen',
  '林 小雨',
  'O\'Brien, "Bo"',
  '区志强',
  '🎨 Art',
];
const texts = fc.string({
  unit: fc.constantFrom('a', ' ', ',', ';', '"', '\\', '\n', '插', '画', '🎨'),
  maxLength: 30,
});

const personArb = fc.record({
  name: fc.constantFrom(...names),
  tier: fc.constantFrom(...TIERS.values),
  stage: fc.constantFrom(...STAGES.values),
  tags: fc.array(fc.constantFrom('插画', 'a,b', 'client', '同行'), { maxLength: 3 }),
  note: fc.option(texts, { nil: undefined }),
  city: fc.option(fc.constantFrom('上海', 'Berlin'), { nil: undefined }),
  handles: fc.array(fc.constantFrom('wechat:zw88', 'email:a@b.c', 'website:https://x.y/z'), {
    maxLength: 2,
  }),
  birthday: fc.option(fc.constantFrom('1990-05-20', '--02-29', '--12-31'), { nil: undefined }),
  metOn: fc.option(fc.constantFrom('2026-11-01', '2025-02-28T19:30'), { nil: undefined }),
  cadenceDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
  archived: fc.boolean(),
  introducer: fc.option(fc.nat(), { nil: undefined }),
});
const interactionArb = fc.record({
  who: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  kind: fc.constantFrom(...KINDS.values),
  channel: fc.constantFrom(...CHANNELS.values),
  date: fc.constantFrom('2026-01-31', '2026-11-20', '2024-02-29'),
  note: fc.option(texts, { nil: undefined }),
});

// The connector's data (issue 5), made through its services; a move the rules refuse is skipped.
const instants = [
  '2026-11-21T08:00:00.000Z',
  '2026-11-22T01:30:00.000Z',
  '2026-11-23T02:00:00.000Z',
];
const connectorArb = fc.array(
  fc.oneof(
    fc.record({
      op: fc.constant('knows' as const),
      who: fc.tuple(fc.nat(), fc.nat()),
      source: fc.constantFrom('manual', 'group', 'event', 'introduction'),
    }),
    fc.record({
      op: fc.constant('intro' as const),
      who: fc.tuple(fc.nat(), fc.nat()),
      reason: fc.option(texts, { nil: undefined }),
      moves: fc.array(
        fc.constantFrom('next', 'consent-a', 'consent-b', 'introduce', ...INTRO_OUTCOMES.values),
        { maxLength: 5 },
      ),
    }),
    fc.record({
      op: fc.constant('refer' as const),
      who: fc.nat(),
      direction: fc.constantFrom('in', 'out'),
      client: fc.constantFrom('出版社', 'Acme, Inc.', '"Q" 工作室'),
      value: fc.option(fc.constantFrom(0, 0.1, 1234.56, 12000), { nil: undefined }),
      currency: fc.option(fc.constantFrom('USD', 'RMB'), { nil: undefined }),
      to: fc.option(fc.constantFrom('in-talks', 'won', 'lost'), { nil: undefined }),
      thank: fc.boolean(),
    }),
    fc.record({
      op: fc.constant('gather' as const),
      who: fc.array(fc.nat(), { minLength: 2, maxLength: 4 }),
      on: fc.option(fc.constantFrom('2026-11-20', '2026-12-05'), { nil: undefined }),
      reasons: fc.option(fc.array(texts, { maxLength: 2 }), { nil: undefined }),
      then: fc.constantFrom('none', 'held', 'cancel'),
    }),
  ),
  { maxLength: 8 },
);

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

/** Runs a step, skipping it when the rules refuse it (an AppError); anything else fails. */
async function tryStep(step: () => Promise<unknown>): Promise<void> {
  try {
    await step();
  } catch (e) {
    if (!isAppError(e)) throw e;
  }
}

async function buildConnector(ctx: TestContext, ids: number[], ops: Of<typeof connectorArb>) {
  const pick = (n: number) => ids[n % ids.length]!;
  for (const [k, o] of ops.entries()) {
    if (ids.length === 0) break;
    // Out-of-order creation times: records created later may sort first, ties keep id order.
    ctx.setNow(instants[k % instants.length]!);
    switch (o.op) {
      case 'knows':
        await tryStep(() => addKnows(ctx, pick(o.who[0]), pick(o.who[1]), o.source));
        break;
      case 'intro':
        await tryStep(async () => {
          const { id } = await addIntroduction(ctx, {
            a: pick(o.who[0]),
            b: pick(o.who[1]),
            reason: o.reason,
          });
          for (const m of o.moves) {
            await tryStep(() =>
              m === 'next'
                ? advanceIntroduction(ctx, id, { note: 'ok' })
                : m === 'consent-a' || m === 'consent-b'
                  ? setIntroductionConsent(ctx, id, { side: m === 'consent-a' ? 'a' : 'b' })
                  : m === 'introduce'
                    ? advanceIntroduction(ctx, id, {
                        to: 'introduced',
                        skip: true,
                        consent: ['a', 'b'],
                      })
                    : advanceIntroduction(ctx, id, { outcome: m, skip: true }),
            );
          }
        });
        break;
      case 'refer':
        await tryStep(async () => {
          const { thank, to, who, op: _op, ...input } = o;
          const r = await addReferral(ctx, { ...input, person: pick(who) });
          if (to) await advanceReferral(ctx, r.id, { to });
          if (thank) await thankReferral(ctx, r.id);
        });
        break;
      case 'gather':
        await tryStep(async () => {
          const g = await planGathering(
            ctx,
            { people: o.who.map(pick), on: o.on, reasons: o.reasons },
            'zh',
          );
          if (o.then === 'held') await markGatheringHeld(ctx, g.id);
          if (o.then === 'cancel') await cancelGathering(ctx, g.id);
        });
        break;
    }
  }
  ctx.setNow('2026-11-23T02:00:00Z');
}

async function build(
  ctx: TestContext,
  people: Of<typeof personArb>[],
  interactions: Of<typeof interactionArb>[],
  connector: Of<typeof connectorArb> = [],
) {
  const ids: number[] = [];
  for (const p of people) {
    const introducedBy =
      p.introducer !== undefined && ids.length > 0
        ? String(ids[p.introducer % ids.length])
        : undefined;
    const { archived: _a, introducer: _i, ...input } = p;
    ids.push((await createPerson(ctx, { ...input, introducedBy })).id);
  }
  for (const x of interactions) {
    if (ids.length === 0) break;
    await logInteraction(ctx, {
      people: x.who.map((n) => ids[n % ids.length]!),
      kind: x.kind,
      channel: x.channel,
      date: x.date,
      note: x.note,
    });
  }
  await buildConnector(ctx, ids, connector);
  for (const [i, p] of people.entries()) if (p.archived) await archivePerson(ctx, ids[i]!);
}

/** Rows per table a backup must carry (derived tables such as person_terms are not among them). */
async function counts(ctx: TestContext) {
  const tables = [
    'people',
    'interactions',
    'knows',
    'introductions',
    'introduction_steps',
    'referrals',
    'gatherings',
    'gathering_people',
  ] as const;
  const out: Record<string, number> = {};
  for (const t of tables) {
    out[t] = (
      await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(t)}`.execute(ctx.db)
    ).rows[0]!.n;
  }
  return out;
}

describe('JSON backup', () => {
  it('exports, imports into an empty database and exports again to the very same text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(personArb, { maxLength: 8 }),
        fc.array(interactionArb, { maxLength: 8 }),
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        connectorArb,
        async (people, interactions, coreCadence, connector) => {
          const a = await createTestContext();
          const b = await createTestContext();
          try {
            if (coreCadence !== undefined) await setSetting(a, 'cadence.core', coreCadence);
            await build(a, people, interactions, connector);
            const first = (await exportBackup(a)).content;
            await importBackup(b, first, 'backup.json');
            const second = (await exportBackup(b)).content;
            expect(second).toBe(first);
            // Nothing left behind: every row of every table the user's data lives in came along.
            expect(await counts(b)).toEqual(await counts(a));
            // Derived state is rebuilt too: the same due dates and search results.
            const due = async (c: TestContext) =>
              (
                await sql<{
                  uid: string;
                  due_on: string | null;
                }>`SELECT uid, due_on FROM people ORDER BY uid`.execute(c.db)
              ).rows;
            expect(await due(b)).toEqual(await due(a));
          } finally {
            await a.close();
            await b.close();
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('refuses bad files whole, naming what is wrong, and writes nothing', async () => {
    const ctx = await createTestContext();
    const count = async () =>
      (await sql<{ n: number }>`SELECT count(*) AS n FROM people`.execute(ctx.db)).rows[0]!.n;
    const src = await createTestContext();
    await createPerson(src, { name: '张伟', tier: 'core' });
    await createPerson(src, { name: 'Emily Chen' });
    const good = JSON.parse((await exportBackup(src)).content) as {
      people: Record<string, unknown>[];
      interactions: unknown[];
    };
    await src.close();

    const e1 = await expectAppError(importBackup(ctx, '{ not json', 'x.json'), 'ImportInvalid');
    expect(e1.details.file).toBe('x.json');
    await expectAppError(
      importBackup(ctx, JSON.stringify({ format: 'other' }), 'x.json'),
      'ValidationFailed',
    );
    const badTier = structuredClone(good);
    badTier.people[1]!.tier = 'vip';
    const e2 = await expectAppError(
      importBackup(ctx, JSON.stringify(badTier), 'x.json'),
      'ValidationFailed',
    );
    expect(e2.details.issues?.[0]).toMatchObject({
      field: 'people.1.tier',
      problem: 'invalid_value',
    });
    const orphan = structuredClone(good);
    orphan.interactions.push({
      uid: 'i1',
      occurredOn: '2026-01-01',
      channel: 'wechat',
      mode: 'online',
      kind: 'share',
      direction: 'gave',
      note: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      people: ['nobody'],
    });
    const e3 = await expectAppError(
      importBackup(ctx, JSON.stringify(orphan), 'x.json'),
      'ValidationFailed',
    );
    expect(e3.details.issues?.[0]).toMatchObject({
      field: 'interactions.0.people',
      value: 'nobody',
    });
    expect(await count()).toBe(0);

    await importBackup(ctx, JSON.stringify(good), 'x.json');
    expect(await count()).toBe(2);
    const e4 = await expectAppError(
      importBackup(ctx, JSON.stringify(good), 'x.json'),
      'ImportNotEmpty',
    );
    expect(e4.details.count).toBe(2);
    expect(await count()).toBe(2);
    await ctx.close();
  });
});
