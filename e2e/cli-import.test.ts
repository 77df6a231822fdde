// `tongxing import` as a user runs it: real files on disk, the built CLI, both languages.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '../src/core/exchange/import.js';
import type { Person } from '../src/core/people/people.js';
import { cliEnv, ensureBuilt, runCli } from '../test/helpers/cli.js';
import { folderState } from '../test/helpers/files.js';
import { tempDir } from '../test/helpers/test-db.js';

let home: string;
let n = 0;

beforeAll(() => {
  ensureBuilt();
  home = tempDir('tongxing-import-e2e-');
});
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

function tx(db: string, args: string[], lang: 'zh' | 'en' = 'en') {
  return runCli(['--db', db, ...args], { cwd: home, env: cliEnv(home, { TONGXING_LANG: lang }) });
}

function newDb(): string {
  const dir = path.join(home, `case-${++n}`);
  fs.mkdirSync(dir);
  return path.join(dir, 'tongxing.db');
}

function file(name: string, content: string | Buffer): string {
  const p = path.join(home, `${n}-${name}`);
  fs.writeFileSync(p, content);
  return p;
}

const LINKEDIN = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing."',
  '',
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  'Emily,"Chen, CFA",https://www.linkedin.com/in/emilychen,,Studio North,Producer,15 Mar 2024',
  '伟,张,https://www.linkedin.com/in/zhangwei,zw@example.com,青柚设计,设计总监,5 Jan 2023',
  ',,,,,,',
].join('\r\n');

const ANDROID = [
  'BEGIN:VCARD',
  'VERSION:2.1',
  'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E;=E5=A8=9C;;;',
  'FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=E6=9D=8E=E5=',
  '=A8=9C',
  'TEL;CELL:+86 139 0000 1111',
  'EMAIL;HOME:zw@example.com',
  'END:VCARD',
  '',
].join('\r\n');

describe('tongxing import', () => {
  it('imports LinkedIn and a phone vCard together, merging the same person, with --json', async () => {
    const db = newDb();
    const li = file('Connections.csv', '\uFEFF' + LINKEDIN);
    const vcf = file('contacts.vcf', ANDROID);
    const r = await tx(db, ['import', li, vcf, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as ImportResult;
    expect(out).toMatchObject({ created: 2, merged: 1, skipped: 0, dryRun: false });
    expect(out.files.map((f) => f.format)).toEqual(['linkedin', 'vcard']);
    expect(out.records.find((x) => x.action === 'merge')).toMatchObject({
      file: vcf,
      line: 1,
      name: '李娜',
      matchedBy: 'email',
      matchedName: '张伟',
    });
    const people = JSON.parse((await tx(db, ['people', 'list', '--json'])).stdout) as Person[];
    expect(people.map((p) => p.name).sort()).toEqual(['Emily Chen', '张伟'].sort());
    const zw = JSON.parse((await tx(db, ['people', 'show', '张伟', '--json'])).stdout) as Person;
    expect(zw).toMatchObject({ metOn: '2023-01-05', metHow: 'LinkedIn', company: '青柚设计' });
    expect(zw.handles).toEqual(
      expect.arrayContaining([
        { platform: 'linkedin', value: 'https://www.linkedin.com/in/zhangwei' },
        { platform: 'phone', value: '+86 139 0000 1111' },
      ]),
    );
  });

  it('--dry-run shows the plan in the user’s language and writes nothing', async () => {
    const db = newDb();
    await tx(db, ['people', 'add', '张伟', '--handle', 'email:zw@example.com', '--city', '北京']);
    const li = file('Connections.csv', LINKEDIN);
    const before = folderState(path.dirname(db));
    const zh = await tx(db, ['import', li, '--dry-run'], 'zh');
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('新建 1 人 · 合并 1 人 · 跳过 0 条');
    expect(zh.stdout).toContain('同一邮箱');
    expect(zh.stdout).toContain('预演');
    const en = await tx(db, ['import', li, '--dry-run'], 'en');
    expect(en.stdout).toContain('1 new · 1 merged · 0 skipped');
    expect(en.stdout).toMatch(/Connections\.csv line 6 张伟 → #1 张伟 \(same e-mail\): added/);
    expect(folderState(path.dirname(db))).toEqual(before);
  });

  it('a malformed file fails with the file and line, exit 1, and changes nothing', async () => {
    const db = newDb();
    await tx(db, ['people', 'add', '王芳']);
    const good = file('good.csv', '姓名,手机\r\n李雷,13800000000\r\n');
    const bad = file('bad.csv', '姓名,备注\r\n韩梅梅,"没有结束的引号\r\n李雷,x\r\n');
    const before = folderState(path.dirname(db));
    for (const lang of ['zh', 'en'] as const) {
      const r = await tx(db, ['import', good, bad], lang);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain(bad);
      expect(r.stderr).toContain(lang === 'zh' ? '第 2 行' : 'line 2');
      expect(r.stderr).toContain(lang === 'zh' ? '没有导入任何内容' : 'Nothing was imported');
    }
    const truncated = file('cut.vcf', 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:张伟\r\n');
    const r = await tx(db, ['import', truncated, '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stderr)).toMatchObject({
      error: {
        code: 'ImportMalformed',
        details: { file: truncated, line: 1, problem: 'truncated_vcard' },
      },
    });
    const binary = file('photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0]));
    expect((await tx(db, ['import', binary])).stderr).toContain('binary');
    expect(folderState(path.dirname(db))).toEqual(before);
  });

  it('reads GBK from Chinese Windows and maps columns with --map', async () => {
    const db = newDb();
    // "姓名,工作室,电话\r\n陈晓,月亮工作室,13900000000\r\n" in GBK.
    const gbk = Buffer.from(
      'd0d5c3fb2cb9a4d7f7cad22cb5e7bbb00d0ab3c2cffe2cd4c2c1c1b9a4d7f7cad22c31333930303030303030300d0a',
      'hex',
    );
    const f = file('通讯录.csv', gbk);
    const r = await tx(db, ['import', f, '--map', '工作室=company', '--json']);
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as ImportResult;
    expect(out.files[0]).toMatchObject({ encoding: 'gb18030', records: 1 });
    const [p] = JSON.parse((await tx(db, ['people', 'list', '--json'])).stdout) as Person[];
    expect(p).toMatchObject({ name: '陈晓', company: '月亮工作室' });
    const bad = await tx(db, ['import', f, '--map', '工作室']);
    expect(bad.code).toBe(1);
  });
});
