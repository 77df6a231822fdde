import type { z } from 'zod';
import type { FieldIssue } from '../errors.js';
import { LIMITS } from '../people/people.js';
import { parseBirthday } from '../time/birthdays.js';
import { isValidDate } from '../time/dates.js';
import type { MergeFields } from './merge.js';

export interface SanitizeIssue {
  field: string;
  problem: FieldIssue['problem'];
  value?: string;
  max?: number;
}

const FIELDS = [
  'name',
  'nameLatin',
  'nicknames',
  'company',
  'title',
  'city',
  'handles',
  'tags',
  'birthday',
  'metOn',
  'metHow',
  'note',
] as const;
type Field = (typeof FIELDS)[number];

const short = (s: string | null, max: number) => s === null || s.length <= max;
const shortList = (xs: readonly string[], items: number, max: number) =>
  xs.length <= items && xs.every((x) => x.length <= max);

/**
 * The schema's size limits, checked without it. Readers give well-formed values (real dates,
 * known platforms), so for nearly every record this is all there is to check; anything it doubts
 * goes through the schema, which says exactly what is wrong.
 */
function withinLimits(f: MergeFields): boolean {
  return (
    f.name.trim() !== '' &&
    f.name.length <= LIMITS.name &&
    short(f.nameLatin, LIMITS.name) &&
    shortList(f.nicknames, LIMITS.nicknames, LIMITS.nickname) &&
    short(f.company, LIMITS.company) &&
    short(f.title, LIMITS.title) &&
    short(f.city, LIMITS.city) &&
    f.handles.length <= LIMITS.handles &&
    f.handles.every((h) => h.value.trim() !== '') &&
    shortList(f.tags, LIMITS.tags, LIMITS.tag) &&
    short(f.metHow, LIMITS.metHow) &&
    short(f.note, LIMITS.note) &&
    (f.birthday === null || parseBirthday(f.birthday) !== undefined) &&
    (f.metOn === null || isValidDate(f.metOn))
  );
}

const preview = (v: unknown): string | undefined => {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
};

/**
 * An imported record checked against the person schema, keeping all it can: a list item that is
 * too long is dropped, a list that is too long is cut, a name that is too long is shortened, and
 * any other bad value is left out. Each change is reported. Returns the same object when nothing
 * needed fixing (callers compare fields by reference to find what a merge changed).
 */
export function sanitizeFields(
  fields: MergeFields,
  schema: z.ZodType,
): { fields: MergeFields; issues: SanitizeIssue[] } {
  if (withinLimits(fields)) return { fields, issues: [] };
  const issues: SanitizeIssue[] = [];
  let current = fields;
  // Each round fixes every issue zod found; a fix cannot create a new issue, so two rounds
  // suffice. The bound only guards against a schema change that breaks that assumption.
  for (let round = 0; round < 5; round++) {
    const input: Record<string, unknown> = {};
    for (const f of FIELDS) input[f] = current[f] ?? undefined;
    const r = schema.safeParse(input);
    if (r.success) return { fields: current, issues };
    const next: MergeFields = { ...current };
    const drop = new Map<Field, Set<number>>();
    for (const i of r.error.issues) {
      const field = i.path[0] as Field;
      const item = typeof i.path[1] === 'number' ? i.path[1] : undefined;
      const value = item === undefined ? current[field] : (current[field] as unknown[])[item];
      const tooBig = i.code === 'too_big';
      const max = tooBig ? Number(i.maximum) : undefined;
      if (item !== undefined) {
        (drop.get(field) ?? drop.set(field, new Set()).get(field)!).add(item);
        issues.push({
          field,
          problem: tooBig ? 'too_long' : 'invalid_value',
          value: preview(value),
          max,
        });
      } else if (tooBig && Array.isArray(value)) {
        (next as unknown as Record<string, unknown>)[field] = value.slice(0, max);
        issues.push({ field, problem: 'too_many', max });
      } else if (field === 'name' && tooBig) {
        next.name = Array.from(current.name).slice(0, max).join('');
        issues.push({ field, problem: 'too_long', value: preview(value), max });
      } else {
        (next as unknown as Record<string, unknown>)[field] = Array.isArray(value) ? [] : null;
        issues.push({
          field,
          problem: tooBig ? 'too_long' : 'invalid_value',
          value: preview(value),
          max,
        });
      }
    }
    for (const [field, items] of drop) {
      const list = next[field] as unknown[];
      (next as unknown as Record<string, unknown>)[field] = list.filter((_, i) => !items.has(i));
    }
    current = next;
  }
  return { fields: current, issues };
}
