import { createRoute, z } from '@hono/zod-openapi';
import {
  addKnows,
  removeKnows,
  suggestIntroductions,
  whoCanHelp,
} from '../../core/connector/connector.service.js';
import { requestLang } from '../errors.js';
import { router } from '../env.js';
import { errors, json } from '../schemas.js';

const tags = ['connector'];
const ref = z.object({ id: z.number().int(), name: z.string() });

const SuggestionSchema = z
  .object({ a: ref, b: ref, score: z.number(), reasons: z.array(z.string()) })
  .openapi('Suggestion');
const WhoSchema = z
  .object({ person: ref, score: z.number(), reasons: z.array(z.string()) })
  .openapi('WhoAnswer');

const limit = (max: number) =>
  z.coerce.number().int().min(1).max(max).optional().openapi({ example: 10 });

export const connect = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/match',
      tags,
      summary:
        'Introductions worth making (A needs what B offers, or seeks someone like B), best first, with reasons in the request language',
      request: {
        query: z.object({
          for: z.string().optional().openapi({ description: 'a person id or name' }),
          limit: limit(500),
        }),
      },
      responses: { 200: json(z.array(SuggestionSchema), 'Suggestions'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await suggestIntroductions(c.var.ctx, { for: q.for, limit: q.limit }, requestLang(c)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/who',
      tags,
      summary: '"Who can help?": people ranked for a free-text question, with reasons',
      request: {
        query: z.object({
          q: z.string().openapi({ example: '谁会做小程序开发' }),
          limit: limit(200),
        }),
      },
      responses: { 200: json(z.array(WhoSchema), 'People who can help'), 400: errors[400] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(
        await whoCanHelp(c.var.ctx, { text: q.q, limit: q.limit }, requestLang(c)),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/knows',
      tags,
      summary: 'Record that two people know each other (they are no longer suggested)',
      request: {
        body: {
          content: {
            'application/json': {
              schema: z.object({
                a: z.union([z.number().int(), z.string()]),
                b: z.union([z.number().int(), z.string()]),
              }),
            },
          },
          required: true,
        },
      },
      responses: {
        200: json(z.object({ a: ref, b: ref, added: z.boolean() }), 'The pair'),
        ...errors,
      },
    }),
    async (c) => {
      const { a, b } = await c.req.json<{ a: number | string; b: number | string }>();
      return c.json(await addKnows(c.var.ctx, a, b), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/knows',
      tags,
      summary:
        'Forget that two people know each other (they can be suggested again, unless an introduction of them exists)',
      request: {
        query: z.object({
          a: z.string().openapi({ description: 'a person id or name' }),
          b: z.string().openapi({ description: 'a person id or name' }),
        }),
      },
      responses: {
        200: json(z.object({ a: ref, b: ref, removed: z.boolean() }), 'The pair'),
        ...errors,
      },
    }),
    async (c) => {
      const { a, b } = c.req.valid('query');
      return c.json(await removeKnows(c.var.ctx, a, b), 200);
    },
  );
