import { Draft, interner, isBlankRow } from '../fields.js';
import type { ContactRecord } from '../record.js';

/** Rows as the tokenizers produce them: the line (sheet row) where each starts, and its cells. */
export interface TableRow {
  line: number;
  cells: string[];
}

/** What a dialect reader returns; readTable adds the format and encoding. */
export interface TableBody {
  /** Made lazily, row by row: iterate once. */
  records: Iterable<ContactRecord>;
  unmappedColumns: string[];
}

/**
 * Rows read once, front to back: the top ones are buffered (the header is searched among them),
 * the rest stream on, so a large file's cells are not all held next to the records made of them.
 */
export class RowStream {
  readonly top: TableRow[] = [];
  private readonly more: Iterator<TableRow>;

  constructor(rows: Iterable<TableRow>, buffered: number) {
    this.more = rows[Symbol.iterator]();
    while (this.top.length < buffered) {
      const next = this.more.next();
      if (next.done) break;
      this.top.push(next.value);
    }
  }

  /** Every row after the top row `at` (-1: all of them), buffered ones first. */
  *after(at: number): Generator<TableRow> {
    for (let r = at + 1; r < this.top.length; r++) yield this.top[r]!;
    for (let next = this.more.next(); !next.done; next = this.more.next()) yield next.value;
  }
}

/**
 * One record per non-blank row, made as the caller asks for it (a large file's records never all
 * sit in memory): `fill` puts a row's cells into the draft.
 */
export function* draftRecords(
  rows: Iterable<TableRow>,
  fill: (draft: Draft, row: TableRow) => void,
): Generator<ContactRecord> {
  const intern = interner();
  for (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    const draft = new Draft(row.line, intern);
    fill(draft, row);
    yield draft.finish();
  }
}
