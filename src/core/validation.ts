import { z } from 'zod';
import { AppError, type FieldIssue } from './errors.js';
import { isValidDate } from './time/dates.js';
import { parseBirthday } from './time/birthdays.js';
import { resolveTerm, type Term } from './vocab.js';

/** Parses input with a schema; on failure throws one ValidationFailed naming every bad field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  rootField = 'input',
): z.output<S> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return r.data;
  throw validationError(r.error, rootField);
}

/** A zod error as our ValidationFailed, one issue per bad field (faces that validate first use it too). */
export function validationError(error: z.ZodError, rootField = 'input', input?: unknown): AppError {
  return new AppError('ValidationFailed', {
    issues: error.issues.map((i) =>
      // A validator that did not ask zod to report inputs: take the value from the input itself.
      toFieldIssue(
        i.input === undefined && input !== undefined
          ? ({ ...i, input: valueAt(input, i.path) } as z.core.$ZodIssue)
          : i,
        rootField,
      ),
    ),
  });
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function toFieldIssue(i: z.core.$ZodIssue, rootField: string): FieldIssue {
  const field = i.path.filter((p) => typeof p === 'string').join('.') || rootField;
  const value = i.input;
  switch (i.code) {
    case 'invalid_value':
      return { field, problem: 'invalid_value', value, allowed: i.values.map(String) };
    case 'too_small':
      if (i.origin === 'string' && Number(i.minimum) <= 1) return { field, problem: 'required' };
      return { field, problem: 'out_of_range', value, min: Number(i.minimum) };
    case 'too_big':
      if (i.origin === 'string') return { field, problem: 'too_long', max: Number(i.maximum) };
      if (i.origin === 'array') return { field, problem: 'too_many', max: Number(i.maximum) };
      return { field, problem: 'out_of_range', value, max: Number(i.maximum) };
    case 'invalid_type':
      return value === undefined || value === null
        ? { field, problem: 'required' }
        : { field, problem: 'invalid_format', value };
    case 'invalid_union':
      // e.g. a person given by id or name: nothing given is "required", not "wrong format".
      return value === undefined || value === null || value === ''
        ? { field, problem: 'required' }
        : { field, problem: 'invalid_format', value };
    case 'custom': {
      const params = (i.params ?? {}) as Partial<FieldIssue>;
      return { field, problem: params.problem ?? 'invalid_format', value, ...params };
    }
    default:
      return { field, problem: 'invalid_format', value };
  }
}

/** A person given by id or by name (resolved with `resolvePerson`). */
export const personRef = z.union([z.string().trim().min(1), z.number().int().positive()]);

/** A closed-vocabulary field that also accepts the Chinese or English label of a value. */
export function termField<K extends string>(v: { values: K[]; terms: Record<K, Term> }) {
  return z
    .string()
    .transform((s) => resolveTerm(v, s) ?? s)
    .pipe(z.enum(v.values as [K, ...K[]]));
}

/** A calendar date `YYYY-MM-DD` that exists. */
export const dateField = z
  .string()
  .trim()
  .refine(isValidDate, { params: { problem: 'invalid_date' } });

/** A birthday `YYYY-MM-DD` or `--MM-DD`. */
export const birthdayField = z
  .string()
  .trim()
  .refine((s) => parseBirthday(s) !== undefined, { params: { problem: 'invalid_date' } });

/** Optional free text: trimmed; empty means "clear it" (null). */
export function optionalText(max: number) {
  return z
    .string()
    .trim()
    .max(max)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional();
}

/** A list of short texts: trimmed, blanks dropped, duplicates removed, order kept. */
export function textList(maxItems: number, maxLength = 200) {
  return z
    .array(z.string().trim().max(maxLength))
    .max(maxItems)
    .transform((xs) => [...new Set(xs.filter((x) => x !== ''))]);
}
