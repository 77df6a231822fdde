import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../test/helpers/test-db.js';
import { makePerson } from '../../../test/helpers/factories.js';
import { exportPeople } from '../../core/exchange/export.service.js';
import { foldLine, unfold } from './fold.js';
import { escapeText, splitName } from './write.js';

describe('folding', () => {
  const text = fc.string({
    unit: fc.constantFrom('a', 'Z', ' ', ';', '张', '伟', '🎨', 'é', '，', '\u00a0'),
    maxLength: 400,
  });

  it('keeps every line within 75 octets, never splits a character, and unfolds to the original', () => {
    fc.assert(
      fc.property(text, (s) => {
        const folded = foldLine(`NOTE:${s}`);
        for (const line of folded.split('\r\n')) {
          const bytes = Buffer.from(line, 'utf8');
          expect(bytes.length).toBeLessThanOrEqual(75);
          // A split character would not survive the round trip through bytes.
          expect(bytes.toString('utf8')).toBe(line);
        }
        expect(unfold(folded)).toBe(`NOTE:${s}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe('text and names', () => {
  it('escapes backslash, newline, comma and semicolon', () => {
    expect(escapeText('a\\b\nc,d;e')).toBe('a\\\\b\\nc\\,d\\;e');
  });

  it('splits Chinese names surname first (compound surnames too) and Latin names last word last', () => {
    expect(splitName('张伟')).toEqual({ family: '张', given: '伟' });
    expect(splitName('欧阳娜娜')).toEqual({ family: '欧阳', given: '娜娜' });
    expect(splitName('Emily Chen')).toEqual({ family: 'Chen', given: 'Emily' });
    expect(splitName('Mary Ann Smith')).toEqual({ family: 'Smith', given: 'Mary Ann' });
    expect(splitName('Madonna')).toEqual({ family: '', given: 'Madonna' });
  });
});

describe('vCard export', () => {
  let ctx: TestContext;
  let vcf: string;
  beforeAll(async () => {
    ctx = await createTestContext();
    await makePerson(ctx, {
      name: '欧阳娜娜',
      nicknames: ['娜娜'],
      nameLatin: 'Nana Ouyang',
      company: '青柚设计, Inc.',
      title: '插画师; 主理人',
      city: '杭州',
      handles: [
        'email:nana@example.com',
        'phone:+86 138 0000 0000',
        'website:https://nana.example',
        '小红书:nana_draws',
      ],
      birthday: '--02-29',
      tags: ['插画', 'a,b'],
      note: '第一行\n第二行：很长很长的一段中文备注，用来确认折行不会把一个汉字从中间切开。🎨 emoji too; and, commas.',
    });
    await makePerson(ctx, { name: 'Emily Chen', birthday: '1990-05-20' });
    vcf = (await exportPeople(ctx, 'vcard', { lang: 'en' })).content;
  });
  afterAll(async () => {
    await ctx.close();
  });

  it('writes CRLF lines of at most 75 octets, one N and one FN and a UID per card, no quoted-printable', () => {
    expect(vcf.endsWith('\r\n')).toBe(true);
    expect(vcf.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of vcf.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    const cards = unfold(vcf).split('END:VCARD\r\n').filter(Boolean);
    expect(cards).toHaveLength(2);
    for (const card of cards) {
      const lines = card.split('\r\n');
      expect(lines.filter((l) => l.startsWith('N:'))).toHaveLength(1);
      expect(lines.filter((l) => l.startsWith('FN:'))).toHaveLength(1);
      expect(lines.filter((l) => /^UID:urn:uuid:[0-9a-f-]{36}$/.test(l))).toHaveLength(1);
    }
    expect(vcf).not.toMatch(/QUOTED-PRINTABLE/i);
  });

  it('keeps names, handles, tags and birthdays (year-less ones the Apple way)', () => {
    const u = unfold(vcf);
    expect(u).toContain('N:欧阳;娜娜;;;');
    expect(u).toContain('X-PHONETIC-LAST-NAME:ou yang');
    expect(u).toContain('EMAIL;TYPE=INTERNET:nana@example.com');
    expect(u).toContain('TEL;TYPE=CELL:+86 138 0000 0000');
    expect(u).toContain('URL:https://nana.example');
    expect(u).toContain('X-SOCIALPROFILE;TYPE=xiaohongshu:nana_draws');
    expect(u).toContain('CATEGORIES:a\\,b,插画');
    expect(u).toContain('BDAY;X-APPLE-OMIT-YEAR=1604:1604-02-29');
    expect(u).toContain('BDAY:1990-05-20');
    expect(u).toContain('ORG:青柚设计\\, Inc.');
  });

  it('is accepted by python3-vobject with validate=True, which reads the same values back', () => {
    const file = path.join(ctx.dir, 'export.vcf');
    fs.writeFileSync(file, vcf);
    const script = [
      'import sys, json, vobject',
      'out = []',
      'for card in vobject.readComponents(open(sys.argv[1], encoding="utf-8").read(), validate=True):',
      '    card.validate()',
      '    out.append({"fn": card.fn.value, "n": [card.n.value.family, card.n.value.given],',
      '                "note": card.note.value if hasattr(card, "note") else None,',
      '                "categories": card.categories.value if hasattr(card, "categories") else None})',
      'print(json.dumps(out, ensure_ascii=False))',
    ].join('\n');
    const out = JSON.parse(
      execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' }),
    ) as {
      fn: string;
      n: string[];
      note: string | null;
      categories: string[] | null;
    }[];
    const nana = out.find((c) => c.fn === '欧阳娜娜')!;
    expect(nana.n).toEqual(['欧阳', '娜娜']);
    expect(nana.note).toContain('第二行');
    expect(nana.note).toContain('\n');
    expect(nana.note).toContain('🎨 emoji too; and, commas.');
    expect(nana.categories).toEqual(['a,b', '插画']);
    expect(out.map((c) => c.fn).sort()).toEqual(['Emily Chen', '欧阳娜娜']);
  });
});
