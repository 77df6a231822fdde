import { describe, expect, it } from 'vitest';
import { fieldOfHeader, findHeaderRow, normalizeHeader } from './headers.js';

describe('header synonyms', () => {
  it('normalises case, spaces, punctuation and full-width forms', () => {
    expect(normalizeHeader('  E-mail Address ')).toBe('emailaddress');
    expect(normalizeHeader('Ｅｍａｉｌ')).toBe('email');
    expect(normalizeHeader('手机：')).toBe('手机');
    expect(normalizeHeader("Manager's Name")).toBe('managersname');
    expect(normalizeHeader('QQ号')).toBe('qq号');
  });

  it('maps business-card app headers (名片全能王/CamCard)', () => {
    const expected: Record<string, string> = {
      姓名: 'name',
      英文姓名: 'nameLatin',
      英文名: 'nameLatin',
      公司: 'company',
      单位: 'company',
      部门: 'department',
      职位: 'title',
      职务: 'title',
      手机: 'phone',
      手机号: 'phone',
      电话: 'phone',
      移动电话: 'phone',
      办公电话: 'phone',
      传真: 'ignore',
      邮箱: 'email',
      电子邮件: 'email',
      网址: 'website',
      主页: 'website',
      地址: 'address',
      城市: 'city',
      微信: 'wechat',
      微信号: 'wechat',
      QQ: 'qq',
      微博: 'weibo',
      备注: 'note',
      生日: 'birthday',
      标签: 'tags',
      分组: 'tags',
      昵称: 'nicknames',
      拼音: 'phonetic',
    };
    for (const [header, field] of Object.entries(expected)) {
      expect([header, fieldOfHeader(header)]).toEqual([header, field]);
    }
  });

  it('maps the WeCom member export; its 账号 is an internal ID, not a WeChat ID', () => {
    expect(
      ['姓名', '账号', '手机', '部门', '职务', '邮箱', '别名', '座机'].map(fieldOfHeader),
    ).toEqual(['name', 'ignore', 'phone', 'department', 'title', 'email', 'nicknames', 'phone']);
  });

  it('maps English headers, whatever their case and spelling', () => {
    const expected: Record<string, string> = {
      Name: 'name',
      'Full Name': 'name',
      'display name': 'name',
      'First Name': 'firstName',
      'Given Name': 'firstName',
      'Last Name': 'lastName',
      Surname: 'lastName',
      'Family Name': 'lastName',
      Company: 'company',
      Organization: 'company',
      Title: 'title',
      'Job Title': 'title',
      Position: 'title',
      Mobile: 'phone',
      Phone: 'phone',
      Cell: 'phone',
      Email: 'email',
      'E-mail': 'email',
      'E-MAIL ADDRESS': 'email',
      Website: 'website',
      URL: 'website',
      City: 'city',
      WeChat: 'wechat',
      Notes: 'note',
      Birthday: 'birthday',
      Tags: 'tags',
      Groups: 'tags',
      Nickname: 'nicknames',
      LinkedIn: 'handle:linkedin',
      小红书: 'handle:xiaohongshu',
      Behance: 'handle:behance',
      Twitter: 'handle:x',
      Fax: 'ignore',
      商务传真: 'ignore',
    };
    for (const [header, field] of Object.entries(expected)) {
      expect([header, fieldOfHeader(header)]).toEqual([header, field]);
    }
  });

  it('looks past numbers and bracketed remarks', () => {
    expect(fieldOfHeader('Phone 2')).toBe('phone');
    expect(fieldOfHeader('手机号码（必填）')).toBe('phone');
    expect(fieldOfHeader('生日(yyyy-mm-dd)')).toBe('birthday');
    expect(fieldOfHeader('【邮箱】')).toBe('email');
    expect(fieldOfHeader('Ｑｑ')).toBe('qq');
  });

  it('maps every column of our own CSV export (zh and en) to a field or to ignore', () => {
    const zh =
      'ID,姓名,英文名,拼音,层级,阶段,城市,公司,职位,领域,技能,标签,需要,能提供,想认识,邮箱,手机,微信,其他账号,生日,认识日期,认识地点,介绍人,上次联系,下次联系,备注';
    const en =
      'ID,Name,Latin name,Pinyin,Tier,Stage,City,Company,Title,Disciplines,Skills,Tags,Needs,Offers,Seeking,Email,Phone,WeChat,Other handles,Birthday,Met on,Met at,Introduced by,Last contact,Next due,Note';
    const fields =
      'ignore,name,nameLatin,phonetic,ignore,ignore,city,company,title,ignore,ignore,tags,ignore,ignore,ignore,email,phone,wechat,handles,birthday,metOn,ignore,ignore,ignore,ignore,note';
    expect(zh.split(',').map(fieldOfHeader).join(',')).toBe(fields);
    expect(en.split(',').map(fieldOfHeader).join(',')).toBe(fields);
  });

  it('leaves unknown headers unmapped', () => {
    expect(fieldOfHeader('Favourite colour')).toBeUndefined();
    expect(fieldOfHeader('')).toBeUndefined();
    expect(fieldOfHeader('---')).toBeUndefined();
  });

  it('finds a header row by its normalised cells, within a limit', () => {
    const rows = [{ cells: ['Notes:'] }, { cells: [''] }, { cells: ['First Name', 'Last Name'] }];
    expect(findHeaderRow(rows, (k) => k.includes('firstname'))).toBe(2);
    expect(findHeaderRow(rows, (k) => k.includes('firstname'), 2)).toBe(-1);
  });
});
