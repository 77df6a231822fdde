import { describe, expect, it } from 'vitest';
import { handleKey, matchKeys, phoneDigits, planMerge, type MergeFields } from './merge.js';

const person = (over: Partial<MergeFields> = {}): MergeFields => ({
  name: '张伟',
  nameLatin: null,
  nicknames: [],
  company: null,
  title: null,
  city: null,
  handles: [],
  tags: [],
  birthday: null,
  metOn: null,
  metHow: null,
  note: null,
  hasPhoto: false,
  ...over,
});

describe('identity keys', () => {
  it('folds +86 and 0086 and punctuation out of phone numbers', () => {
    for (const p of ['+86 138-0013-8000', '008613800138000', '8613800138000', '138 0013 8000'])
      expect(phoneDigits(p)).toBe('13800138000');
    expect(phoneDigits('+49 30 1234567')).toBe('49301234567');
  });

  it('compares e-mails case-insensitively and profile URLs without scheme, www or trailing slash', () => {
    expect(handleKey({ platform: 'email', value: ' ZW@Example.COM ' })?.key).toBe(
      'email:zw@example.com',
    );
    expect(handleKey({ platform: 'email', value: 'not an address' })).toBeUndefined();
    const a = handleKey({ platform: 'linkedin', value: 'https://www.linkedin.com/in/ZhangWei/' });
    const b = handleKey({ platform: 'linkedin', value: 'linkedin.com/in/zhangwei' });
    expect(a).toEqual(b);
    expect(handleKey({ platform: 'weibo', value: '@zw88' })?.key).toBe('weibo:zw88');
    // Colleagues share a website; a short number is an extension, not a person.
    expect(handleKey({ platform: 'website', value: 'https://studio.example' })).toBeUndefined();
    expect(handleKey({ platform: 'phone', value: '8001' })).toBeUndefined();
  });

  it('orders keys strongest first: uid, e-mail, phone, handle, then name and company', () => {
    const keys = matchKeys({
      uid: 'urn:uuid:ABC',
      name: 'Li Na',
      company: 'Moon',
      handles: [
        { platform: 'wechat', value: 'lina' },
        { platform: 'phone', value: '13900000000' },
        { platform: 'email', value: 'li@x.io' },
      ],
    });
    expect(keys.map((k) => k.kind)).toEqual(['uid', 'email', 'phone', 'handle', 'name_company']);
    expect(keys[0]!.key).toBe('uid:abc');
    expect(keys.at(-1)!.key).toBe('nc:li na|moon');
  });
});

describe('planMerge', () => {
  it('fills blanks, unites lists, and keeps differing values without overwrite', () => {
    const cur = person({
      city: '北京',
      tags: ['老同事'],
      handles: [{ platform: 'email', value: 'a@b.c' }],
    });
    const inc = person({
      city: '上海',
      company: '青柚',
      tags: ['老同事', '插画'],
      handles: [
        { platform: 'email', value: 'A@B.C' },
        { platform: 'phone', value: '13800000000' },
      ],
    });
    const plan = planMerge(cur, inc, false);
    expect(plan.changed.sort()).toEqual(['company', 'handles', 'tags']);
    expect(plan.kept).toEqual(['city']);
    expect(plan.update.tags).toEqual(['老同事', '插画']);
    expect(plan.update.handles).toHaveLength(2);
    expect(planMerge(cur, inc, true).update.city).toBe('上海');
  });

  it('keeps the name, taking one in the other script as the Latin name', () => {
    const plan = planMerge(person(), person({ name: 'Zhang Wei' }), false);
    expect(plan.update.nameLatin).toBe('Zhang Wei');
    expect(plan.kept).toEqual([]);
    const other = planMerge(person(), person({ name: '张小伟' }), false);
    expect(other.kept).toEqual(['name']);
    expect(planMerge(person(), person({ name: '张小伟' }), true).update.name).toBe('张小伟');
  });

  it('changes nothing when the record brings nothing new', () => {
    const cur = person({ nameLatin: 'David', company: 'Qingyou', tags: ['a'] });
    const plan = planMerge(
      cur,
      person({ nicknames: ['David'], company: 'qingyou', tags: ['A'] }),
      false,
    );
    expect(plan).toEqual({ update: {}, changed: [], kept: [] });
  });
});
