import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makePerson } from '../../../test/helpers/factories.js';
import { expectAppError, firstIssue } from '../../../test/helpers/errors.js';
import type { FieldIssue } from '../errors.js';
import { TIERS } from '../vocab.js';
import {
  archivePerson,
  createPerson,
  findPerson,
  getPerson,
  listPeople,
  resolvePerson,
  restorePerson,
  searchPeople,
  searchPeopleIds,
  snoozePerson,
  updatePerson,
} from './people.service.js';
import type { CreatePersonInput, Person } from './people.js';

/** Row counts of every table a person write touches. */
async function snapshot(ctx: TestContext) {
  const count = async (table: string) =>
    (await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(ctx.db))
      .rows[0]!.n;
  return {
    people: await count('people'),
    tags: await count('person_tags'),
    handles: await count('person_handles'),
    search: await count('people_search'),
  };
}

describe('createPerson', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('stores every field, normalising lists, tags and handles', async () => {
    const introducer = await makePerson(ctx, { name: '胡一菲' });
    const p = await createPerson(ctx, {
      name: '  曾小贤 ',
      nameLatin: 'Xian Zeng',
      nicknames: ['小曾', ' 小曾 ', ''],
      disciplines: ['主持', '播客'],
      skills: [' 配音 ', '剪辑'],
      title: '主播',
      company: '爱情公寓电台',
      city: '上海',
      handles: ['微信:zxx', 'xhs: zengxx ', { platform: 'email', value: 'z@example.cn' }],
      metOn: '2026-11-20',
      metPlace: '咖啡馆',
      metHow: '朋友聚会',
      introducedBy: '胡一菲',
      birthday: '--0517',
      needs: [' 找合伙人 ', '', '找合伙人'],
      offers: ['声音指导'],
      seeking: ['投资人'],
      challenges: ['流量'],
      goals: ['开播客'],
      tags: ['播客', '播客', ' 主持 ', ''],
      note: '  很健谈  ',
      tier: 'important',
      stage: 'deepened',
      cadenceDays: 14,
      snoozedUntil: '2026-12-01',
    });
    expect(p).toMatchObject({
      name: '曾小贤',
      nameLatin: 'Xian Zeng',
      pinyin: 'zeng xiao xian',
      initials: 'zxx',
      nicknames: ['小曾'],
      disciplines: ['主持', '播客'],
      skills: ['配音', '剪辑'],
      title: '主播',
      company: '爱情公寓电台',
      city: '上海',
      handles: [
        { platform: 'wechat', value: 'zxx' },
        { platform: 'xiaohongshu', value: 'zengxx' },
        { platform: 'email', value: 'z@example.cn' },
      ],
      metOn: '2026-11-20',
      metTime: null,
      metPlace: '咖啡馆',
      metHow: '朋友聚会',
      introducedBy: { id: introducer.id, name: '胡一菲' },
      birthday: '--05-17',
      needs: ['找合伙人'],
      offers: ['声音指导'],
      seeking: ['投资人'],
      challenges: ['流量'],
      goals: ['开播客'],
      tags: ['主持', '播客'],
      note: '很健谈',
      tier: 'important',
      stage: 'deepened',
      cadenceDays: 14,
      snoozedUntil: '2026-12-01',
      lastInteractionOn: null,
      // met 2026-11-20 + 14 days; the earlier snooze does not pull it in.
      dueOn: '2026-12-04',
      addedOn: '2026-11-23',
      createdAt: '2026-11-23T02:00:00.000Z',
      updatedAt: '2026-11-23T02:00:00.000Z',
      archivedAt: null,
    });
    expect(p.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(await findPerson(ctx.db, p.id)).toEqual(p);
  });

  it('fills defaults for a bare name', async () => {
    const p = await createPerson(ctx, { name: 'Emily Chen' });
    expect(p).toMatchObject({
      name: 'Emily Chen',
      nameLatin: null,
      pinyin: null,
      initials: null,
      nicknames: [],
      handles: [],
      tags: [],
      needs: [],
      tier: 'unsorted',
      stage: 'connected',
      cadenceDays: null,
      metOn: null,
      metTime: null,
      birthday: null,
      introducedBy: null,
      dueOn: null,
      addedOn: '2026-11-23',
    });
  });

  it('uses the local date for addedOn (Shanghai is already on the next day)', async () => {
    ctx.setNow('2026-11-23T17:00:00Z'); // 01:00 on the 24th in Shanghai
    try {
      const p = await createPerson(ctx, { name: '夜猫子', tier: 'core' });
      expect(p.addedOn).toBe('2026-11-24');
      expect(p.dueOn).toBe('2026-12-01');
    } finally {
      ctx.setNow('2026-11-23T02:00:00Z');
    }
  });

  it('keeps the birth year when given, and accepts 29 February without one', async () => {
    expect((await createPerson(ctx, { name: '生日甲', birthday: '1990-05-17' })).birthday).toBe(
      '1990-05-17',
    );
    expect((await createPerson(ctx, { name: '生日乙', birthday: '--02-29' })).birthday).toBe(
      '--02-29',
    );
    expect((await createPerson(ctx, { name: '生日丙', birthday: '2024-02-29' })).birthday).toBe(
      '2024-02-29',
    );
  });

  it('records when we met: a time in the user’s zone, a bare date of today as now', async () => {
    const withTime = await createPerson(ctx, { name: '见面甲', metOn: '2026-11-23T09:30' });
    expect(withTime.metOn).toBe('2026-11-23');
    expect(withTime.metTime).toBe('2026-11-23T01:30:00.000Z');
    const today = await createPerson(ctx, { name: '见面乙', metOn: '2026-11-23' });
    expect(today.metTime).toBe('2026-11-23T02:00:00.000Z');
    const earlier = await createPerson(ctx, { name: '见面丙', metOn: '2026-11-01' });
    expect(earlier.metTime).toBeNull();
  });

  it('reads names with their surname readings', async () => {
    const cases: [string, string, string][] = [
      ['曾小贤', 'zeng xiao xian', 'zxx'],
      ['单田芳', 'shan tian fang', 'stf'],
      ['解缙', 'xie jin', 'xj'],
      ['仇英', 'qiu ying', 'qy'],
      ['区志强', 'ou zhi qiang', 'ozq'],
      ['欧阳娜娜', 'ou yang na na', 'oynn'],
      ['张伟', 'zhang wei', 'zw'],
    ];
    for (const [name, pinyin, initials] of cases) {
      const p = await createPerson(ctx, { name });
      expect({ name, pinyin: p.pinyin, initials: p.initials }).toEqual({ name, pinyin, initials });
    }
    const mixed = await createPerson(ctx, { name: '李 Emily' });
    expect(mixed).toMatchObject({ pinyin: 'li', initials: 'l' });
  });
});

describe('search and lists', () => {
  let ctx: TestContext;
  const p: Record<string, Person> = {};

  beforeAll(async () => {
    ctx = await createTestContext();
    const people: CreatePersonInput[] = [
      // 张伟明 is core, so tier order alone would put him first: the exact name must win.
      { name: '张伟', tier: 'general' },
      { name: '张伟明', tier: 'core' },
      { name: '张小伟', tier: 'important' },
      { name: '王芳', nicknames: ['芳芳'] },
      { name: 'Emily Chen', company: 'Figma' },
      { name: '刘洋', city: '成都', tags: ['投资人'] },
      { name: '陈静', disciplines: ['插画'], skills: ['C4D'] },
      { name: '李娜', company: '字节跳动' },
      { name: '欧阳娜娜', tags: ['演员'] },
      { name: '周杰', nameLatin: 'Jay Chou' },
    ];
    for (const input of people) p[input.name] = await makePerson(ctx, input);
  });
  afterAll(async () => {
    await ctx.close();
  });

  const names = async (q: string) => (await searchPeople(ctx, q)).map((s) => s.name);

  it('finds two-character Chinese names, exact name first', async () => {
    expect(await names('王芳')).toEqual(['王芳']);
    expect(await names('李娜')).toEqual(['李娜']);
    const zw = await names('张伟');
    expect(zw[0]).toBe('张伟');
    expect(zw).toContain('张伟明');
    expect(zw).not.toContain('张小伟'); // the characters are not consecutive there
  });

  it('finds Latin names, case-insensitively, by word prefixes', async () => {
    expect(await names('Emily')).toEqual(['Emily Chen']);
    expect(await names('emily chen')).toEqual(['Emily Chen']);
    expect(await names('EMI')).toEqual(['Emily Chen']);
    expect(await names('jay')).toEqual(['周杰']);
    expect(await names('mily')).toEqual([]);
  });

  it('finds full pinyin, written together or apart, and initials', async () => {
    for (const q of ['zhangwei', 'ZhangWei', 'zw']) {
      const r = await names(q);
      expect(r[0], q).toBe('张伟');
      expect(r, q).toContain('张伟明');
      expect(r, q).not.toContain('张小伟');
    }
    // Apart, each syllable is a word of its own: zhang xiao wei has both.
    const apart = await names('zhang wei');
    expect(apart[0]).toBe('张伟');
    expect([...apart].sort()).toEqual(['张伟', '张伟明', '张小伟'].sort());
    expect(await names('ouyang')).toEqual(['欧阳娜娜']);
    expect(await names('oynn')).toEqual(['欧阳娜娜']);
    expect(await names('wangfang')).toEqual(['王芳']);
    expect(await names('zxw')).toEqual(['张小伟']);
  });

  it('finds nicknames, companies, cities, tags, disciplines and skills', async () => {
    expect(await names('芳芳')).toEqual(['王芳']);
    expect(await names('figma')).toEqual(['Emily Chen']);
    expect(await names('字节')).toEqual(['李娜']);
    expect(await names('成都')).toEqual(['刘洋']);
    expect(await names('投资人')).toEqual(['刘洋']);
    expect(await names('插画')).toEqual(['陈静']);
    expect(await names('c4d')).toEqual(['陈静']);
    expect(await names('演员')).toEqual(['欧阳娜娜']);
  });

  it('requires every word of the query', async () => {
    expect(await names('刘洋 成都')).toEqual(['刘洋']);
    expect(await names('刘洋 北京')).toEqual([]);
  });

  it('returns nothing for an empty or punctuation-only query', async () => {
    expect(await searchPeopleIds(ctx.db, '')).toEqual([]);
    expect(await searchPeopleIds(ctx.db, ' "*" ')).toEqual([]);
  });

  it('lists people by name with filters, and by best match with a search', async () => {
    const all = await listPeople(ctx);
    expect(all).toHaveLength(10);
    expect(all.map((s) => s.id).sort((a, b) => a - b)).toEqual(
      Object.values(p)
        .map((x) => x.id)
        .sort((a, b) => a - b),
    );
    expect((await listPeople(ctx, { tier: 'core' })).map((s) => s.name)).toEqual(['张伟明']);
    expect((await listPeople(ctx, { tier: '重要' })).map((s) => s.name)).toEqual(['张小伟']);
    expect((await listPeople(ctx, { tag: '投资人' })).map((s) => s.name)).toEqual(['刘洋']);
    const searched = await listPeople(ctx, { search: 'zhangwei' });
    expect(searched.map((s) => s.name)).toEqual(['张伟', '张伟明']);
    expect(searched[0]).toMatchObject({
      id: p['张伟']!.id,
      tier: 'general',
      stage: 'connected',
      dueOn: '2027-02-21',
    });
  });

  it('leaves archived people out of search and lists unless asked, and restores them', async () => {
    const x = p['张小伟']!;
    const archived = await archivePerson(ctx, x.id);
    expect(archived.archivedAt).toBe('2026-11-23T02:00:00.000Z');

    expect(await names('张小伟')).toEqual([]);
    expect(await searchPeopleIds(ctx.db, 'zxw')).toEqual([]);
    expect(await searchPeopleIds(ctx.db, 'zxw', { includeArchived: true })).toEqual([x.id]);
    expect((await listPeople(ctx)).map((s) => s.id)).not.toContain(x.id);
    expect((await listPeople(ctx, { includeArchived: true })).map((s) => s.id)).toContain(x.id);
    expect((await listPeople(ctx, { archivedOnly: true })).map((s) => s.id)).toEqual([x.id]);
    expect(
      (await listPeople(ctx, { search: '张小伟', includeArchived: true })).map((s) => s.id),
    ).toEqual([x.id]);
    await expectAppError(resolvePerson(ctx.db, '张小伟'), 'PersonNotFound');
    await expectAppError(resolvePerson(ctx.db, x.id), 'PersonNotFound');
    expect((await resolvePerson(ctx.db, '张小伟', { includeArchived: true })).id).toBe(x.id);
    // Archiving again finds no live person to archive.
    await expectAppError(archivePerson(ctx, x.id), 'PersonNotFound');

    ctx.setNow('2026-11-24T02:00:00Z');
    const restored = await restorePerson(ctx, '张小伟');
    ctx.setNow('2026-11-23T02:00:00Z');
    expect(restored.archivedAt).toBeNull();
    expect(restored.updatedAt).toBe('2026-11-24T02:00:00.000Z');
    expect(await names('张小伟')).toEqual(['张小伟']);
    expect((await listPeople(ctx)).map((s) => s.id)).toContain(x.id);
  });

  describe('resolvePerson', () => {
    it('finds by id, as a number or as text', async () => {
      const id = p['王芳']!.id;
      expect((await resolvePerson(ctx.db, id)).name).toBe('王芳');
      expect((await resolvePerson(ctx.db, String(id))).name).toBe('王芳');
      expect((await resolvePerson(ctx.db, ` ${id} `)).name).toBe('王芳');
    });

    it('finds by exact name even when a search would match several', async () => {
      expect((await resolvePerson(ctx.db, '张伟')).id).toBe(p['张伟']!.id);
      expect((await resolvePerson(ctx.db, 'emily chen')).id).toBe(p['Emily Chen']!.id);
      // The Latin name counts as a name too.
      expect((await resolvePerson(ctx.db, 'Jay Chou')).id).toBe(p['周杰']!.id);
    });

    it('finds by a search that matches exactly one person', async () => {
      expect((await resolvePerson(ctx.db, '字节')).id).toBe(p['李娜']!.id);
      expect((await resolvePerson(ctx.db, 'ouyang')).id).toBe(p['欧阳娜娜']!.id);
    });

    it('refuses an ambiguous reference, listing the candidates', async () => {
      const e = await expectAppError(resolvePerson(ctx.db, '张'), 'PersonAmbiguous');
      expect(e.details.query).toBe('张');
      const candidates = e.details.candidates as {
        id: number;
        name: string;
        city: string | null;
        company: string | null;
      }[];
      expect(candidates.map((c) => c.name).sort()).toEqual(['张伟', '张伟明', '张小伟'].sort());
      expect(candidates.find((c) => c.name === '张伟')).toEqual({
        id: p['张伟']!.id,
        name: '张伟',
        city: null,
        company: null,
      });
    });

    it('reports an unknown person', async () => {
      const e = await expectAppError(resolvePerson(ctx.db, '诸葛亮'), 'PersonNotFound');
      expect(e.details.query).toBe('诸葛亮');
      await expectAppError(resolvePerson(ctx.db, 99_999), 'PersonNotFound');
      await expectAppError(resolvePerson(ctx.db, '   '), 'PersonNotFound');
      await expectAppError(getPerson(ctx.db, 99_999), 'PersonNotFound');
      expect(await findPerson(ctx.db, 99_999)).toBeUndefined();
    });
  });
});

describe('ranking by initials', () => {
  it('puts initials that start with the query above a word match elsewhere (a company)', async () => {
    const ctx = await createTestContext();
    await makePerson(ctx, { name: 'Otto Berg', company: 'ZW Studio' });
    await makePerson(ctx, { name: '张伟明' });
    const names = (await searchPeople(ctx, 'zw')).map((s) => s.name);
    expect(names).toEqual(['张伟明', 'Otto Berg']);
    await ctx.close();
  });
});

describe('resolvePerson with names made of digits', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('reads 7 and #7 as ids but 007 as a name', async () => {
    const people: Person[] = [];
    for (let i = 0; i < 7; i++) people.push(await makePerson(ctx));
    const bond = await makePerson(ctx, { name: '007' });
    const seventh = people[6]!;
    expect((await resolvePerson(ctx.db, String(seventh.id))).id).toBe(seventh.id);
    expect((await resolvePerson(ctx.db, `#${seventh.id}`)).id).toBe(seventh.id);
    expect((await resolvePerson(ctx.db, '007')).id).toBe(bond.id);
  });
});

describe('resolvePerson with namesakes', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('refuses a name two people share, and still takes an id', async () => {
    const sh = await makePerson(ctx, { name: '张伟', city: '上海' });
    const bj = await makePerson(ctx, { name: '张伟', city: '北京', company: '腾讯' });
    const e = await expectAppError(resolvePerson(ctx.db, '张伟'), 'PersonAmbiguous');
    expect(e.details.candidates).toEqual(
      expect.arrayContaining([
        { id: sh.id, name: '张伟', city: '上海', company: null },
        { id: bj.id, name: '张伟', city: '北京', company: '腾讯' },
      ]),
    );
    expect((e.details.candidates as unknown[]).length).toBe(2);
    expect((await resolvePerson(ctx.db, bj.id)).city).toBe('北京');
    // Archiving one leaves the other as the only live 张伟.
    await archivePerson(ctx, bj.id);
    expect((await resolvePerson(ctx.db, '张伟')).id).toBe(sh.id);
    await expectAppError(
      resolvePerson(ctx.db, '张伟', { includeArchived: true }),
      'PersonAmbiguous',
    );
  });
});

describe('validation: bad input is refused and changes nothing', () => {
  let ctx: TestContext;
  let existing: Person;
  beforeAll(async () => {
    ctx = await createTestContext();
    existing = await makePerson(ctx, { name: '已有的人', tags: ['x'], handles: ['wechat:abc'] });
  });
  afterAll(async () => {
    await ctx.close();
  });

  /** Runs a create that must fail validation and checks nothing was written. */
  async function refused(input: CreatePersonInput): Promise<FieldIssue> {
    const before = await snapshot(ctx);
    const issue = await firstIssue(createPerson(ctx, input));
    expect(await snapshot(ctx)).toEqual(before);
    return issue;
  }

  it('refuses an unknown tier, listing the allowed ones', async () => {
    const issue = await refused({ name: '新人', tier: 'boss' });
    expect(issue).toEqual({
      field: 'tier',
      problem: 'invalid_value',
      value: 'boss',
      allowed: ['core', 'important', 'general', 'unsorted'],
    });
    expect(issue.allowed).toEqual(TIERS.values);
  });

  it('refuses an unknown stage', async () => {
    expect(await refused({ name: '新人', stage: 'married' })).toMatchObject({
      field: 'stage',
      problem: 'invalid_value',
    });
  });

  it('accepts Chinese and English labels for closed vocabularies', async () => {
    expect((await createPerson(ctx, { name: '标签甲', tier: '核心' })).tier).toBe('core');
    expect((await createPerson(ctx, { name: '标签乙', tier: ' Important ' })).tier).toBe(
      'important',
    );
    expect((await createPerson(ctx, { name: '标签丙', tier: '未分类' })).tier).toBe('unsorted');
    expect((await createPerson(ctx, { name: '标签丁', stage: '深化' })).stage).toBe('deepened');
  });

  it('refuses impossible dates', async () => {
    expect(await refused({ name: '新人', metOn: '2025-02-30' })).toMatchObject({
      field: 'metOn',
      problem: 'invalid_date',
      value: '2025-02-30',
    });
    expect(await refused({ name: '新人', metOn: '2026-11-23T25:00' })).toMatchObject({
      field: 'metOn',
      problem: 'invalid_date',
    });
    expect(await refused({ name: '新人', birthday: '2025-02-30' })).toMatchObject({
      field: 'birthday',
      problem: 'invalid_date',
      value: '2025-02-30',
    });
    expect(await refused({ name: '新人', birthday: '2023-02-29' })).toMatchObject({
      field: 'birthday',
      problem: 'invalid_date',
    });
    expect(await refused({ name: '新人', birthday: '--02-30' })).toMatchObject({
      field: 'birthday',
      problem: 'invalid_date',
    });
    expect(await refused({ name: '新人', snoozedUntil: '2026-02-29' })).toMatchObject({
      field: 'snoozedUntil',
      problem: 'invalid_date',
    });
  });

  it('refuses an empty name', async () => {
    expect(await refused({ name: '' })).toEqual({ field: 'name', problem: 'required' });
    expect(await refused({ name: '   ' })).toEqual({ field: 'name', problem: 'required' });
    expect(await refused({} as CreatePersonInput)).toEqual({ field: 'name', problem: 'required' });
  });

  it('refuses a handle without a platform', async () => {
    for (const h of ['zxx', ':zxx', 'wechat:', '  :  ']) {
      expect(await refused({ name: '新人', handles: [h] }), h).toMatchObject({
        field: 'handles',
        problem: 'handle_without_platform',
      });
    }
    expect(
      await refused({ name: '新人', handles: [{ platform: '', value: 'zxx' }] }),
    ).toMatchObject({
      field: 'handles',
      problem: 'handle_without_platform',
    });
  });

  it('refuses an unknown platform, listing the known ones', async () => {
    const issue = await refused({ name: '新人', handles: ['wechat:ok', 'myspace:zxx'] });
    expect(issue).toMatchObject({
      field: 'handles',
      problem: 'unknown_platform',
      value: 'myspace',
    });
    expect(issue.allowed).toContain('wechat');
    expect(issue.allowed).toContain('xiaohongshu');
    expect(
      await refused({ name: '新人', handles: [{ platform: 'myspace', value: 'zxx' }] }),
    ).toMatchObject({
      field: 'handles',
      problem: 'unknown_platform',
    });
  });

  it('refuses a cadence out of range', async () => {
    expect(await refused({ name: '新人', cadenceDays: 0 })).toMatchObject({
      field: 'cadenceDays',
      problem: 'out_of_range',
    });
    expect(await refused({ name: '新人', cadenceDays: 1.5 })).toMatchObject({
      field: 'cadenceDays',
    });
  });

  it('refuses an unknown introducer', async () => {
    const before = await snapshot(ctx);
    await expectAppError(
      createPerson(ctx, { name: '新人', introducedBy: '不存在的人' }),
      'PersonNotFound',
    );
    expect(await snapshot(ctx)).toEqual(before);
  });

  it('leaves the person as they were when an edit is refused', async () => {
    const before = await getPerson(ctx.db, existing.id);
    const snap = await snapshot(ctx);
    expect(
      await firstIssue(updatePerson(ctx, existing.id, { city: '北京', tier: 'boss' })),
    ).toMatchObject({ field: 'tier' });
    expect(
      await firstIssue(updatePerson(ctx, existing.id, { tags: ['y'], handles: ['nope'] })),
    ).toMatchObject({
      field: 'handles',
      problem: 'handle_without_platform',
    });
    expect(await firstIssue(updatePerson(ctx, existing.id, { name: '' }))).toEqual({
      field: 'name',
      problem: 'required',
    });
    await expectAppError(
      updatePerson(ctx, existing.id, { tags: ['y'], introducedBy: '不存在的人' }),
      'PersonNotFound',
    );
    expect(
      await firstIssue(updatePerson(ctx, existing.id, { introducedBy: String(existing.id) })),
    ).toMatchObject({
      field: 'introducedBy',
      problem: 'invalid_value',
    });
    expect(await getPerson(ctx.db, existing.id)).toEqual(before);
    expect(await snapshot(ctx)).toEqual(snap);
  });
});

describe('updatePerson, archive and restore', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => {
    await ctx.close();
  });

  const full = (name: string): CreatePersonInput => ({
    name,
    nameLatin: 'Lily',
    nicknames: ['莉莉'],
    skills: ['插画', '动效'],
    company: '工作室',
    city: '杭州',
    handles: ['wechat:lily'],
    tags: ['插画师', '老同学'],
    needs: ['客户'],
    birthday: '1992-03-04',
    metOn: '2026-10-01',
    tier: 'important',
  });

  it('changes only the fields given', async () => {
    const before = await createPerson(ctx, full('林莉'));
    ctx.setNow('2026-11-23T03:00:00Z');
    const after = await updatePerson(ctx, before.id, { city: '北京' });
    ctx.setNow('2026-11-23T02:00:00Z');
    expect(after).toEqual({ ...before, city: '北京', updatedAt: '2026-11-23T03:00:00.000Z' });
  });

  it('replaces a list given, and clears text given as empty', async () => {
    const before = await createPerson(ctx, full('林莉二'));
    const after = await updatePerson(ctx, '林莉二', {
      tags: ['设计'],
      skills: ['摄影'],
      needs: [],
      city: '',
    });
    expect(after.tags).toEqual(['设计']);
    expect(after.skills).toEqual(['摄影']);
    expect(after.needs).toEqual([]);
    expect(after.city).toBeNull();
    // Untouched lists stay.
    expect(after.nicknames).toEqual(before.nicknames);
    expect(after.handles).toEqual(before.handles);
    expect((await updatePerson(ctx, before.id, { company: null })).company).toBeNull();
    expect((await updatePerson(ctx, before.id, { handles: ['xhs:lily2'] })).handles).toEqual([
      { platform: 'xiaohongshu', value: 'lily2' },
    ]);
    // The search index follows: the old tag is gone, the new one is found.
    expect(await searchPeopleIds(ctx.db, '插画师')).not.toContain(before.id);
    expect(await searchPeopleIds(ctx.db, '设计')).toContain(before.id);
  });

  it('re-reads the pinyin and the index on a rename', async () => {
    const p = await createPerson(ctx, { name: '旧名字' });
    const renamed = await updatePerson(ctx, p.id, { name: '曾志伟' });
    expect(renamed).toMatchObject({ name: '曾志伟', pinyin: 'zeng zhi wei', initials: 'zzw' });
    expect(await searchPeopleIds(ctx.db, '旧名字')).toEqual([]);
    expect(await searchPeopleIds(ctx.db, 'zengzhiwei')).toEqual([p.id]);
    // Changing the Latin name alone keeps the name.
    const latin = await updatePerson(ctx, p.id, { nameLatin: 'Eric Tsang' });
    expect(latin).toMatchObject({
      name: '曾志伟',
      nameLatin: 'Eric Tsang',
      pinyin: 'zeng zhi wei',
    });
    expect((await resolvePerson(ctx.db, 'eric tsang')).id).toBe(p.id);
  });

  it('re-plans the due date when the tier, cadence or met date changes', async () => {
    const p = await createPerson(ctx, { name: '分层测试' });
    expect(p.dueOn).toBeNull();
    expect((await updatePerson(ctx, p.id, { tier: 'core' })).dueOn).toBe('2026-11-30');
    expect((await updatePerson(ctx, p.id, { cadenceDays: 3 })).dueOn).toBe('2026-11-26');
    expect((await updatePerson(ctx, p.id, { metOn: '2026-11-01' })).dueOn).toBe('2026-11-04');
    const cleared = await updatePerson(ctx, p.id, { metOn: null, cadenceDays: null });
    expect(cleared).toMatchObject({
      metOn: null,
      metTime: null,
      cadenceDays: null,
      dueOn: '2026-11-30',
    });
    expect((await updatePerson(ctx, p.id, { stage: 'dormant' })).dueOn).toBeNull();
  });

  it('snoozes a person until a date', async () => {
    const p = await createPerson(ctx, { name: '暂停测试', tier: 'core' });
    expect((await snoozePerson(ctx, p.id, '2027-01-10')).dueOn).toBe('2027-01-10');
    expect(await firstIssue(snoozePerson(ctx, p.id, '2027-02-30'))).toMatchObject({
      field: 'until',
      problem: 'invalid_date',
    });
    const unsnoozed = await snoozePerson(ctx, p.id, null);
    expect(unsnoozed).toMatchObject({ snoozedUntil: null, dueOn: '2026-11-30' });
  });

  it('edits an archived person, and archives and restores by name', async () => {
    const p = await createPerson(ctx, { name: '归档测试', city: '上海' });
    const a = await archivePerson(ctx, '归档测试');
    expect(a.archivedAt).not.toBeNull();
    const edited = await updatePerson(ctx, p.id, { city: '深圳' });
    expect(edited).toMatchObject({ city: '深圳', archivedAt: a.archivedAt });
    const r = await restorePerson(ctx, p.id);
    expect(r).toMatchObject({ archivedAt: null, city: '深圳' });
    expect((await listPeople(ctx)).map((s) => s.id)).toContain(p.id);
  });
});
