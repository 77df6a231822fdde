import { createRoute, z } from '@hono/zod-openapi';
import {
  EXPORT_FORMATS,
  exportPeople,
  type ExportFormat,
} from '../../core/exchange/export.service.js';
import { localDate } from '../../core/time/dates.js';
import { router } from '../env.js';
import { requestLang } from '../errors.js';
import { errors } from '../schemas.js';

const FILES: Record<ExportFormat, { type: string; ext: string }> = {
  vcard: { type: 'text/vcard; charset=utf-8', ext: 'vcf' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  ics: { type: 'text/calendar; charset=utf-8', ext: 'ics' },
};

const ExportQuery = z.object({
  format: z
    .enum(EXPORT_FORMATS as [ExportFormat, ...ExportFormat[]])
    .openapi({ param: { name: 'format', in: 'query' }, example: 'vcard' }),
  lang: z
    .enum(['zh', 'en'])
    .optional()
    .openapi({
      param: { name: 'lang', in: 'query' },
      description: 'Language of CSV headers and calendar text; default from Accept-Language',
    }),
  includeArchived: z
    .enum(['true', 'false'])
    .optional()
    .openapi({
      param: { name: 'includeArchived', in: 'query' },
      description: 'vCard and CSV: archived people too (the JSON backup always has them)',
    }),
});

const file = z.string().openapi({ format: 'binary' });

/** The CLI's `tongxing export` as a download. */
export const exportRoutes = router().openapi(
  createRoute({
    method: 'get',
    path: '/export',
    tags: ['export'],
    summary: 'Download everyone as vCard 3.0, CSV, the JSON backup, or the .ics calendar',
    request: { query: ExportQuery },
    responses: {
      200: {
        content: {
          'text/vcard': { schema: file },
          'text/csv': { schema: file },
          'application/json': { schema: file },
          'text/calendar': { schema: file },
        },
        description: 'The file, as an attachment named tongxing-YYYY-MM-DD.ext',
      },
      400: errors[400],
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const ctx = c.var.ctx;
    const { content } = await exportPeople(ctx, q.format, {
      lang: q.lang ?? requestLang(c),
      includeArchived: q.includeArchived === 'true',
    });
    const { type, ext } = FILES[q.format];
    const name = `tongxing-${localDate(ctx.now(), ctx.timeZone)}.${ext}`;
    return c.body(content, 200, {
      'Content-Type': type,
      'Content-Disposition': `attachment; filename="${name}"`,
      'Cache-Control': 'no-store',
    });
  },
);
