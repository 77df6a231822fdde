import { z } from 'zod';
import { IMPORT_FORMATS, MAPPABLE_FIELDS } from '../../formats/contacts/record.js';
import { AppError, type FieldIssue } from '../errors.js';
import type { MatchKind } from './merge.js';

/** `COLUMN=field` pairs as a record; a pair without both sides is refused with the pair quoted. */
function columnPairs(pairs: string | readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of typeof pairs === 'string' ? [pairs] : pairs) {
    const at = pair.lastIndexOf('=');
    if (at <= 0 || at === pair.length - 1) {
      throw new AppError('ValidationFailed', {
        issues: [{ field: 'map', problem: 'invalid_format', value: pair }],
      });
    }
    out[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return out;
}

/** Options of `tongxing import` and `POST /api/v1/import`. */
export const importOptionsSchema = z.object({
  format: z.enum(IMPORT_FORMATS).optional(),
  /**
   * Column (header text or 1-based number) → field, over the synonym table; also as the
   * `COLUMN=field` pairs the CLI (`--map`) and the API (`?map=`) take.
   */
  map: z
    .preprocess(
      (v) => (Array.isArray(v) || typeof v === 'string' ? columnPairs(v) : v),
      z.record(z.string().trim().min(1), z.enum(MAPPABLE_FIELDS)),
    )
    .optional(),
  sheet: z.string().trim().min(1).optional(),
  dryRun: z.boolean().optional(),
  overwrite: z.boolean().optional(),
});
export type ImportOptions = z.input<typeof importOptionsSchema>;

export interface ImportSource {
  /** The file's name or path, as the user will recognise it in messages. */
  file: string;
  bytes: Uint8Array;
}

export type ImportAction = 'create' | 'merge' | 'skip';
export type SkipReason = 'no_name' | 'no_new_info';

/** What became of one record of one file. */
export interface ImportRecordResult {
  file: string;
  line: number;
  name: string;
  action: ImportAction;
  /** The person created or merged into (absent in a dry run for people not yet created). */
  personId?: number;
  /** For merges: why the record was taken as that person, and who they are. */
  matchedBy?: MatchKind;
  matchedName?: string;
  /** For merges: fields filled or extended; fields that differ but were left (no --overwrite). */
  changed?: string[];
  kept?: string[];
  reason?: SkipReason;
}

/** A value of one record that could not be kept (the record itself was still imported). */
export interface ImportIssue {
  file: string;
  line: number;
  name: string;
  field: string;
  problem: FieldIssue['problem'] | 'photo_too_large' | 'unknown_value';
  value?: string;
  max?: number;
}

export interface ImportResult {
  dryRun: boolean;
  files: { file: string; format: string; encoding: string; records: number }[];
  created: number;
  merged: number;
  skipped: number;
  /** Per-record problems: values dropped or shortened. */
  errors: ImportIssue[];
  records: ImportRecordResult[];
  /** Columns no field was found for (CSV and xlsx), per file: candidates for `--map`. */
  unmappedColumns: { file: string; columns: string[] }[];
  /** Interactions restored (JSON backups only). */
  interactions?: number;
}

/** Progress of a long import, for a progress bar. */
export interface ImportProgress {
  phase: 'read' | 'match' | 'write';
  done: number;
  /** Unknown while a CSV file is still being read. */
  total?: number;
}
