import { describe, expect, it } from 'vitest';
import {
  cityOfAddress,
  joinName,
  parseLooseDate,
  platformOfUrl,
  splitValues,
  TAG_SEPARATORS,
  toBirthday,
  toIsoDate,
} from './values.js';

describe('dates as contact files write them', () => {
  it('reads every supported shape', () => {
    expect(parseLooseDate('1985-03-15')).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseLooseDate('1985/3/5')).toEqual({ year: 1985, month: 3, day: 5 });
    expect(parseLooseDate('1985.03.15')).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseLooseDate('1985年3月15日')).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseLooseDate('１９８５年３月１５日')).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseLooseDate('3月15日')).toEqual({ month: 3, day: 15 });
    expect(parseLooseDate('3月15号')).toEqual({ month: 3, day: 15 });
    expect(parseLooseDate('--03-15')).toEqual({ month: 3, day: 15 });
    expect(parseLooseDate('--0315')).toEqual({ month: 3, day: 15 });
    expect(parseLooseDate('19850315')).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseLooseDate('15 Mar 2024')).toEqual({ year: 2024, month: 3, day: 15 });
    expect(parseLooseDate('5 Mar 2024')).toEqual({ year: 2024, month: 3, day: 5 });
    expect(parseLooseDate('5-Sept-2024')).toEqual({ year: 2024, month: 9, day: 5 });
    expect(parseLooseDate('March 15, 1994')).toEqual({ year: 1994, month: 3, day: 15 });
    expect(parseLooseDate('3/15/1985')).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseLooseDate('15/3/1985')).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseLooseDate('2024-03-15T08:00:00Z')).toEqual({ year: 2024, month: 3, day: 15 });
    expect(parseLooseDate('1985/3/15 0:00:00')).toEqual({ year: 1985, month: 3, day: 15 });
    expect(parseLooseDate('1604-03-15')).toEqual({ month: 3, day: 15 });
  });

  it("treats Outlook's 0/0/00 as empty and prose as unreadable", () => {
    expect(parseLooseDate('0/0/00')).toBe('empty');
    expect(parseLooseDate('00/0/0')).toBe('empty');
    expect(parseLooseDate('  ')).toBe('empty');
    expect(parseLooseDate('next Tuesday')).toBeUndefined();
    expect(parseLooseDate('15 Foo 2024')).toBeUndefined();
  });

  it('checks the day exists: birthdays may lack a year (29 February included), met-on dates may not', () => {
    expect(toBirthday(' 1990-05-17')).toBe('1990-05-17');
    expect(toBirthday('--02-29')).toBe('--02-29');
    expect(toBirthday('2月29日')).toBe('--02-29');
    expect(toBirthday('1990-02-30')).toBeUndefined();
    expect(toBirthday('1990/13/45')).toBeUndefined();
    expect(toBirthday('0/0/00')).toBeNull();
    expect(toIsoDate('15 Mar 2024')).toBe('2024-03-15');
    expect(toIsoDate('31 Feb 2024')).toBeUndefined();
    expect(toIsoDate('3月15日')).toBeUndefined();
    expect(toIsoDate('')).toBeNull();
  });
});

describe('values', () => {
  it('splits multi-value cells on Chinese and Latin separators and on " ::: "', () => {
    expect(splitValues('客户、插画；同行, 插画 ::: 朋友', TAG_SEPARATORS)).toEqual([
      '客户',
      '插画',
      '同行',
      '朋友',
    ]);
  });

  it('puts names together in the order of their script', () => {
    expect(joinName('伟', '', '张')).toBe('张伟');
    expect(joinName('Ada', '', 'Lovelace')).toBe('Ada Lovelace');
    expect(joinName('Ada', 'King', 'Lovelace')).toBe('Ada King Lovelace');
    expect(joinName('', '', 'Lovelace')).toBe('Lovelace');
  });

  it('knows profile URLs of the platforms we track', () => {
    expect(platformOfUrl('https://www.linkedin.com/in/x')).toBe('linkedin');
    expect(platformOfUrl('behance.net/x')).toBe('behance');
    expect(platformOfUrl('https://weibo.com/x')).toBe('weibo');
    expect(platformOfUrl('https://www.zcool.com.cn/u/1')).toBe('zcool');
    expect(platformOfUrl('www.example.com')).toBe('website');
    expect(platformOfUrl('https://notlinkedin.com')).toBe('website');
  });

  it('takes the city from a Chinese postal address', () => {
    expect(cityOfAddress('上海市徐汇区漕溪北路88号')).toBe('上海');
    expect(cityOfAddress('广东省深圳市南山区科技园')).toBe('深圳');
    expect(cityOfAddress('中国北京朝阳区')).toBe('北京');
    expect(cityOfAddress('浙江省 杭州市 西湖区')).toBe('杭州');
    expect(cityOfAddress('新疆维吾尔自治区乌鲁木齐市天山区')).toBe('乌鲁木齐');
    expect(cityOfAddress('1 Infinite Loop, Cupertino')).toBeUndefined();
  });
});
