import { createRoute } from '@hono/zod-openapi';
import { agendaSchema } from '../../core/agenda/agenda.js';
import { getAgenda } from '../../core/agenda/agenda.service.js';
import { router } from '../env.js';
import { AgendaSchema, errors, json } from '../schemas.js';

export const today = router().openapi(
  createRoute({
    method: 'get',
    path: '/today',
    tags: ['agenda'],
    summary: "Today's agenda: due people, 24-hour follow-ups, birthdays, capacity warnings",
    request: { query: agendaSchema },
    responses: { 200: json(AgendaSchema, 'The agenda'), 400: errors[400] },
  }),
  async (c) => c.json(await getAgenda(c.var.ctx, { date: c.req.valid('query').date }), 200),
);
