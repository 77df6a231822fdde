import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../core/errors.js';
import type { ImportSource } from '../../core/exchange/import.js';
import { importFiles } from '../../core/exchange/import.service.js';
import { IMPORT_FORMATS, MAPPABLE_FIELDS } from '../../formats/contacts/record.js';
import { router } from '../env.js';
import { ErrorSchema, errors, json } from '../schemas.js';

const tags = ['import'];

const boolFlag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

const ImportQuery = z.object({
  format: z.enum(IMPORT_FORMATS).optional().openapi({ example: 'auto' }),
  dryRun: boolFlag.openapi({ description: 'Plan only: nothing is written', example: 'true' }),
  overwrite: boolFlag.openapi({ description: 'Merges replace existing values' }),
  sheet: z.string().optional().openapi({ description: 'Excel sheet (default: the first)' }),
  map: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .openapi({ description: `COLUMN=field, repeatable; fields: ${MAPPABLE_FIELDS.join(', ')}` }),
});

const RecordResult = z.object({
  file: z.string(),
  line: z.number().int(),
  name: z.string(),
  action: z.enum(['create', 'merge', 'skip']),
  personId: z.number().int().optional(),
  matchedBy: z.enum(['uid', 'email', 'phone', 'handle', 'name_company']).optional(),
  matchedName: z.string().optional(),
  changed: z.array(z.string()).optional(),
  kept: z.array(z.string()).optional(),
  reason: z.enum(['no_name', 'no_new_info']).optional(),
});

export const ImportResultSchema = z
  .object({
    dryRun: z.boolean(),
    files: z.array(
      z.object({
        file: z.string(),
        format: z.string(),
        encoding: z.string(),
        records: z.number().int(),
      }),
    ),
    created: z.number().int(),
    merged: z.number().int(),
    skipped: z.number().int(),
    errors: z.array(
      z.object({
        file: z.string(),
        line: z.number().int(),
        name: z.string(),
        field: z.string(),
        problem: z.string(),
        value: z.string().optional(),
        max: z.number().optional(),
      }),
    ),
    records: z.array(RecordResult),
    unmappedColumns: z.array(z.object({ file: z.string(), columns: z.array(z.string()) })),
    interactions: z.number().int().optional(),
  })
  .openapi('ImportResult');

export const importRoutes = router().openapi(
  createRoute({
    method: 'post',
    path: '/import',
    tags,
    summary:
      'Import contact files (multipart field "files", one or more): vCard, CSV, xlsx or a JSON backup. dryRun=true returns the plan without writing.',
    request: {
      query: ImportQuery,
      body: {
        content: {
          'multipart/form-data': {
            schema: z.object({
              files: z
                .union([z.any(), z.array(z.any())])
                .openapi({ type: 'string', format: 'binary' }),
            }),
          },
        },
        required: true,
      },
    },
    responses: {
      200: json(
        ImportResultSchema,
        'What was (or, in a dry run, would be) created, merged and skipped',
      ),
      400: errors[400],
      409: json(ErrorSchema, 'A JSON backup goes into an empty database only'),
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const body = await c.req.parseBody({ all: true });
    const raw = body.files;
    const list = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (f): f is File => typeof f === 'object' && f !== null && 'arrayBuffer' in f,
    );
    if (list.length === 0) {
      throw new AppError('ValidationFailed', { issues: [{ field: 'files', problem: 'required' }] });
    }
    const sources: ImportSource[] = [];
    for (const f of list)
      sources.push({ file: f.name || 'upload', bytes: new Uint8Array(await f.arrayBuffer()) });
    const result = await importFiles(c.var.ctx, sources, {
      format: q.format,
      dryRun: q.dryRun,
      overwrite: q.overwrite,
      sheet: q.sheet,
      map: q.map,
    });
    return c.json(result, 200);
  },
);
