import { describe, expect, it } from 'vitest';
import { introductionDrafts, pickTopic, type DraftPerson } from './drafts.js';

const zhang: DraftPerson = {
  name: '张伟',
  nameLatin: 'Zhang Wei',
  needs: ['找人拍产品照', '小程序开发'],
  offers: [],
};
const li: DraftPerson = {
  name: '李娜',
  nameLatin: null,
  needs: [],
  offers: ['品牌设计', '微信小程序开发'],
};

const all = (d: ReturnType<typeof introductionDrafts>) => [d.askA, d.askB, d.introduce];

describe('pickTopic', () => {
  it('takes the need and offer the reason is about', () => {
    expect(pickTopic(zhang.needs, li.offers, '张伟 需要“小程序开发”')).toEqual({
      need: '小程序开发',
      offer: '微信小程序开发',
    });
  });

  it('without a reason, the need and offer that meet best', () => {
    expect(pickTopic(['找人拍产品照', '小程序开发'], ['品牌设计', '小程序开发'], null)).toEqual({
      need: '小程序开发',
      offer: '小程序开发',
    });
  });

  it('falls back to the first ones, and to none', () => {
    expect(pickTopic(['a thing'], ['other thing'], null)).toEqual({
      need: 'a thing',
      offer: 'other thing',
    });
    expect(pickTopic([], ['x', 'y'], null)).toEqual({ need: null, offer: 'x' });
    expect(pickTopic([], [], 'reason')).toEqual({ need: null, offer: null });
  });
});

describe('introductionDrafts', () => {
  it('name both people in Chinese and English (the Latin name in English)', () => {
    const d = introductionDrafts(zhang, li, '小程序开发');
    for (const m of all(d)) {
      expect(m.zh).toContain('张伟');
      expect(m.zh).toContain('李娜');
      expect(m.en).toContain('Zhang Wei');
      expect(m.en).toContain('李娜');
      expect(m.en).not.toContain('张伟');
    }
    expect(d.askA.zh).toContain('“小程序开发”');
    expect(d.askA.zh).toContain('“微信小程序开发”');
    expect(d.introduce.en).toContain('meet 李娜, who offers “微信小程序开发”');
  });

  it('are plain text for WeChat: no markdown, no empty lines, short', () => {
    for (const reason of ['小程序开发', null]) {
      for (const m of all(introductionDrafts(zhang, li, reason))) {
        for (const text of [m.zh, m.en]) {
          expect(text).not.toMatch(/[*#`_[\]]|\n\n|^\s|\s$|undefined|null/);
          expect(text.length).toBeLessThan(300);
        }
      }
    }
  });

  it('read well without needs or offers, quoting the reason as a sentence', () => {
    const bare = { name: '王芳', nameLatin: null, needs: [], offers: [] };
    const d = introductionDrafts(bare, { ...bare, name: '陈晨' }, '都在做陶艺');
    expect(d.askA.zh).toContain('我觉得你们应该认识一下：都在做陶艺。');
    expect(d.askB.en).toContain('I think you two should meet: 都在做陶艺.');
    const none = introductionDrafts(bare, { ...bare, name: '陈晨' }, null);
    expect(none.introduce.zh).toContain('王芳，这位是陈晨');
    expect(none.askA.en).toContain('I think you two should meet.');
  });
});
