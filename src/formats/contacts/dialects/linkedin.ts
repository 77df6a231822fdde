import { malformed } from '../decode.js';
import {
  HEADER_SEARCH_ROWS,
  findHeaderRow,
  normalizeHeader,
  type ColumnField,
} from '../headers.js';
import { draftRecords, RowStream, type TableBody, type TableRow } from './rows.js';

/** LinkedIn's `Connections.csv` columns (older exports lack URL). */
const COLUMNS: Record<string, ColumnField> = {
  firstname: 'firstName',
  lastname: 'lastName',
  url: 'handle:linkedin',
  profileurl: 'handle:linkedin',
  emailaddress: 'email',
  email: 'email',
  company: 'company',
  position: 'title',
  connectedon: 'metOn',
};

/** The header of a LinkedIn connections export, by its normalised cells. */
export function isLinkedInHeader(keys: readonly string[]): boolean {
  return keys.includes('firstname') && keys.includes('lastname') && keys.includes('connectedon');
}

/** Forced with --format linkedin, a file whose export dropped `Connected On` still reads. */
function looseHeader(keys: readonly string[]): boolean {
  return keys.includes('firstname') && keys.includes('lastname');
}

const SUFFIX = /^(?:jr|sr|i{2,3}|iv)\.?$/i;

/**
 * `"Chen, CFA"`: LinkedIn members append credentials to the last name. Each comma-separated tail
 * word must look like one (CFA, PhD, Ph.D., MBA) to be dropped; `Jr.` and `III` stay.
 */
export function stripCredentials(last: string): string {
  const i = last.indexOf(',');
  if (i <= 0) return last;
  const tail = last
    .slice(i + 1)
    .split(',')
    .map((t) => t.trim());
  const credential = (t: string): boolean =>
    /^[A-Z][A-Za-z.&-]{1,11}$/.test(t) && /[A-Z].*[A-Z]|\./.test(t) && !SUFFIX.test(t);
  return tail.every(credential) ? last.slice(0, i).trim() : last;
}

/**
 * LinkedIn `Connections.csv`: the header is found after whatever preamble the export has
 * (`Notes:`, a notice, blank lines, or none); every connection is met on `Connected On` via LinkedIn.
 * Rows without a name still become records (name ''); blank `,,,,,,` rows are skipped.
 */
export function readLinkedIn(rows: Iterable<TableRow>, file: string): TableBody {
  const stream = new RowStream(rows, HEADER_SEARCH_ROWS);
  let at = findHeaderRow(stream.top, isLinkedInHeader);
  if (at < 0) at = findHeaderRow(stream.top, looseHeader);
  if (at < 0) throw malformed(file, 'no_header', 1);
  const header = stream.top[at]!.cells;
  const fields = header.map((h) => COLUMNS[normalizeHeader(h)]);
  const records = draftRecords(stream.after(at), (draft, row) => {
    row.cells.forEach((cell, j) => {
      const f = fields[j];
      if (f === 'lastName') draft.add(f, stripCredentials(cell.trim()));
      else if (f) draft.add(f, cell);
    });
    draft.metHow = 'LinkedIn';
  });
  const unmappedColumns = header
    .filter((h, j) => fields[j] === undefined && h.trim() !== '')
    .map((h) => h.trim());
  return { records, unmappedColumns };
}
