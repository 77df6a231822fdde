import { IMPORT_LIMITS } from '../../../../src/formats/contacts/record.js';

/** What the file input offers; the server detects the real format from the bytes. */
export const ACCEPT = '.vcf,.vcard,.csv,.xlsx,.json,text/vcard,text/x-vcard,text/csv';

/** One request carries every file, and the server takes at most this many bytes per request. */
export const MAX_BYTES = IMPORT_LIMITS.fileBytes;

export type FileKind = 'vcard' | 'csv' | 'xlsx' | 'json';

const BY_EXTENSION: Record<string, FileKind> = {
  vcf: 'vcard',
  vcard: 'vcard',
  csv: 'csv',
  xlsx: 'xlsx',
  json: 'json',
};

const BY_MIME: Record<string, FileKind> = {
  'text/vcard': 'vcard',
  'text/x-vcard': 'vcard',
  'text/directory': 'vcard',
  'text/csv': 'csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/json': 'json',
};

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The kind of contact file a name (or, without a known extension, a MIME type) suggests. */
export function fileKind(file: Pick<File, 'name' | 'type'>): FileKind | undefined {
  return BY_EXTENSION[extension(file.name)] ?? BY_MIME[file.type.toLowerCase()];
}

/** Why a file is refused before anything is sent; the keys are under `import.reject`. */
export type RejectReason = 'unsupported' | 'xls' | 'zip' | 'empty';

export interface Rejected {
  name: string;
  reason: RejectReason;
}

/**
 * Splits picked or dropped files into those worth sending and those that cannot be contacts. A
 * file already in the list (same name, size and date) is not added twice.
 */
export function sortPicked(
  picked: readonly File[],
  current: readonly File[],
): { accepted: File[]; rejected: Rejected[] } {
  const accepted: File[] = [];
  const rejected: Rejected[] = [];
  const same = (a: File, b: File) =>
    a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;
  for (const f of picked) {
    if (current.some((c) => same(c, f)) || accepted.some((c) => same(c, f))) continue;
    const ext = extension(f.name);
    if (ext === 'xls') rejected.push({ name: f.name, reason: 'xls' });
    else if (ext === 'zip') rejected.push({ name: f.name, reason: 'zip' });
    else if (!fileKind(f)) rejected.push({ name: f.name, reason: 'unsupported' });
    else if (f.size === 0) rejected.push({ name: f.name, reason: 'empty' });
    else accepted.push(f);
  }
  return { accepted, rejected };
}

/** 1.2 MB, 340 KB, 12 B — decimal units, as file managers show them. */
export function formatSize(bytes: number, locale: string): string {
  // Intl spells bytes out ("402 byte"); B reads the same in both languages.
  if (bytes < 1000) return `${bytes} B`;
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let i = 0;
  while (value >= 1000 && i < units.length - 1) {
    value /= 1000;
    i++;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[i],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 && i > 0 ? 1 : 0,
  }).format(value);
}

export function totalSize(files: readonly File[]): number {
  return files.reduce((n, f) => n + f.size, 0);
}
