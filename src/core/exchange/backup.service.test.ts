import { sql } from 'kysely';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { expectAppError } from '../../../test/helpers/errors.js';
import { archivePerson, createPerson } from '../people/people.service.js';
import { logInteraction } from '../interactions/interactions.service.js';
import { setSetting } from '../settings/settings.service.js';
import { exportBackup, importBackup } from './backup.service.js';
import { CHANNELS, KINDS, STAGES, TIERS } from '../vocab.js';

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

type Of<A> = A extends fc.Arbitrary<infer T> ? T : never;

async function build(
  ctx: TestContext,
  people: Of<typeof personArb>[],
  interactions: Of<typeof interactionArb>[],
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
  for (const [i, p] of people.entries()) if (p.archived) await archivePerson(ctx, ids[i]!);
}

describe('JSON backup', () => {
  it('exports, imports into an empty database and exports again to the very same text (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(personArb, { maxLength: 8 }),
        fc.array(interactionArb, { maxLength: 8 }),
        fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        async (people, interactions, coreCadence) => {
          const a = await createTestContext();
          const b = await createTestContext();
          try {
            if (coreCadence !== undefined) await setSetting(a, 'cadence.core', coreCadence);
            await build(a, people, interactions);
            const first = (await exportBackup(a)).content;
            await importBackup(b, first, 'backup.json');
            const second = (await exportBackup(b)).content;
            expect(second).toBe(first);
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
