import { createRoute } from '@hono/zod-openapi';
import { agendaSchema } from '../../core/agenda/agenda.js';
import { getAgenda } from '../../core/agenda/agenda.service.js';
import { dataVersion } from '../../db/data-version.js';
import type { Store } from '../../db/store.js';
import { router } from '../env.js';
import { AgendaSchema, errors, json } from '../schemas.js';

const route = createRoute({
  method: 'get',
  path: '/today',
  tags: ['agenda'],
  summary: "Today's agenda: due people, 24-hour follow-ups, birthdays, capacity warnings",
  request: { query: agendaSchema },
  responses: {
    200: json(AgendaSchema, 'The agenda'),
    304: { description: 'Unchanged since the ETag given' },
    400: errors[400],
  },
});

/**
 * The agenda is read far more often than the data changes (every page load, every tab), and at
 * 10,000 people it is ~100 KB of JSON. Answers are kept per (query, minute, database version):
 * any write, from this server or another process, moves the version; the minute keeps the
 * follow-up hours current. Repeat visits get 304 through the ETag.
 */
export function today(store: Store) {
  const cache = new Map<string, string>();
  return router().openapi(route, async (c) => {
    const ctx = c.var.ctx;
    const { date } = c.req.valid('query');
    const minute = Math.floor(ctx.now().getTime() / 60_000);
    const key = `${date ?? ''}|${minute}|${ctx.timeZone}|${dataVersion(store.sqlite)}`;
    const etag = `"${key}"`;
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag });
    let body = cache.get(key);
    if (body === undefined) {
      body = JSON.stringify(await getAgenda(ctx, { date }));
      if (cache.size >= 16) cache.delete(cache.keys().next().value!);
      cache.set(key, body);
    }
    return c.body(body, 200, {
      'Content-Type': 'application/json',
      ETag: etag,
      'Cache-Control': 'no-cache',
    });
  });
}
