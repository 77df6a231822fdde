import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makePerson } from '../../../test/helpers/factories.js';
import { connectorIndex } from '../connector/connector.service.js';
import { pairScore, type ConnectorIndex, type ConnectorPerson } from '../connector/match.js';
import { archivePerson } from '../people/people.service.js';
import { suggestGroups } from './gather.js';
import { isGathering, type Group } from './group.js';
import { groupReasons } from './gathering-reasons.js';

let ctx: TestContext;
beforeEach(async () => {
  ctx = await createTestContext();
});
afterEach(async () => {
  await ctx.close();
});

/** Two cities of creatives whose needs meet each other's offers, a loner and an archived match. */
async function network(): Promise<void> {
  const hz = '杭州';
  const bj = '北京';
  await makePerson(ctx, {
    name: '张伟',
    city: hz,
    tier: 'core',
    disciplines: ['品牌设计'],
    needs: ['需要做动效'],
  });
  await makePerson(ctx, {
    name: '李娜',
    city: hz,
    disciplines: ['插画'],
    offers: ['动效设计（AE）'],
  });
  await makePerson(ctx, {
    name: '王芳',
    city: hz,
    disciplines: ['插画'],
    needs: ['找摄影师拍产品'],
  });
  await makePerson(ctx, { name: '赵强', city: hz, disciplines: ['摄影'], offers: ['产品摄影'] });
  await makePerson(ctx, { name: '陈静', city: hz, disciplines: ['品牌设计', '插画'] });
  await makePerson(ctx, {
    name: '刘洋',
    city: bj,
    disciplines: ['前端开发'],
    needs: ['需要开发小程序'],
  });
  await makePerson(ctx, {
    name: '孙磊',
    city: bj,
    disciplines: ['前端开发'],
    offers: ['小程序开发'],
  });
  await makePerson(ctx, { name: '周敏', city: bj, disciplines: ['前端开发', '摄影'] });
  await makePerson(ctx, { name: '吴昊', city: bj, offers: ['播客剪辑'] });
  await makePerson(ctx, { name: '郑一' });
  const gone = await makePerson(ctx, {
    name: '钱多',
    city: hz,
    tier: 'core',
    disciplines: ['插画', '品牌设计'],
    offers: ['动效设计', '产品摄影'],
  });
  await archivePerson(ctx, gone.id);
}

const shares = (a: ConnectorPerson, b: ConnectorPerson) =>
  a.canIds.some((t) => b.canIds.includes(t)) || a.city.some((c) => b.city.includes(c));

/** The rules, checked here without the algorithm's own helpers. */
function expectGathering(g: Group, size: number): void {
  const ms = g.members;
  expect(ms).toHaveLength(size);
  expect(new Set(ms.map((m) => m.id)).size).toBe(size);
  for (const m of ms)
    expect(
      ms.some((o) => o !== m && shares(m, o)),
      m.name,
    ).toBe(true);
  expect(ms.some((a) => ms.some((b) => a !== b && pairScore(a, b) !== undefined))).toBe(true);
  expect(g.links.length).toBeGreaterThan(0);
  expect(g.score).toBeGreaterThan(0);
  expect(isGathering(ms)).toBe(true);
}

function expectDisjoint(groups: Group[], except?: ConnectorPerson): void {
  const ids = groups.flatMap((g) => g.members.filter((m) => m !== except).map((m) => m.id));
  expect(new Set(ids).size).toBe(ids.length);
}

const names = (g: Group) => g.members.map((m) => m.name);

describe('suggested gatherings on a small network', () => {
  let ix: ConnectorIndex;
  beforeEach(async () => {
    await network();
    ix = await connectorIndex(ctx);
  });

  it('makes groups of 3, 4 and 5 that keep every rule, nobody in two of them', () => {
    for (const size of [3, 4, 5]) {
      const groups = suggestGroups(ix, { size, limit: 10 });
      expect(groups.length, `size ${size}`).toBeGreaterThan(0);
      for (const g of groups) expectGathering(g, size);
      expectDisjoint(groups);
      const scores = groups.map((g) => g.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('keeps each group in one city and starts from a met need', () => {
    const groups = suggestGroups(ix, { size: 3, limit: 10 });
    expect(groups.length).toBeGreaterThanOrEqual(2);
    for (const g of groups) {
      const cities = new Set(g.members.flatMap((m) => m.city));
      expect(cities.size, names(g).join(' ')).toBe(1);
    }
    const all = groups.flatMap(names);
    // The need of the closest person (张伟, core) is met by the one who offers it.
    const zw = groups.find((g) => names(g).includes('张伟'))!;
    expect(names(zw)).toContain('李娜');
    expect(all).toContain('刘洋');
    expect(all).toContain('孙磊');
  });

  it('leaves out archived people and people who share nothing', () => {
    for (const size of [3, 4, 5]) {
      const all = suggestGroups(ix, { size, limit: 10 }).flatMap(names);
      expect(all).not.toContain('钱多');
      expect(all).not.toContain('郑一');
    }
  });

  it('respects the limit', () => {
    expect(suggestGroups(ix, { size: 3, limit: 1 })).toHaveLength(1);
  });

  it('around a person: every group includes them, the others are not reused', () => {
    for (const who of ['李娜', '陈静', '周敏']) {
      const p = ix.people.find((m) => m.name === who)!;
      const groups = suggestGroups(ix, { size: 3, limit: 10, around: p });
      expect(groups.length, who).toBeGreaterThan(0);
      for (const g of groups) {
        expect(g.members).toContain(p);
        expectGathering(g, 3);
      }
      expectDisjoint(groups, p);
    }
    // Someone who shares nothing with anyone is in no gathering.
    const loner = ix.people.find((m) => m.name === '郑一')!;
    expect(suggestGroups(ix, { size: 3, limit: 10, around: loner })).toEqual([]);
  });

  it('explains a group in Chinese and in English', () => {
    const [g] = suggestGroups(ix, { size: 3, limit: 10 }).filter((x) => names(x).includes('张伟'));
    const zh = groupReasons(g!, ix.knows, 'zh');
    expect(zh[0]).toContain('张伟 需要“需要做动效”——李娜 能提供“动效设计（AE）”');
    expect(zh).toContain('三人都在杭州');
    expect(zh.some((r) => /^.+ 和 .+ 都做(插画|品牌设计)$/.test(r))).toBe(true);
    expect(zh.at(-1)).toBe('他们彼此还不认识——由你来做东正合适');
    const en = groupReasons(g!, ix.knows, 'en');
    expect(en[0]).toMatch(/^张伟 needs "需要做动效" — 李娜 offers "动效设计（AE）"/);
    expect(en).toContain('All three are in Hangzhou');
    expect(en.some((r) => /^.+ and .+ both do (illustration|branding)$/.test(r))).toBe(true);
  });
});

describe('networks without a gathering', () => {
  it('an empty network suggests nothing', async () => {
    const ix = await connectorIndex(ctx);
    expect(suggestGroups(ix, { size: 4, limit: 10 })).toEqual([]);
  });

  it('no need meets an offer: nothing, however much people have in common', async () => {
    for (const name of ['甲', '乙', '丙', '丁'])
      await makePerson(ctx, { name, city: '上海', disciplines: ['插画'], offers: ['插画'] });
    const ix = await connectorIndex(ctx);
    expect(suggestGroups(ix, { size: 3, limit: 10 })).toEqual([]);
  });

  it('a need met between two people who share nothing with a third: no group of three', async () => {
    await makePerson(ctx, { name: '甲', city: '上海', needs: ['需要做动效'] });
    await makePerson(ctx, { name: '乙', city: '上海', offers: ['动效设计'] });
    await makePerson(ctx, { name: '丙', city: '成都', offers: ['婚礼摄影'] });
    const ix = await connectorIndex(ctx);
    expect(suggestGroups(ix, { size: 3, limit: 10 })).toEqual([]);
  });
});

/** A small deterministic generator (mulberry32), so a failing network can be rebuilt. */
function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('random networks', () => {
  it('every suggestion keeps the rules, for every size and around anyone', async () => {
    const skills = ['动效设计', '插画', '产品摄影', '品牌设计', '小程序开发', '视频剪辑', '文案'];
    const cities = ['上海', '杭州', '北京', '远程', null];
    const tiers = ['core', 'important', 'general', 'unsorted'] as const;
    const next = rng(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
    for (let i = 0; i < 60; i++) {
      await makePerson(ctx, {
        name: `人${i}`,
        city: pick(cities),
        tier: pick(tiers),
        disciplines: next() < 0.6 ? [pick(skills)] : [],
        needs: next() < 0.5 ? [`需要${pick(skills)}`] : [],
        offers: next() < 0.6 ? [pick(skills)] : [],
      });
    }
    const ix = await connectorIndex(ctx);
    let seen = 0;
    for (const size of [3, 4, 5]) {
      const groups = suggestGroups(ix, { size, limit: 20 });
      seen += groups.length;
      for (const g of groups) expectGathering(g, size);
      expectDisjoint(groups);
      for (const p of ix.people.slice(0, 15)) {
        const around = suggestGroups(ix, { size, limit: 5, around: p });
        for (const g of around) {
          expect(g.members).toContain(p);
          expectGathering(g, size);
        }
        expectDisjoint(around, p);
      }
    }
    expect(seen).toBeGreaterThan(5);
  });
});
