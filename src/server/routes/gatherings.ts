import { createRoute, z } from '@hono/zod-openapi';
import { planGatheringSchema } from '../../core/gatherings/gatherings.js';
import {
  cancelGathering,
  listGatherings,
  markGatheringHeld,
  planGathering,
  suggestGatherings,
} from '../../core/gatherings/gatherings.service.js';
import { GATHERING_STATUSES } from '../../core/vocab.js';
import { requestLang } from '../errors.js';
import { router } from '../env.js';
import { errors, ErrorSchema, IdParam, json } from '../schemas.js';

const tags = ['gatherings'];
const ref = z.object({ id: z.number().int(), name: z.string() });

const GatheringSuggestionSchema = z
  .object({ people: z.array(ref), score: z.number(), reasons: z.array(z.string()) })
  .openapi('GatheringSuggestion');

const GatheringSchema = z
  .object({
    id: z.number().int(),
    title: z.string(),
    on: z.string().nullable().openapi({ format: 'date', example: '2026-11-28' }),
    place: z.string().nullable(),
    status: z.enum(GATHERING_STATUSES.values),
    reasons: z.array(z.string()),
    note: z.string().nullable(),
    people: z.array(ref),
    createdAt: z.string().openapi({ format: 'date-time' }),
    updatedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('Gathering');

const conflict = json(ErrorSchema, 'Already held or cancelled');

export const gatheringRoutes = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/gatherings/suggestions',
      tags,
      summary:
        'Small gatherings worth hosting: 3–5 people who each share something with someone, where a need meets an offer; reasons in the request language',
      request: {
        query: z.object({
          size: z.coerce.number().int().min(3).max(5).optional().openapi({ example: 4 }),
          limit: z.coerce.number().int().min(1).max(50).optional().openapi({ example: 10 }),
          around: z.string().optional().openapi({ description: 'a person id or name' }),
        }),
      },
      responses: { 200: json(z.array(GatheringSuggestionSchema), 'Suggestions'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await suggestGatherings(c.var.ctx, q, requestLang(c)), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/gatherings',
      tags,
      summary: 'Gatherings: planned ones first (soonest first), then held and cancelled ones',
      request: {
        query: z.object({
          status: z.string().optional().openapi({ example: 'planned' }),
        }),
      },
      responses: { 200: json(z.array(GatheringSchema), 'Gatherings'), 400: errors[400] },
    }),
    async (c) =>
      c.json(await listGatherings(c.var.ctx, { status: c.req.valid('query').status }), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/gatherings',
      tags,
      summary:
        'Plan a gathering (from a suggestion or by hand, 2–12 people); the title and reasons are filled in when left out',
      request: {
        body: { content: { 'application/json': { schema: planGatheringSchema } }, required: true },
      },
      responses: { 201: json(GatheringSchema, 'The planned gathering'), ...errors },
    }),
    async (c) => c.json(await planGathering(c.var.ctx, await c.req.json(), requestLang(c)), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/gatherings/{id}/held',
      tags,
      summary:
        'Mark a planned gathering held: everyone in it knows everyone, and one offline meetup with all of them is logged',
      request: { params: IdParam },
      responses: { 200: json(GatheringSchema, 'The gathering'), ...errors, 409: conflict },
    }),
    async (c) => c.json(await markGatheringHeld(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/gatherings/{id}/cancel',
      tags,
      summary: 'Cancel a planned gathering',
      request: { params: IdParam },
      responses: { 200: json(GatheringSchema, 'The gathering'), ...errors, 409: conflict },
    }),
    async (c) => c.json(await cancelGathering(c.var.ctx, c.req.valid('param').id), 200),
  );
