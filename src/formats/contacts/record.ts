import type { Platform } from '../../core/vocab.js';

/**
 * One contact as a reader found it in a file, before it meets the database. Every reader
 * (vCard, CSV dialects, xlsx) produces these; the import service merges, validates and stores them.
 * Values are trimmed; empty values are left out rather than kept as ''.
 */
export interface ContactRecord {
  /** 1-based line of the file where the record starts (BEGIN:VCARD, the CSV row, the sheet row). */
  line: number;
  /** Display name; '' when the file has none (the service skips such records with a reason). */
  name: string;
  /** A second-script name: the English name of a Chinese contact (or the reverse). */
  nameLatin?: string;
  /** Phonetic reading as written by the exporter (X-PHONETIC-*, Phonetic First Name, Yomi). */
  phonetic?: string;
  nicknames: string[];
  company?: string;
  department?: string;
  title?: string;
  city?: string;
  emails: string[];
  phones: string[];
  /** Every other handle: websites and social profiles (never email or phone). */
  handles: { platform: Platform; value: string }[];
  tags: string[];
  /** `YYYY-MM-DD` or `--MM-DD`, already checked to be a real day. */
  birthday?: string;
  /** `YYYY-MM-DD`. */
  metOn?: string;
  /** How we met, when the source says (LinkedIn). */
  metHow?: string;
  note?: string;
  photo?: { mime: string; data: Uint8Array };
  /** The record's own identifier in its file (vCard UID), used to resolve group members. */
  uid?: string;
  /** What the reader could not keep, e.g. an impossible birthday: reported, never fatal. */
  warnings: ContactWarning[];
}

export interface ContactWarning {
  field: string;
  problem: 'invalid_date' | 'photo_too_large' | 'unknown_value' | 'too_long';
  value?: string;
}

/** The formats `tongxing import --format` accepts. */
export const IMPORT_FORMATS = [
  'auto',
  'vcard',
  'linkedin',
  'google',
  'outlook',
  'csv',
  'xlsx',
  'json',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** What a reader returns for one file. */
export interface ParsedContacts {
  /** The format actually read (never 'auto'). */
  format: Exclude<ImportFormat, 'auto' | 'json'>;
  /** The text encoding found (utf-8, utf-16le, utf-16be, gb18030), or 'xlsx'. */
  encoding: string;
  records: ContactRecord[];
  /** Header columns that mapped to nothing (CSV/xlsx), so the user can `--map` them. */
  unmappedColumns?: string[];
}

/** ParsedContacts whose records are made as they are iterated (once): large CSV files. */
export type ContactStream = Omit<ParsedContacts, 'records'> & {
  records: Iterable<ContactRecord>;
};

/** `--map COLUMN=field`: the fields a column can be mapped to by hand. */
export const MAPPABLE_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'nameLatin',
  'phonetic',
  'nicknames',
  'company',
  'department',
  'title',
  'city',
  'email',
  'phone',
  'wechat',
  'qq',
  'weibo',
  'website',
  'tags',
  'birthday',
  'metOn',
  'note',
  'ignore',
] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/**
 * Why a file cannot be read. Readers throw `AppError('ImportMalformed', { file, line, problem, … })`
 * with one of these; the message (zh/en) is in src/core/i18n/errors.ts.
 */
export type MalformedProblem =
  | 'empty_file'
  | 'binary'
  | 'unknown_encoding'
  | 'unknown_format'
  | 'truncated_vcard'
  | 'unexpected_line'
  | 'bad_quoted_printable'
  | 'unknown_charset'
  | 'unbalanced_quote'
  | 'no_header'
  | 'line_too_long'
  | 'value_too_long'
  | 'too_many_records'
  | 'bad_xlsx'
  | 'no_sheet'
  | 'file_too_large';

/** Limits that keep a hostile or broken file from exhausting memory. */
export const IMPORT_LIMITS = {
  /** Whole file, bytes. */
  fileBytes: 200 * 1024 * 1024,
  /** One CSV field or one unfolded vCard property other than PHOTO, characters. */
  valueChars: 1_000_000,
  /** One decoded photo, bytes; larger photos are dropped with a warning. */
  photoBytes: 5 * 1024 * 1024,
  /** Records per file. */
  records: 500_000,
} as const;
