import { malformed } from './decode.js';
import { readGeneric } from './dialects/generic.js';
import type { TableBody, TableRow } from './dialects/rows.js';
import { readGoogle } from './dialects/google.js';
import { readLinkedIn } from './dialects/linkedin.js';
import { readOutlook } from './dialects/outlook.js';
import {
  IMPORT_LIMITS,
  type ContactStream,
  type MappableField,
  type ParsedContacts,
} from './record.js';

export type TableFormat = 'linkedin' | 'google' | 'outlook' | 'csv' | 'xlsx';

/**
 * Rows of a CSV file or a sheet → contact records: finds the header row and maps each row after
 * it, through the dialect of the format (LinkedIn, Google, Outlook) or the generic synonym table
 * (csv, xlsx, where `map` — from `--map COLUMN=field` — overrides it).
 */
export interface TableOptions {
  file: string;
  format: TableFormat;
  map?: Record<string, MappableField>;
  encoding: string;
  /** Records made as they are iterated instead of all at once (see ContactStream). */
  stream?: boolean;
}

export function readTable(
  rows: Iterable<TableRow>,
  opts: TableOptions & { stream: true },
): ContactStream;
export function readTable(rows: Iterable<TableRow>, opts: TableOptions): ParsedContacts;
export function readTable(rows: Iterable<TableRow>, opts: TableOptions): ContactStream {
  // The tokenizers (CSV, xlsx) stop at the record limit as they go; a ready array is checked here.
  if (Array.isArray(rows) && rows.length > IMPORT_LIMITS.records) {
    const line = (rows as TableRow[])[IMPORT_LIMITS.records]?.line;
    throw malformed(opts.file, 'too_many_records', line, IMPORT_LIMITS.records);
  }
  const body = ((): TableBody => {
    switch (opts.format) {
      case 'linkedin':
        return readLinkedIn(rows, opts.file);
      case 'google':
        return readGoogle(rows, opts.file);
      case 'outlook':
        return readOutlook(rows, opts.file);
      case 'csv':
      case 'xlsx':
        return readGeneric(rows, opts);
    }
  })();
  return {
    format: opts.format,
    encoding: opts.encoding,
    records: opts.stream ? body.records : [...body.records],
    unmappedColumns: body.unmappedColumns,
  };
}
