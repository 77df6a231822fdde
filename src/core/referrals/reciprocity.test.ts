import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makeInteraction, makePerson } from '../../../test/helpers/factories.js';
import { expectAppError, firstIssue } from '../../../test/helpers/errors.js';
import { archivePerson } from '../people/people.service.js';
import type { Person } from '../people/people.js';
import { getReciprocity, listReciprocity } from './reciprocity.service.js';
import type { AddReferralInput } from './referrals.js';
import { addReferral, advanceReferral } from './referrals.service.js';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

/** An introduction row as the introductions feature stores it (written directly here). */
async function intro(a: Person, b: Person, stage: string, outcome: string | null = null) {
  const at = ctx.now().toISOString();
  await sql`INSERT INTO introductions (a_id, b_id, stage, outcome, created_at, updated_at)
    VALUES (${a.id}, ${b.id}, ${stage}, ${outcome}, ${at}, ${at})`.execute(ctx.db);
}

async function refer(direction: 'out' | 'in', p: Person, n: number) {
  for (let i = 0; i < n; i++) await addReferral(ctx, { direction, person: p.id, client: `C${i}` });
}

/** A referral that went on to be won or lost. */
async function closed(to: 'won' | 'lost', input: AddReferralInput) {
  const r = await addReferral(ctx, input);
  await advanceReferral(ctx, r.id, { to });
}

async function help(p: Person, direction: 'gave' | 'received' | 'mutual', n: number) {
  for (let i = 0; i < n; i++) await makeInteraction(ctx, [p], { kind: 'help', direction });
}

describe('getReciprocity', () => {
  it('counts referrals, introductions made and help each way; mutual counts for neither', async () => {
    const wang = await makePerson(ctx, { name: '王芳' });
    const li = await makePerson(ctx, { name: '李雷' });
    const zhao = await makePerson(ctx, { name: '赵敏' });
    const [qian, sun, zhou] = [await makePerson(ctx), await makePerson(ctx), await makePerson(ctx)];
    await closed('won', { direction: 'out', person: wang.id, client: '星巴克', value: 12000 });
    await closed('won', {
      direction: 'out',
      person: wang.id,
      client: 'Acme',
      value: 500,
      currency: 'USD',
    });
    await closed('lost', { direction: 'in', person: wang.id, client: 'X', value: 3000 });
    await refer('in', li, 1);
    // Help: a 'gave' shared with 李雷 counts for both people it involved.
    await makeInteraction(ctx, [wang, li], { kind: 'help', direction: 'gave' });
    await help(wang, 'gave', 2);
    await help(wang, 'received', 1);
    await help(wang, 'mutual', 2);
    // Introductions: made (introduced, followed-up, outcome but declined) count, for A and B.
    await intro(wang, li, 'introduced');
    await intro(zhao, wang, 'followed-up');
    await intro(wang, zhao, 'outcome', 'collaborated');
    await intro(wang, zhao, 'outcome', 'declined');
    // Not (yet) made: one open introduction per pair, so each with someone else.
    await intro(wang, qian, 'idea');
    await intro(sun, wang, 'asked-a');
    await intro(wang, zhou, 'asked-b');

    expect(await getReciprocity(ctx, '王芳')).toEqual({
      person: { id: wang.id, name: '王芳' },
      given: { referrals: 2, introductions: 3, help: 3 },
      received: { referrals: 1, help: 1 },
      givenTotal: 8,
      receivedTotal: 2,
      lean: 'giving',
      wonValue: { given: 12000, received: 0 },
    });
    expect(await getReciprocity(ctx, li.id)).toMatchObject({
      given: { referrals: 0, introductions: 1, help: 1 },
      received: { referrals: 1, help: 0 },
      lean: 'balanced',
    });
    expect(await getReciprocity(ctx, zhao.id)).toMatchObject({
      given: { referrals: 0, introductions: 2, help: 0 },
      lean: 'giving',
    });
  });

  it('answers zeros for someone with no history, and PersonNotFound for no one', async () => {
    const p = await makePerson(ctx);
    expect(await getReciprocity(ctx, p.id)).toMatchObject({
      givenTotal: 0,
      receivedTotal: 0,
      lean: 'balanced',
      wonValue: { given: 0, received: 0 },
    });
    await expectAppError(getReciprocity(ctx, 9999), 'PersonNotFound');
    await expectAppError(getReciprocity(ctx, '没这个人'), 'PersonNotFound');
  });
});

describe('listReciprocity', () => {
  it('lists the most out of balance first, filtered by lean, leaving out archived people', async () => {
    const owe5 = await makePerson(ctx, { name: '甲' });
    const gave3 = await makePerson(ctx, { name: '乙' });
    const even = await makePerson(ctx, { name: '丙' });
    const owe2 = await makePerson(ctx, { name: '丁' });
    const gone = await makePerson(ctx, { name: '戊' });
    await makePerson(ctx, { name: '己' }); // no history: not listed
    await refer('in', owe5, 2);
    await help(owe5, 'received', 3);
    await refer('out', gave3, 1);
    await help(gave3, 'gave', 2);
    await refer('out', even, 1);
    await refer('in', even, 1);
    await help(owe2, 'received', 3);
    await help(owe2, 'gave', 1);
    await help(gone, 'received', 10);
    await archivePerson(ctx, gone.id);

    const names = (rs: { person: { name: string } }[]) => rs.map((r) => r.person.name);
    const all = await listReciprocity(ctx);
    expect(names(all)).toEqual(['甲', '乙', '丁', '丙']);
    expect(all[0]).toMatchObject({ givenTotal: 0, receivedTotal: 5, lean: 'receiving' });
    expect(names(await listReciprocity(ctx, { lean: 'receiving' }))).toEqual(['甲', '丁']);
    expect(names(await listReciprocity(ctx, { lean: 'giving' }))).toEqual(['乙']);
    expect(names(await listReciprocity(ctx, { lean: 'balanced' }))).toEqual(['丙']);
    expect(names(await listReciprocity(ctx, { limit: 1 }))).toEqual(['甲']);
    // The list and the per-person page agree.
    expect(all[1]).toEqual(await getReciprocity(ctx, gave3.id));
    // Balances are reused until the database changes, and only until then.
    // 丙 now owes as much as 丁 (2), with as much exchanged (4): the earlier added comes first.
    await help(even, 'received', 2);
    expect(names(await listReciprocity(ctx, { lean: 'receiving' }))).toEqual(['甲', '丙', '丁']);
    expect(await firstIssue(listReciprocity(ctx, { limit: 0 }))).toMatchObject({
      field: 'limit',
    });
  });
});
