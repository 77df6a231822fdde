import { malformed } from '../contacts/decode.js';
import { IMPORT_LIMITS } from '../contacts/record.js';

/** One CSV record: the physical line it starts on (1-based) and its fields, unquoted. */
export interface CsvRow {
  line: number;
  cells: string[];
}

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The field separator: a comma, unless the first line that has any separator has no comma
 * but semicolons or tabs (European Excel writes `;`, some tools tab-separated text).
 * Preamble lines without any separator (LinkedIn's `Notes:`) are looked past.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  let start = 0;
  for (let n = 0; n < 30 && start < text.length; n++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, Math.min(end, start + 65_536));
    if (line.includes(',')) return ',';
    const semi = count(line, ';');
    const tab = count(line, '\t');
    if (semi > 0 || tab > 0) return tab > semi ? '\t' : ';';
    start = end + 1;
  }
  return ',';
}

function count(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * RFC 4180 tokenizer: quoted fields may hold the separator, doubled quotes and CR, LF or CRLF.
 * Lenient where real files are sloppy: a quote inside an unquoted field is kept as text, and
 * text after a closing quote is appended to the field. One pass, no backtracking, so a 10 MB
 * line or 100,000 rows cost linear time. Trailing empty rows are dropped.
 * Throws ImportMalformed: `unbalanced_quote` (line where the field starts), `value_too_long`,
 * `too_many_records`. `maxRows` stops early (format detection reads only the top of a file).
 */
export function parseCsv(text: string, file: string, opts: { maxRows?: number } = {}): CsvRow[] {
  const rows: CsvRow[] = [];
  const maxRows = opts.maxRows ?? Infinity;
  for (const row of csvRows(text, file)) {
    if (rows.length >= maxRows) break;
    rows.push(row);
  }
  while (rows.length > 0 && rows[rows.length - 1]!.cells.every((c) => c === '')) rows.pop();
  return rows;
}

/**
 * The same rows, one at a time: the importer maps each row to a record as it goes, so 100,000
 * rows of cells are never all in memory next to their records. Blank rows are yielded too.
 */
export function* csvRows(text: string, file: string): Generator<CsvRow> {
  const delim = detectDelimiter(text).charCodeAt(0);
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let count = 0;

  const tooLong = (value: string, at: number): void => {
    if (value.length > IMPORT_LIMITS.valueChars) {
      throw malformed(file, 'value_too_long', at, `${value.length} characters`);
    }
  };

  while (i < n) {
    const rowLine = line;
    const cells: string[] = [];
    for (;;) {
      let value = '';
      if (text.charCodeAt(i) === QUOTE) {
        const startLine = line;
        i++;
        let start = i;
        for (;;) {
          if (i >= n) throw malformed(file, 'unbalanced_quote', startLine);
          const c = text.charCodeAt(i);
          if (c === QUOTE) {
            if (text.charCodeAt(i + 1) === QUOTE) {
              value += text.slice(start, i + 1);
              i += 2;
              start = i;
              continue;
            }
            value += text.slice(start, i);
            i++;
            break;
          }
          if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) line++;
          i++;
          if (i - start > IMPORT_LIMITS.valueChars)
            tooLong(value + text.slice(start, i), startLine);
        }
        // Text between the closing quote and the separator: keep it rather than fail.
        const rest = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        if (i > rest) value += text.slice(rest, i);
        tooLong(value, startLine);
      } else {
        const start = i;
        while (i < n) {
          const c = text.charCodeAt(i);
          if (c === delim || c === LF || c === CR) break;
          i++;
        }
        value = text.slice(start, i);
        tooLong(value, line);
      }
      cells.push(value);
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      // End of the row: CRLF, LF, CR or the end of the text.
      if (text.charCodeAt(i) === CR) i++;
      if (text.charCodeAt(i) === LF) i++;
      line++;
      break;
    }
    if (++count > IMPORT_LIMITS.records) {
      throw malformed(file, 'too_many_records', rowLine, IMPORT_LIMITS.records);
    }
    yield { line: rowLine, cells };
  }
}
