import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/errors.js';
import { IMPORT_LIMITS } from '../contacts/record.js';
import { detectDelimiter, parseCsv } from './read.js';

const cells = (text: string): string[][] => parseCsv(text, 'f.csv').map((r) => r.cells);

function malformedOf(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('ImportMalformed');
    return e as AppError;
  }
  throw new Error('expected ImportMalformed');
}

describe('parseCsv (RFC 4180)', () => {
  it('splits plain fields and keeps empty ones', () => {
    expect(cells('a,b,c\n1,,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
    expect(cells('a,b,\n')).toEqual([['a', 'b', '']]);
  });

  it('unquotes fields with commas, doubled quotes and line breaks of every kind', () => {
    const text = 'Name,Note\r\n"Chen, CFA","say ""hi"""\r\nA,"one\ntwo\r\nthree\rfour"\n';
    expect(cells(text)).toEqual([
      ['Name', 'Note'],
      ['Chen, CFA', 'say "hi"'],
      ['A', 'one\ntwo\r\nthree\rfour'],
    ]);
  });

  it('numbers rows by the physical line they start on (CR, LF and CRLF all count once)', () => {
    const rows = parseCsv('h1,h2\r\n"a\r\nb",c\r\nd,"e\nf\rg"\n\nh,i', 'f.csv');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 7, 8]);
    expect(rows[3]!.cells).toEqual(['']);
  });

  it('drops trailing empty rows, keeps blank rows in between', () => {
    expect(cells('a\n\nb\n\n\n,,\n')).toEqual([['a'], [''], ['b']]);
  });

  it('has no row for an empty text, and one for text without a final newline', () => {
    expect(cells('')).toEqual([]);
    expect(cells('x')).toEqual([['x']]);
  });

  it('skips a BOM the decoder left in place', () => {
    expect(cells('\uFEFFName,Email\n')).toEqual([['Name', 'Email']]);
  });

  it('is lenient where real files are sloppy: stray quotes in unquoted fields, text after a closing quote', () => {
    expect(cells('5\'11",x\n"ab"cd,e\n')).toEqual([
      ['5\'11"', 'x'],
      ['abcd', 'e'],
    ]);
  });

  it('detects ; and tab separators when the header line has no comma', () => {
    expect(detectDelimiter('Name;Firma;E-Mail\nA;B;C')).toBe(';');
    expect(detectDelimiter('姓名\t手机\n')).toBe('\t');
    expect(detectDelimiter('Notes:\n"We, the people"\n\nFirst Name,Last Name')).toBe(',');
    expect(detectDelimiter('Name,Firma;X')).toBe(',');
    expect(cells('Name;Note\nJonas;"a;b"\n')).toEqual([
      ['Name', 'Note'],
      ['Jonas', 'a;b'],
    ]);
    expect(cells('a\tb\n1\t2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('fails on an unclosed quote, naming the line where the field starts', () => {
    const e = malformedOf(() => parseCsv('Name,Note\nAda,ok\nBob,"never\nclosed\n', 'x.csv'));
    expect(e.details).toMatchObject({ file: 'x.csv', problem: 'unbalanced_quote', line: 3 });
  });

  it('fails on a value longer than the limit, with its line', () => {
    const big = 'x'.repeat(IMPORT_LIMITS.valueChars + 1);
    expect(malformedOf(() => parseCsv(`a\n${big}\n`, 'x.csv')).details).toMatchObject({
      problem: 'value_too_long',
      line: 2,
    });
    expect(malformedOf(() => parseCsv(`a\nb,"${big}"\n`, 'x.csv')).details).toMatchObject({
      problem: 'value_too_long',
      line: 2,
    });
  });

  it('fails on more rows than the record limit', () => {
    const text = 'a\n'.repeat(IMPORT_LIMITS.records + 1);
    expect(malformedOf(() => parseCsv(text, 'x.csv')).details).toMatchObject({
      problem: 'too_many_records',
      detail: IMPORT_LIMITS.records,
    });
  });

  it('stops after maxRows (format detection reads only the top)', () => {
    expect(parseCsv('a\nb\nc\n"open', 'x.csv', { maxRows: 2 })).toHaveLength(2);
  });

  it('reads a 10 MB line and 100,000 rows in linear time', () => {
    const pad = 'x'.repeat(100);
    const wide = Array.from({ length: 100_000 }, (_, i) => `"v,${i}${pad}"`).join(',');
    expect(wide.length).toBeGreaterThan(10_000_000);
    let t = performance.now();
    const one = parseCsv(wide, 'wide.csv');
    expect(one[0]!.cells).toHaveLength(100_000);
    expect(one[0]!.cells[99_999]).toBe(`v,99999${pad}`);
    const longQuoted = `"${'a""b'.repeat(250_000)}"`;
    expect(parseCsv(longQuoted, 'q.csv')[0]!.cells[0]!.length).toBe(750_000);
    const rows =
      'Wei,"Chen, CFA",https://www.linkedin.com/in/x,,Ogilvy,Art Director,15 Mar 2024\r\n';
    const many = parseCsv(rows.repeat(100_000), 'many.csv');
    expect(many).toHaveLength(100_000);
    expect(many[99_999]!.line).toBe(100_000);
    t = performance.now() - t;
    expect(t).toBeLessThan(5_000);
  });

  it('does not backtrack on quote-heavy garbage', () => {
    const t = performance.now();
    expect(() => parseCsv('"'.repeat(1_000_001), 'q.csv')).toThrow(AppError);
    parseCsv('""'.repeat(500_000), 'q.csv');
    parseCsv(',\r'.repeat(200_000), 'q.csv');
    expect(performance.now() - t).toBeLessThan(3_000);
  });
});
