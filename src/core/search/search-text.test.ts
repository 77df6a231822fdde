import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  matchesDocument,
  normalizeText,
  parseQuery,
  searchDocument,
  toFtsQuery,
  tokenize,
  VALUE_SEPARATOR,
  type SearchableFields,
} from './search-text.js';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makePerson } from '../../../test/helpers/factories.js';
import { archivePerson, searchPeopleIds } from '../people/people.service.js';
import type { CreatePersonInput, Person } from '../people/people.js';

/** ASCII → full-width forms (what a Chinese IME types with full-width on). */
const fullWidth = (s: string) =>
  [...s]
    .map((c) =>
      c === ' '
        ? '\u3000'
        : c >= '!' && c <= '~'
          ? String.fromCharCode(c.charCodeAt(0) + 0xfee0)
          : c,
    )
    .join('');

function fields(over: Partial<SearchableFields>): SearchableFields {
  return {
    name: '',
    nameLatin: null,
    pinyin: null,
    initials: null,
    nicknames: [],
    company: null,
    city: null,
    tags: [],
    disciplines: [],
    skills: [],
    ...over,
  };
}

const zhangWei = fields({
  name: '张伟',
  nameLatin: 'David Zhang',
  pinyin: 'zhang wei',
  initials: 'zw',
  nicknames: ['阿伟'],
  company: 'ＡＢＣ设计',
  city: '上海',
  tags: ['UI', '老同学'],
  disciplines: ['UI设计'],
  skills: ['Figma', 'After Effects'],
});

const matches = (q: string, p: SearchableFields) =>
  matchesDocument(parseQuery(q), searchDocument(p));

describe('normalizeText', () => {
  it('folds full-width forms, accents and case, and collapses spaces', () => {
    expect(normalizeText('ＵＩ设计　Ｅｍｉｌｙ')).toBe('ui设计 emily');
    expect(normalizeText('Zoë Café')).toBe('zoe cafe');
    expect(normalizeText('ÅNGSTRÖM São Paulo')).toBe('angstrom sao paulo');
    expect(normalizeText('  Emily \t\n  Chen  ')).toBe('emily chen');
    expect(normalizeText('ﬁgma')).toBe('figma');
    expect(normalizeText('张伟')).toBe('张伟');
    expect(normalizeText('')).toBe('');
  });
});

describe('tokenize', () => {
  it('makes every CJK character a token and every other letter/digit run a word', () => {
    expect(tokenize('张伟')).toEqual(['张', '伟']);
    expect(tokenize('欧阳娜娜')).toEqual(['欧', '阳', '娜', '娜']);
    expect(tokenize('ui设计')).toEqual(['ui', '设', '计']);
    expect(tokenize('UI设计师2024')).toEqual(['ui', '设', '计', '师', '2024']);
    expect(tokenize('Emily Chen')).toEqual(['emily', 'chen']);
    expect(tokenize('ＥＭＩＬＹ　ＣＨＥＮ')).toEqual(['emily', 'chen']);
    expect(tokenize('Zoë Müller')).toEqual(['zoe', 'muller']);
    expect(tokenize("Jean-Luc O'Brien")).toEqual(['jean', 'luc', 'o', 'brien']);
    expect(tokenize('C++/UX-designer, 3D')).toEqual(['c', 'ux', 'designer', '3d']);
    expect(tokenize('阿卜杜拉·买买提')).toEqual(['阿', '卜', '杜', '拉', '买', '买', '提']);
    expect(tokenize('さくら 김민')).toEqual(['さ', 'く', 'ら', '김', '민']);
    expect(tokenize('"*^:()-+')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });
});

describe('parseQuery', () => {
  it('groups adjacent CJK characters into one phrase', () => {
    expect(parseQuery('张伟')).toEqual([{ kind: 'phrase', tokens: ['张', '伟'] }]);
    expect(parseQuery('欧阳娜娜')).toEqual([{ kind: 'phrase', tokens: ['欧', '阳', '娜', '娜'] }]);
  });

  it('keeps CJK characters separated by a space as separate terms', () => {
    expect(parseQuery('张 伟')).toEqual([
      { kind: 'phrase', tokens: ['张'] },
      { kind: 'phrase', tokens: ['伟'] },
    ]);
    expect(parseQuery('张·伟')).toEqual([
      { kind: 'phrase', tokens: ['张'] },
      { kind: 'phrase', tokens: ['伟'] },
    ]);
  });

  it('splits mixed Latin and CJK text into a prefix and a phrase', () => {
    expect(parseQuery('ui设计')).toEqual([
      { kind: 'prefix', token: 'ui' },
      { kind: 'phrase', tokens: ['设', '计'] },
    ]);
    expect(parseQuery('设计ui师')).toEqual([
      { kind: 'phrase', tokens: ['设', '计'] },
      { kind: 'prefix', token: 'ui' },
      { kind: 'phrase', tokens: ['师'] },
    ]);
  });

  it('makes each word a prefix, normalised', () => {
    expect(parseQuery('zhang wei')).toEqual([
      { kind: 'prefix', token: 'zhang' },
      { kind: 'prefix', token: 'wei' },
    ]);
    expect(parseQuery('ＺＨＡＮＧ')).toEqual([{ kind: 'prefix', token: 'zhang' }]);
    expect(parseQuery('Zoë')).toEqual([{ kind: 'prefix', token: 'zoe' }]);
  });

  it('finds no terms in blank or punctuation-only queries', () => {
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('   ')).toEqual([]);
    expect(parseQuery('"*"-^:')).toEqual([]);
  });

  it('is the same for a query typed in full-width forms (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_"*张伟欧阳'.split('')), maxLength: 12 }),
        (q) => {
          expect(parseQuery(fullWidth(q))).toEqual(parseQuery(q));
        },
      ),
    );
  });

  it('quotes every term for FTS5', () => {
    expect(toFtsQuery(parseQuery('ui设计 zhang'))).toBe('"ui"* AND "设 计" AND "zhang"*');
  });
});

describe('searchDocument', () => {
  it('lists every searchable value, separated, with pinyin also written together', () => {
    const doc = searchDocument(zhangWei);
    expect(doc.slice(0, 9)).toEqual([
      '张',
      '伟',
      VALUE_SEPARATOR,
      'david',
      'zhang',
      VALUE_SEPARATOR,
      'zhang',
      'wei',
      VALUE_SEPARATOR,
    ]);
    expect(doc).toContain('zhangwei');
    expect(doc).toContain('zw');
    expect(doc).toContain('abc');
    expect(doc).toContain('figma');
    // No separator at the ends or doubled for a value without tokens.
    const d2 = searchDocument(fields({ name: '李娜', nicknames: ['---'], city: '北京' }));
    expect(d2).toEqual(['李', '娜', VALUE_SEPARATOR, '北', '京']);
  });
});

describe('matchesDocument', () => {
  it('matches a CJK run only where it appears consecutively', () => {
    expect(matches('张伟', zhangWei)).toBe(true);
    expect(matches('伟', zhangWei)).toBe(true);
    expect(matches('张伟', fields({ name: '小张伟' }))).toBe(true);
    expect(matches('张伟', fields({ name: '张小伟' }))).toBe(false);
    expect(matches('张 伟', fields({ name: '张小伟' }))).toBe(true);
    expect(matches('伟张', zhangWei)).toBe(false);
  });

  it('never matches a phrase across two values', () => {
    const p = fields({ name: '小张', city: '伟城' });
    expect(matches('张伟', p)).toBe(false);
    expect(matches('张 伟', p)).toBe(true);
  });

  it('matches a word at the start of a word only', () => {
    expect(matches('zhang', zhangWei)).toBe(true);
    expect(matches('zhangw', zhangWei)).toBe(true);
    expect(matches('zhangwei', zhangWei)).toBe(true);
    expect(matches('zw', zhangWei)).toBe(true);
    expect(matches('hang', zhangWei)).toBe(false);
    expect(matches('des', fields({ name: 'x', disciplines: ['designer'] }))).toBe(true);
    expect(matches('signer', fields({ name: 'x', disciplines: ['designer'] }))).toBe(false);
  });

  it('requires every term (AND)', () => {
    expect(matches('zhang figma', zhangWei)).toBe(true);
    expect(matches('zhang sketch', zhangWei)).toBe(false);
    expect(matches('ui设计 上海', zhangWei)).toBe(true);
    expect(matches('ui设计 北京', zhangWei)).toBe(false);
  });

  it('matches normalised text: full width, accents, case', () => {
    expect(matches('ABC', zhangWei)).toBe(true);
    expect(matches('ａｂｃ设计', zhangWei)).toBe(true);
    expect(matches('EMILY', fields({ name: 'Émily Chen' }))).toBe(true);
    expect(matches('émi', fields({ name: 'Emily Chen' }))).toBe(true);
  });

  it('matches nothing for a query without terms', () => {
    expect(matchesDocument([], searchDocument(zhangWei))).toBe(false);
    expect(matches('', zhangWei)).toBe(false);
    expect(matches('!!!', zhangWei)).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// The FTS index must return exactly what the rule says: brute force against the real database.

const SURNAMES = [
  '张',
  '王',
  '李',
  '欧阳',
  '曾',
  '单',
  '解',
  '仇',
  '区',
  '陈',
  '刘',
  '司马',
  '黄',
  '周',
];
const GIVEN = [
  '伟',
  '伟明',
  '娜娜',
  '小贤',
  '芳',
  '田芳',
  '缙',
  '英',
  '志强',
  '静',
  '洋',
  '小伟',
  '明',
  '晓',
];
const LATIN = [
  'Emily Chen',
  'Zoë Müller',
  'Jean-Luc Picard',
  'ＪＯＨＮ Smith',
  'Ana María López',
  "Liam O'Brien",
  'Wei Zhang',
  'David',
];
const COMPANIES = [
  '字节跳动',
  '腾讯',
  'ＡＢＣ设计',
  'Studio Ghibli',
  '3D工作室',
  'UI设计工作室',
  '小红书',
  'Figma Inc',
];
const CITIES = ['上海', '北京', '深圳', '杭州', '成都', 'Berlin', 'São Paulo'];
const TAGS = [
  '设计',
  '插画',
  '摄影',
  'UI',
  '前端',
  '投资人',
  '客户',
  '老同学',
  '播客',
  'ux-research',
];
const SKILLS = ['Figma', 'After Effects', 'C4D', '品牌设计', '动效', 'Python', '写作', '剪辑'];
const DISCIPLINES = ['UI设计', '插画', 'motion design', '摄影', '产品经理', '独立开发'];
const NICKNAMES = ['小曾', '娜娜', 'Lucky', '阿伟', '大刘', 'Zoe'];

/** A small deterministic generator, so the population is the same on every run. */
function rng(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

function population(): CreatePersonInput[] {
  const r = rng(20261123);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const some = <T>(xs: readonly T[], max: number): T[] => {
    const n = Math.floor(r() * (max + 1));
    return Array.from({ length: n }, () => pick(xs));
  };
  const out: CreatePersonInput[] = [
    { name: '张伟' },
    { name: '张伟明' },
    { name: '张小伟', city: '上海' },
    { name: '欧阳娜娜', nicknames: ['娜娜'] },
    { name: '曾小贤', nameLatin: 'Xian Zeng', tags: ['播客'] },
    { name: 'Emily Chen', company: 'Figma Inc', city: 'Berlin' },
  ];
  for (let i = out.length; i < 60; i++) {
    const kind = r();
    const name =
      kind < 0.7
        ? pick(SURNAMES) + pick(GIVEN)
        : kind < 0.85
          ? pick(LATIN)
          : `${pick(SURNAMES)}${pick(GIVEN)} ${pick(LATIN)}`;
    out.push({
      name,
      nameLatin: r() < 0.3 ? pick(LATIN) : null,
      nicknames: some(NICKNAMES, 1),
      company: r() < 0.7 ? pick(COMPANIES) : null,
      city: r() < 0.8 ? pick(CITIES) : null,
      tags: some(TAGS, 3),
      disciplines: some(DISCIPLINES, 2),
      skills: some(SKILLS, 3),
    });
  }
  return out;
}

/** Every text a user could take a piece of to search with. */
function valuesOf(p: Person): string[] {
  return [
    p.name,
    p.nameLatin,
    p.pinyin,
    p.pinyin?.replace(/ /g, ''),
    p.initials,
    ...p.nicknames,
    p.company,
    p.city,
    ...p.tags,
    ...p.disciplines,
    ...p.skills,
  ].filter((v): v is string => typeof v === 'string' && v !== '');
}

describe('FTS index agrees with the matching rule (property, real database)', () => {
  let ctx: TestContext;
  let people: Person[];
  const archived = new Set<number>();
  let values: string[];

  beforeAll(async () => {
    ctx = await createTestContext();
    people = [];
    for (const input of population()) people.push(await makePerson(ctx, input));
    // A few archived people: excluded by default, found with includeArchived.
    for (const p of people.filter((_, i) => i % 13 === 7)) {
      await archivePerson(ctx, p.id);
      archived.add(p.id);
    }
    values = [...new Set(people.flatMap(valuesOf))];
  });

  afterAll(async () => {
    await ctx.close();
  });

  const bruteForce = (q: string, includeArchived: boolean): number[] => {
    const terms = parseQuery(q);
    return people
      .filter((p) => includeArchived || !archived.has(p.id))
      .filter((p) => matchesDocument(terms, searchDocument(p)))
      .map((p) => p.id)
      .sort((a, b) => a - b);
  };

  const sorted = (ids: number[]) => [...ids].sort((a, b) => a - b);

  it('built a varied population', () => {
    expect(people).toHaveLength(60);
    expect(archived.size).toBeGreaterThanOrEqual(4);
    expect(people.filter((p) => p.pinyin !== null).length).toBeGreaterThan(40);
    expect(people.some((p) => p.nameLatin !== null)).toBe(true);
  });

  it('returns the same set of ids as a brute-force scan', async () => {
    const valueIdx = fc.nat({ max: 10_000 }).map((i) => values[i % values.length]!);
    const piece = fc.oneof(
      // a substring of a value
      {
        weight: 3,
        arbitrary: fc.tuple(valueIdx, fc.nat(), fc.nat()).map(([v, a, b]) => {
          const chars = [...v];
          const start = a % chars.length;
          return chars.slice(start, start + 1 + (b % (chars.length - start))).join('');
        }),
      },
      // a prefix of a value
      {
        weight: 3,
        arbitrary: fc
          .tuple(valueIdx, fc.nat())
          .map(([v, n]) => [...v].slice(0, 1 + (n % [...v].length)).join('')),
      },
      // a whole value
      { weight: 2, arbitrary: valueIdx },
      // junk, including FTS5 syntax characters and keywords
      {
        weight: 2,
        arbitrary: fc.string({
          unit: fc.constantFrom(
            ...'张伟娜曾小设计上海abcdezhwyui019 "*^:()-+.'.split(''),
            'AND',
            'OR',
            'NOT',
            'NEAR',
          ),
          maxLength: 8,
        }),
      },
    );
    const query = fc
      .tuple(
        fc.oneof(
          { weight: 3, arbitrary: piece.map((p) => [p]) },
          fc.array(piece, { minLength: 2, maxLength: 3 }),
        ),
        fc.constantFrom(' ', '', '　'),
        fc.constantFrom('as-is', 'upper', 'full-width'),
      )
      .map(([pieces, sep, form]) => {
        const q = pieces.join(sep);
        return form === 'upper' ? q.toUpperCase() : form === 'full-width' ? fullWidth(q) : q;
      });

    let nonEmpty = 0;
    await fc.assert(
      fc.asyncProperty(query, fc.boolean(), async (q, includeArchived) => {
        const ids = await searchPeopleIds(ctx.db, q, { includeArchived });
        expect(new Set(ids).size).toBe(ids.length);
        const expected = bruteForce(q, includeArchived);
        expect(sorted(ids)).toEqual(expected);
        if (expected.length > 0) nonEmpty += 1;
      }),
      { numRuns: 100 },
    );
    // The generator must actually find people, or the property proves little.
    expect(nonEmpty).toBeGreaterThan(25);
  });

  it('agrees on hand-picked queries', async () => {
    for (const q of [
      '张伟',
      'zhang wei',
      'zhangwei',
      'zw',
      '欧阳',
      'ouyang',
      'oy',
      '娜娜',
      'emily',
      'figma',
      '设计',
      'ui设计',
      '上海 设计',
      'sao',
      'zoe',
      'ｚｈａｎｇ',
      '"',
      'AND',
      '张 伟',
    ]) {
      const ids = await searchPeopleIds(ctx.db, q);
      expect(sorted(ids), q).toEqual(bruteForce(q, false));
    }
    // A sanity anchor: these queries find someone.
    expect((await searchPeopleIds(ctx.db, '张伟')).length).toBeGreaterThanOrEqual(2);
    expect((await searchPeopleIds(ctx.db, 'emily')).length).toBeGreaterThanOrEqual(1);
  });
});

describe('fast paths for plain text', () => {
  // The rule as first written: full Unicode normalisation, then the token regular expression.
  const CJK = String.raw`\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}`;
  const TOKEN = new RegExp(String.raw`(${CJK})|((?:(?!${CJK})[\p{L}\p{N}])+)`, 'gu');
  const slowNormalize = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .normalize('NFKC')
      .toLowerCase()
      .replace(/\s+/gu, ' ')
      .trim();
  const text = fc.string({
    unit: fc.oneof(
      fc.integer({ min: 0, max: 0x7f }).map((c) => String.fromCharCode(c)),
      fc.constantFrom('张', '伟', '欧', '阳', '一', '龥', '丂', 'é', 'Ａ', 'ﬁ', '　', 'か', '한'),
    ),
    maxLength: 40,
  });

  it('normalise and tokenise exactly as the full rule does', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(normalizeText(s)).toBe(slowNormalize(s));
        expect(tokenize(s)).toEqual([...slowNormalize(s).matchAll(TOKEN)].map((m) => m[0]));
      }),
      { numRuns: 3000 },
    );
  });
});
