import { csvRows, parseCsv } from '../csv/read.js';
import { readVCards } from '../vcard/read.js';
import { looksLikeWorkbook, readXlsx } from '../xlsx/read.js';
import { decodeText, malformed, type TextEncoding } from './decode.js';
import { isGoogleHeader } from './dialects/google.js';
import { isLinkedInHeader } from './dialects/linkedin.js';
import { isOutlookHeader } from './dialects/outlook.js';
import { normalizeHeader } from './headers.js';
import {
  IMPORT_LIMITS,
  type ImportFormat,
  type MappableField,
  type ContactStream,
  type ParsedContacts,
} from './record.js';
import { readTable } from './table.js';

type Detected = Exclude<ImportFormat, 'auto'>;

/** How many rows from the top a dialect's header may be found in (LinkedIn's preamble). */
const SNIFF_ROWS = 30;

function extensionOf(fileName: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  return m ? m[1]!.toLowerCase() : '';
}

/** The format the text itself announces, or undefined when it is some other table (or prose). */
function formatOfText(text: string, file: string): Detected | undefined {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{') && /"format"\s*:\s*"tongxing"/.test(head)) return 'json';
  if (/^begin:vcard/i.test(head)) return 'vcard';
  let rows;
  try {
    rows = parseCsv(text, file, { maxRows: SNIFF_ROWS });
  } catch {
    // A broken CSV is still a CSV: reading it will say what is wrong, and where.
    return undefined;
  }
  for (const row of rows) {
    const keys = row.cells.map(normalizeHeader);
    if (isLinkedInHeader(keys)) return 'linkedin';
    if (isGoogleHeader(keys)) return 'google';
    if (isOutlookHeader(keys)) return 'outlook';
  }
  return undefined;
}

/**
 * vCard is recognised on the bytes: folding splits multi-byte characters (Apple folds at 75
 * octets), so a vCard file is often not valid UTF-8 as a whole until the vCard reader unfolds it.
 */
function startsWithVCard(b: Uint8Array): boolean {
  let i = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  while (i < b.length && (b[i] === 0x20 || b[i] === 0x09 || b[i] === 0x0d || b[i] === 0x0a)) i++;
  const word = 'begin:vcard';
  for (let k = 0; k < word.length; k++) {
    const c = b[i + k];
    if (c === undefined || String.fromCharCode(c).toLowerCase() !== word[k]) return false;
  }
  return true;
}

/** By content first; the name's extension only decides what the content leaves open. */
function sniff(
  bytes: Uint8Array,
  fileName: string,
): { format: Detected; text?: string; encoding?: TextEncoding } {
  const ext = extensionOf(fileName);
  if (looksLikeWorkbook(bytes)) return { format: 'xlsx' };
  if (startsWithVCard(bytes)) return { format: 'vcard' };
  let decoded: { text: string; encoding: TextEncoding };
  try {
    decoded = decodeText(bytes, fileName);
  } catch (e) {
    // An .xlsx that is not a zip: the workbook reader explains that better than "binary".
    if (ext === 'xlsx' || ext === 'xls') return { format: 'xlsx' };
    throw e;
  }
  const byContent = formatOfText(decoded.text, fileName);
  const byName: Record<string, Detected> = {
    vcf: 'vcard',
    vcard: 'vcard',
    json: 'json',
    xlsx: 'xlsx',
  };
  return { format: byContent ?? byName[ext] ?? 'csv', ...decoded };
}

/**
 * Which reader a file needs, from its content: a zip is xlsx; Tongxing JSON, vCard, then the CSV
 * dialects by their header rows (LinkedIn, Google, Outlook); any other text is a CSV (reading it
 * then fails with `no_header` if it has none). Throws ImportMalformed for empty or binary files.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): { format: Detected } {
  return { format: sniff(bytes, fileName).format };
}

export interface ReadOptions {
  format: ImportFormat;
  map?: Record<string, MappableField>;
  sheet?: string;
  /** CSV records made as they are iterated (see ContactStream); other formats are read whole. */
  stream?: boolean;
}

/**
 * The one entry point for contact files other than JSON backups: detects the format when asked
 * ('auto'), decodes the text and dispatches to the vCard, CSV-dialect or xlsx reader.
 */
export async function readContacts(
  bytes: Uint8Array,
  file: string,
  opts: ReadOptions & { stream: true },
): Promise<ContactStream>;
export async function readContacts(
  bytes: Uint8Array,
  file: string,
  opts: ReadOptions,
): Promise<ParsedContacts>;
export async function readContacts(
  bytes: Uint8Array,
  file: string,
  opts: ReadOptions,
): Promise<ContactStream> {
  if (bytes.length > IMPORT_LIMITS.fileBytes) {
    throw malformed(file, 'file_too_large', undefined, `${IMPORT_LIMITS.fileBytes / 2 ** 20} MB`);
  }
  const sniffed = opts.format === 'auto' ? sniff(bytes, file) : { format: opts.format };
  const format = sniffed.format;
  switch (format) {
    case 'json':
      // The import service restores backups itself; reaching here is a programming error.
      throw new Error('readContacts does not read JSON backups');
    case 'vcard':
      return readVCards(bytes, file);
    case 'xlsx':
      return readXlsx(bytes, file, { sheet: opts.sheet, map: opts.map });
    case 'linkedin':
    case 'google':
    case 'outlook':
    case 'csv': {
      const { text, encoding } =
        'text' in sniffed && sniffed.text !== undefined && sniffed.encoding !== undefined
          ? { text: sniffed.text, encoding: sniffed.encoding }
          : decodeText(bytes, file);
      return readTable(csvRows(text, file), {
        file,
        format,
        map: opts.map,
        encoding,
        stream: opts.stream ?? false,
      });
    }
  }
}
