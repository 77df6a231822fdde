import { describe, expect, it } from 'vitest';
import { PAIRS } from './eval/pairs.js';
import {
  extractTerms,
  matchTerms,
  termKind,
  termLabel,
  termWeight,
  vocabularyVersion,
} from './terms.js';
import { MEETS, STOP_CJK, STOP_EN, vocabulary } from './vocabulary.data.js';

const terms = (text: string) => extractTerms(text);
const score = (need: string, offer: string) => matchTerms(terms(need), terms(offer)).score;

describe('the vocabulary', () => {
  it('has several hundred terms, cities among them, with unique ids and known broader terms', () => {
    const ids = vocabulary().map((t) => t.id);
    expect(ids.length).toBeGreaterThanOrEqual(400);
    expect(new Set(ids).size).toBe(ids.length);
    expect(vocabulary().filter((t) => t.kind === 'city').length).toBeGreaterThanOrEqual(60);
    for (const t of vocabulary()) {
      expect(t.zh.length + t.en.length, t.id).toBeGreaterThan(0);
      for (const b of t.broader ?? []) expect(ids, `${t.id} → ${b}`).toContain(b);
    }
    for (const [need, offers] of Object.entries(MEETS)) {
      expect(ids).toContain(need);
      for (const o of offers) expect(ids).toContain(o);
    }
  });

  it('reads every surface form back as its own term', () => {
    const wrong: string[] = [];
    for (const t of vocabulary()) {
      for (const form of [...t.zh, ...t.en]) {
        // 'PR' alone is public relations; it is Premiere next to Chinese or other tools.
        if (form.toLowerCase() === 'pr') continue;
        const got = terms(form);
        if (got.length !== 1 || got[0] !== t.id) wrong.push(`${t.id}: ${form} → ${got.join(' ')}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('has no stop word that is also a term', () => {
    const forms = new Set(
      vocabulary().flatMap((t) => [...t.zh, ...t.en].map((f) => f.toLowerCase())),
    );
    expect(STOP_CJK.filter((w) => forms.has(w))).toEqual([]);
    expect([...STOP_EN].filter((w) => forms.has(w))).toEqual([]);
  });

  it('has a version that only changes with the vocabulary or the rules', () => {
    expect(vocabularyVersion()).toMatch(/^\d+\.[0-9a-z]+$/u);
  });
});

describe('extractTerms', () => {
  it.each([
    [
      'motion-design',
      [
        '动效',
        '动态设计',
        '动画',
        'MG动画',
        'motion design',
        'motion graphics',
        'animation',
        'AE',
        'After Effects',
        '动效师',
      ],
    ],
    ['branding', ['品牌设计', 'branding', 'VI', 'VI设计', 'brand identity', '品牌视觉']],
    ['ux-design', ['交互', '交互设计', 'UX', 'interaction design', 'user experience']],
    ['video-editing', ['剪辑', '剪辑师', 'video editing', 'video editor', 'Premiere', '会PR']],
    ['3d', ['三维', '3D', 'C4D', 'Blender', 'Cinema 4D']],
    ['mini-program', ['小程序', '微信小程序', 'mini program', 'WeChat mini programs']],
    ['packaging', ['包装', '包装设计', 'packaging', 'packaging design']],
    ['type-design', ['字体设计', 'type design', 'typeface design', 'fonts']],
    [
      'illustration',
      ['插画', '插画师', 'illustration', 'illustrator', 'illustrators', 'illustrating'],
    ],
    [
      'product-photography',
      ['产品摄影', '产品照', '拍产品', 'product photography', 'product photos'],
    ],
    ['indie-game', ['独立游戏', 'indie game', 'indie games']],
    ['front-end', ['前端', '前端开发', 'front-end', 'frontend', 'front end developer']],
    ['aigc', ['AIGC', 'AI绘画', 'AI art', 'generative AI']],
  ])('reads the synonyms of %s as one term', (id, forms) => {
    for (const f of forms) expect(terms(f), f).toEqual([id]);
  });

  it('reads needs and offers into their terms, in order', () => {
    expect(terms('需要一个会做动效的插画师')).toEqual(['motion-design', 'illustration']);
    expect(terms('offers brand identity and packaging')).toEqual(['branding', 'packaging']);
    expect(terms('找人拍产品照 in Hangzhou')).toEqual(['product-photography', 'hangzhou']);
    expect(terms('谁会做小程序开发')).toEqual(['mini-program-development']);
  });

  it('understands mixed Chinese and English', () => {
    expect(terms('找个会 AE 的动效师')).toEqual(['motion-design']);
    expect(terms('need a 插画师 for 绘本')).toEqual(['illustration', 'picture-book']);
    expect(terms('UI设计')).toEqual(terms('UI 设计'));
    expect(terms('UI 设计')).toEqual(terms('ui design'));
    expect(terms('需要亚马逊 listing 设计')).toEqual(['ecommerce-design']);
    expect(terms('ＡＥ')).toEqual(['motion-design']);
    expect(terms('品牌设计，VI')).toEqual(['branding']);
    expect(terms('3D，动画')).toEqual(['3d', 'motion-design']);
    expect(terms('3D动画')).toEqual(['3d-animation']);
  });

  it('reads traditional characters as simplified', () => {
    expect(terms('會做動畫的攝影師')).toEqual(['motion-design', 'photography']);
  });

  it('keeps words outside the vocabulary as literal words, which match each other', () => {
    expect(terms('looking for a kombucha label designer')).toEqual(['w:kombucha', 'label-design']);
    expect(terms('想认识做咖喱的人')).toEqual(['w:咖喱']);
    expect(score('kombucha', 'kombucha lover')).toBeGreaterThan(0);
    expect(termKind('w:kombucha')).toBe('word');
    expect(termLabel('w:kombucha', 'zh')).toBe('kombucha');
  });

  it('drops stop words in both languages', () => {
    expect(terms('需要一个会做的人')).toEqual([]);
    expect(terms('谁能帮忙推荐一个靠谱的朋友')).toEqual([]);
    expect(terms('looking for someone who can help')).toEqual([]);
    expect(terms('offers help, need someone')).toEqual([]);
  });

  it('keeps a team as a weak term that never makes a match by itself', () => {
    expect(terms('想认识独立游戏团队')).toEqual(['indie-game', 'studio']);
    expect(score('想认识独立游戏团队', 'a small design studio')).toBe(0);
    expect(score('想认识独立游戏团队', 'indie game studio')).toBeGreaterThan(
      score('想认识独立游戏团队', 'indie game developer'),
    );
  });

  it('finds cities, by name, in English and by abbreviation', () => {
    for (const f of ['杭州', 'Hangzhou', '杭', 'HANGZHOU'])
      expect(terms(f), f).toEqual(['hangzhou']);
    for (const f of ['上海', 'Shanghai', '沪', '魔都']) expect(terms(f), f).toEqual(['shanghai']);
    expect(terms('looking for a UI/UX designer in Shanghai')).toEqual([
      'ui-design',
      'ux-design',
      'shanghai',
    ]);
    expect(termKind('hangzhou')).toBe('city');
    expect(termWeight('hangzhou')).toBeLessThan(termWeight('illustration'));
  });

  it("reads 'ai' as Adobe Illustrator only among design tools, and 'pr' as Premiere only there or in Chinese", () => {
    expect(terms('会PS和AI')).toEqual(['photoshop', 'adobe-illustrator']);
    expect(terms('graphic designer (Photoshop, Illustrator, InDesign)')).toContain(
      'adobe-illustrator',
    );
    expect(terms('AI startup needs a logo')).toEqual(['ai', 'startup', 'logo']);
    expect(terms('会用AI出图')).toEqual(['aigc']);
    expect(terms('PR agency in London')).toEqual(['public-relations', 'london']);
    expect(terms('剪辑，会PR和达芬奇')).toEqual(['video-editing', 'davinci']);
  });

  it('drops a term it already says more precisely, and negated terms', () => {
    expect(terms('三维建模 C4D')).toEqual(['3d-modeling']);
    expect(terms('摄影师，主要拍产品')).toEqual(['product-photography']);
    expect(terms('动效设计，AE 和 Lottie')).toEqual(['motion-design', 'lottie']);
    expect(terms('不做3D，只做平面')).toEqual(['graphic-design']);
    expect(terms('插画师，不用AI')).toEqual(['illustration']);
    expect(terms('no-code web developer')).toContain('no-code');
  });

  it('reads work named after "for" as what it is for', () => {
    expect(terms('need help with Xiaohongshu growth for my illustration shop')).not.toContain(
      'illustration',
    );
    expect(terms('Looking for a ceramicist to make cups for our cafe')).toContain('ceramics');
  });

  it('says a compound when the text has its parts', () => {
    expect(terms('fashion & editorial photographer')).toContain('fashion-photography');
    expect(terms('full-stack developer, built several WeChat mini programs')).toContain(
      'mini-program-development',
    );
  });

  it('is fast enough for a whole network (60,000 short texts)', () => {
    const base = [...new Set(PAIRS.flatMap((p) => [p.need, p.offer]))];
    const texts = Array.from({ length: 60_000 }, (_, i) => `${base[i % base.length]} ${i}`);
    const t0 = performance.now();
    let n = 0;
    for (const t of texts) n += extractTerms(t).length;
    console.log(`extractTerms: 60000 texts in ${Math.round(performance.now() - t0)} ms`);
    expect(n).toBeGreaterThan(60_000);
  });
});

describe('termLabel, termWeight, termKind', () => {
  it('label a term by its first form in each language, cities as names', () => {
    expect(termLabel('motion-design', 'zh')).toBe('动效');
    expect(termLabel('motion-design', 'en')).toBe('motion design');
    expect(termLabel('hangzhou', 'en')).toBe('Hangzhou');
    expect(termLabel('hangzhou', 'zh')).toBe('杭州');
    expect(termLabel('new-york', 'en')).toBe('New York');
    expect(termLabel('ui-design', 'en')).toBe('UI');
    expect(termLabel('3d-animation', 'en')).toBe('3D animation');
    expect(termLabel('davinci', 'en')).toBe('DaVinci');
    expect(termLabel('sketchup', 'en')).toBe('SketchUp');
    expect(termLabel('zbrush', 'en')).toBe('ZBrush');
  });

  it('weigh vocabulary terms over literal words, cities and generic terms lower', () => {
    expect(termWeight('illustration')).toBeGreaterThanOrEqual(1);
    expect(termWeight('w:kombucha')).toBe(0.6);
    expect(termWeight('design')).toBeLessThan(0.6);
    expect(termWeight('shanghai')).toBe(0.5);
    expect(termKind('figma')).toBe('tool');
  });
});

describe('matchTerms', () => {
  it('scores shared terms and lists the need terms that were met', () => {
    const m = matchTerms(terms('需要一个会做动效的插画师'), terms('motion designer & illustrator'));
    expect(m.shared).toEqual(['motion-design', 'illustration']);
    expect(m.score).toBeGreaterThan(2);
  });

  it('gives partial credit along broader terms, more to the specialist than to the generalist', () => {
    const full = score('摄影', '摄影师');
    const specialist = score('找摄影师', 'product photographer');
    const generalist = score('product photography', 'photographer');
    expect(specialist).toBeGreaterThan(0);
    expect(specialist).toBeLessThan(full);
    expect(generalist).toBeGreaterThan(0);
    expect(generalist).toBeLessThan(specialist);
  });

  it('matches across languages', () => {
    expect(score('need a motion designer', '动效设计，AE')).toBeGreaterThan(0);
    expect(score('需要包装设计', 'packaging designer')).toBeGreaterThan(0);
    expect(score('who can shoot product photos in Hangzhou', '杭州产品摄影师')).toBeGreaterThan(0);
  });

  it('leaves near-misses out', () => {
    expect(score('需要动效', '静态海报设计')).toBe(0);
    expect(score('product photography', 'wedding photography')).toBe(0);
    expect(score('UI design', 'UI development')).toBe(0);
    expect(score('need a logo designer', 'designer')).toBe(0);
    expect(score('need someone to animate a logo', 'logo 设计')).toBe(0);
    expect(score('need an illustrator for a picture book', '绘本编辑')).toBe(0);
  });

  it('never matches on a city or an industry alone, and not in another city', () => {
    expect(score('找人拍产品照 in Hangzhou', '杭州婚礼摄影')).toBe(0);
    expect(score('need a UI designer for a fintech app', 'fintech investor')).toBe(0);
    expect(score('想认识在东京的插画师', '上海插画师')).toBe(0);
    expect(score('想认识在东京的插画师', '插画师')).toBeGreaterThan(0);
    expect(score('想认识在东京的插画师', '插画师，远程')).toBeGreaterThan(0);
    expect(score('想认识杭州的朋友', '在杭州')).toBeGreaterThan(0);
  });

  it("answers a learner's need with teachers, and no professional need with students", () => {
    expect(score('需要插画师', '插画课程学员，正在练习')).toBe(0);
    expect(score('想学插画', '插画课程学员')).toBeGreaterThan(0);
    expect(score('想学 Blender', '教 Blender 建模课')).toBeGreaterThan(
      score('想学 Blender', 'Blender'),
    );
  });

  it('is pure, and shares one frozen empty answer', () => {
    const need = terms('需要动效');
    const offer = terms('静态海报');
    const a = matchTerms(need, offer);
    expect(a).toBe(matchTerms(need, offer));
    expect(Object.isFrozen(a.shared)).toBe(true);
    expect(need).toEqual(['motion-design']);
  });

  it('only scores an offer that also scores on one of its terms alone (what an index relies on)', () => {
    const texts = [...new Set(PAIRS.flatMap((p) => [p.need, p.offer]))].map(terms);
    for (const need of texts) {
      for (const offer of texts) {
        if (matchTerms(need, offer).score <= 0) continue;
        const single = need.some((n) => offer.some((o) => matchTerms([n], [o]).score > 0));
        expect(single, `${need.join(' ')} / ${offer.join(' ')}`).toBe(true);
      }
    }
  });
});
