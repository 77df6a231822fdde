import { createRequire } from 'node:module';
import type ExcelJS from 'exceljs';

// exceljs is large: loaded on the first xlsx import only, so that every other command starts fast
// (it stays outside the CLI bundle, see scripts/build.mjs).
let excel: typeof ExcelJS | undefined;
const loadExcel = (): typeof ExcelJS =>
  (excel ??= createRequire(import.meta.url)('exceljs') as typeof ExcelJS);
import { isAppError } from '../../core/errors.js';
import { malformed } from '../contacts/decode.js';
import { IMPORT_LIMITS, type MappableField, type ParsedContacts } from '../contacts/record.js';
import { readTable } from '../contacts/table.js';
import type { TableRow } from '../contacts/dialects/rows.js';
import { zipProblem } from './zip-guard.js';

/**
 * How much an xlsx may unpack to. exceljs holds the whole workbook in memory (several times the
 * XML), so this is about what a laptop survives, far above any real address book.
 */
const MAX_UNPACKED_BYTES = 512 * 2 ** 20;

/**
 * Only cell values are read. exceljs expands merged ranges and data-validation ranges cell by
 * cell, so one `<dataValidation sqref="A1:XFD1048576">` (Excel writes whole-column validations
 * like that) or a merge as large would fill memory: such nodes are skipped, as are the other
 * parts that carry no contact data. Rows and columns are capped as they are parsed.
 */
const LOAD_OPTIONS = {
  ignoreNodes: [
    'mergeCells',
    'dataValidations',
    'conditionalFormatting',
    'hyperlinks',
    'cols',
    'autoFilter',
    'rowBreaks',
    'drawing',
    'picture',
    'tableParts',
    'extLst',
    'sheetProtection',
    'sheetViews',
    'pageSetup',
    'headerFooter',
    'printOptions',
    'pageMargins',
  ],
  maxRows: IMPORT_LIMITS.records + 1,
  maxCols: 16_384,
};

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE2 compound file: a legacy .xls, or an encrypted (password-protected) .xlsx. */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (b: Uint8Array, magic: number[]): boolean => magic.every((m, i) => b[i] === m);

/** True when the bytes are a zip archive (xlsx) or an OLE2 file (legacy .xls). */
export function looksLikeWorkbook(b: Uint8Array): boolean {
  return startsWith(b, ZIP) || startsWith(b, OLE);
}

/** Numbers as people typed them: a phone stays `13800138000`, never `1.38e+10` or `13800138000.0`. */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  return String(Number(n.toPrecision(15)));
}

/** Dates as `YYYY-MM-DD`: exceljs gives date cells as UTC midnights. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return d.toISOString().slice(0, 10);
}

/** A cell as text: rich text joined, hyperlinks by their text, formulas by their result. */
function cellText(v: ExcelJS.CellValue | undefined, depth = 0): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return dateText(v);
  if (typeof v !== 'object' || depth > 2) return '';
  if ('richText' in v) {
    return Array.isArray(v.richText) ? v.richText.map((r) => String(r?.text ?? '')).join('') : '';
  }
  if ('hyperlink' in v) {
    // The text of a hyperlink is sometimes rich text, whatever the typings say.
    const text = cellText(v.text, depth + 1);
    return text || String(v.hyperlink ?? '').replace(/^mailto:/i, '');
  }
  if ('result' in v) return cellText(v.result, depth + 1);
  return '';
}

/** The workbook's rows as text cells, numbered like the sheet's rows. */
function sheetRows(ws: ExcelJS.Worksheet, file: string): TableRow[] {
  const rows: TableRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const text = cellText(cell.value);
      if (text.length > IMPORT_LIMITS.valueChars) {
        throw malformed(file, 'value_too_long', rowNumber, `${text.length} characters`);
      }
      cells[col - 1] = text;
    });
    rows.push({ line: rowNumber, cells: Array.from(cells, (c) => c ?? '') });
    if (rows.length > IMPORT_LIMITS.records) {
      throw malformed(file, 'too_many_records', rowNumber, IMPORT_LIMITS.records);
    }
  });
  return rows;
}

/** Why exceljs gave up, in words a user can act on: its own TypeErrors mean "damaged". */
function reasonOf(e: unknown): string {
  if (e instanceof TypeError || e instanceof RangeError || !(e instanceof Error)) {
    return 'the workbook is damaged or incomplete';
  }
  return e.message.split('\n')[0]!.slice(0, 200);
}

/**
 * Reads contacts from an Excel workbook: the first sheet, or `sheet` (by name, any case); its
 * header row and columns go through the same synonym table and `--map` as CSV. Damaged or
 * oversized archives fail as ImportMalformed (`bad_xlsx`, `file_too_large`) before exceljs
 * unpacks them.
 */
export async function readXlsx(
  bytes: Uint8Array,
  file: string,
  opts: { sheet?: string; map?: Record<string, MappableField>; format?: 'xlsx' } = {},
): Promise<ParsedContacts> {
  if (bytes.length > IMPORT_LIMITS.fileBytes) {
    throw malformed(file, 'file_too_large', undefined, `${IMPORT_LIMITS.fileBytes / 2 ** 20} MB`);
  }
  if (startsWith(bytes, OLE)) {
    throw malformed(
      file,
      'bad_xlsx',
      undefined,
      'an old .xls or password-protected workbook; save it as .xlsx without a password',
    );
  }
  if (!startsWith(bytes, ZIP)) throw malformed(file, 'bad_xlsx', undefined, 'not a zip archive');
  const problem = zipProblem(bytes, MAX_UNPACKED_BYTES);
  if (problem) throw malformed(file, 'bad_xlsx', undefined, problem);

  const wb = new (loadExcel().Workbook)();
  // exceljs expands every defined name's range cell by cell (a whole-column name is a million
  // cells, a whole-sheet one never finishes); contacts need no names, so none are kept.
  Object.defineProperty(wb.definedNames, 'model', {
    configurable: true,
    get: () => [],
    set: () => undefined,
  });
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer, LOAD_OPTIONS);
  } catch (e) {
    if (e instanceof Error && /^Max row count/.test(e.message)) {
      throw malformed(file, 'too_many_records', undefined, IMPORT_LIMITS.records);
    }
    throw malformed(file, 'bad_xlsx', undefined, reasonOf(e));
  }
  const sheets = wb.worksheets.filter((ws): ws is ExcelJS.Worksheet => ws !== undefined);
  let ws: ExcelJS.Worksheet | undefined;
  if (opts.sheet !== undefined) {
    const wanted = opts.sheet.trim().toLowerCase();
    ws = sheets.find((s) => s.name.trim().toLowerCase() === wanted);
    if (!ws) throw malformed(file, 'no_sheet', undefined, opts.sheet);
  } else {
    ws = sheets[0];
    if (!ws) throw malformed(file, 'bad_xlsx', undefined, 'the workbook has no sheets');
  }
  let rows: TableRow[];
  try {
    rows = sheetRows(ws, file);
  } catch (e) {
    if (isAppError(e)) throw e;
    throw malformed(file, 'bad_xlsx', undefined, reasonOf(e));
  }
  return readTable(rows, { file, format: 'xlsx', map: opts.map, encoding: 'xlsx' });
}
