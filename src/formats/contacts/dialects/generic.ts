import { AppError } from '../../../core/errors.js';
import { malformed } from '../decode.js';
import { NAME_FIELDS, fieldOfHeader, normalizeHeader, type ColumnField } from '../headers.js';
import type { MappableField } from '../record.js';
import { draftRecords, RowStream, type TableBody, type TableRow } from './rows.js';

/** How far down a generic file its header may sit (title rows, notes above the table). */
const GENERIC_HEADER_ROWS = 20;

interface Overrides {
  byIndex: Map<number, MappableField>;
  byText: Map<string, MappableField>;
  /** The same by normalised header: `--map "e-mail 2=email"` finds `E-mail 2` too. */
  byKey: Map<string, MappableField>;
}

/** `--map COLUMN=field`: COLUMN is a 1-based column number or the header text, any case. */
function overridesOf(map: Record<string, MappableField> | undefined): Overrides {
  const o: Overrides = { byIndex: new Map(), byText: new Map(), byKey: new Map() };
  for (const [key, field] of Object.entries(map ?? {})) {
    const k = key.trim();
    if (/^\d+$/.test(k) && Number(k) >= 1) {
      o.byIndex.set(Number(k) - 1, field);
    } else {
      o.byText.set(k.toLowerCase(), field);
      if (normalizeHeader(k) !== '') o.byKey.set(normalizeHeader(k), field);
    }
  }
  return o;
}

function badMapKey(key: string, headers: string[]): AppError {
  return new AppError('ValidationFailed', {
    issues: [
      {
        field: 'map',
        problem: 'invalid_value',
        value: key,
        allowed: headers.filter((h) => h.trim() !== '').slice(0, 60),
      },
    ],
  });
}

/**
 * Any other table (CSV or xlsx): the header row is the first of the top rows with a name-ish
 * column; columns map through `--map` first, then the zh/en synonym table. Without a header but
 * with `--map` naming a name column by number, every row is data.
 */
export function readGeneric(
  rows: Iterable<TableRow>,
  opts: { file: string; map?: Record<string, MappableField> },
): TableBody {
  const o = overridesOf(opts.map);
  const stream = new RowStream(rows, GENERIC_HEADER_ROWS);
  // Column numbers say nothing about which row is the header: only header text does.
  const byText = (header: string): ColumnField | undefined =>
    o.byText.get(header.trim().toLowerCase()) ??
    (o.byKey.size > 0 ? o.byKey.get(normalizeHeader(header)) : undefined) ??
    fieldOfHeader(header);

  let headerAt = -1;
  let fields: (ColumnField | undefined)[] = [];
  for (let r = 0; r < stream.top.length; r++) {
    const candidate = stream.top[r]!.cells.map(byText);
    if (candidate.some((f) => f !== undefined && NAME_FIELDS.has(f))) {
      headerAt = r;
      fields = candidate.map((f, j) => o.byIndex.get(j) ?? f);
      break;
    }
  }
  const headers = headerAt >= 0 ? stream.top[headerAt]!.cells : [];
  if (headerAt < 0) {
    const named = [...o.byIndex.values()].some((f) => NAME_FIELDS.has(f));
    if (!named) throw malformed(opts.file, 'no_header', 1);
    const width = Math.max(...o.byIndex.keys()) + 1;
    // xlsx has at most 16,384 columns; a larger number is a typo, not a reason to allocate.
    if (width > 16_384) throw badMapKey(String(width), []);
    fields = Array.from({ length: width }, (_, i) => o.byIndex.get(i));
  } else {
    checkMapKeys(o, headers);
  }

  const records = draftRecords(stream.after(headerAt), (draft, row) => {
    const n = Math.min(row.cells.length, fields.length);
    for (let j = 0; j < n; j++) {
      const f = fields[j];
      if (f !== undefined && f !== 'ignore') draft.add(f, row.cells[j]!);
    }
  });
  const unmappedColumns = headers
    .filter((h, j) => fields[j] === undefined && h.trim() !== '')
    .map((h) => h.trim());
  return { records, unmappedColumns };
}

/** A `--map` column that is not in the file is a typo: say so rather than import without it. */
function checkMapKeys(o: Overrides, headers: string[]): void {
  for (const index of o.byIndex.keys()) {
    if (index >= headers.length) throw badMapKey(String(index + 1), headers);
  }
  const keys = new Set(headers.map((h) => normalizeHeader(h)));
  const lower = new Set(headers.map((h) => h.trim().toLowerCase()));
  for (const text of o.byText.keys()) {
    if (!lower.has(text) && !keys.has(normalizeHeader(text))) throw badMapKey(text, headers);
  }
}
