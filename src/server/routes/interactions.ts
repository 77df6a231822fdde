import { createRoute, z } from '@hono/zod-openapi';
import { logInteractionSchema } from '../../core/interactions/interactions.js';
import {
  deleteInteraction,
  listInteractions,
  logInteraction,
} from '../../core/interactions/interactions.service.js';
import { router } from '../env.js';
import { errors, IdParam, InteractionSchema, json } from '../schemas.js';

const tags = ['interactions'];

export const interactions = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/interactions',
      tags,
      summary: 'Interactions, newest first; with one person when `person` is given',
      request: {
        query: z.object({
          person: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(10_000).optional(),
        }),
      },
      responses: { 200: json(z.array(InteractionSchema), 'Interactions'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await listInteractions(c.var.ctx, { person: q.person, limit: q.limit }), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/interactions',
      tags,
      summary: "Log an interaction with one or more people; resets each one's contact clock",
      request: {
        body: { content: { 'application/json': { schema: logInteractionSchema } }, required: true },
      },
      responses: { 201: json(InteractionSchema, 'The interaction'), ...errors },
    }),
    async (c) => c.json(await logInteraction(c.var.ctx, await c.req.json()), 201),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/interactions/{id}',
      tags,
      summary:
        'Delete a mistaken interaction (the clocks rewind); returns it, so it can be logged again',
      request: { params: IdParam },
      responses: { 200: json(InteractionSchema, 'The deleted interaction'), ...errors },
    }),
    async (c) => c.json(await deleteInteraction(c.var.ctx, c.req.valid('param').id), 200),
  );
