import { createRoute, z } from '@hono/zod-openapi';
import { LEANS } from '../../core/referrals/reciprocity.js';
import { getReciprocity, listReciprocity } from '../../core/referrals/reciprocity.service.js';
import { addReferralSchema, advanceReferralSchema } from '../../core/referrals/referrals.js';
import {
  addReferral,
  advanceReferral,
  listReferrals,
  removeReferral,
  thankReferral,
} from '../../core/referrals/referrals.service.js';
import { REFERRAL_DIRECTIONS, REFERRAL_STATUSES } from '../../core/vocab.js';
import { router } from '../env.js';
import { ErrorSchema, errors, IdParam, json } from '../schemas.js';

const tags = ['referrals'];
const ref = z.object({ id: z.number().int(), name: z.string() });
const date = z.string().openapi({ example: '2026-11-23', format: 'date' });
const instant = z.string().openapi({ format: 'date-time' });

const ReferralSchema = z
  .object({
    id: z.number().int(),
    direction: z.enum(REFERRAL_DIRECTIONS.values),
    person: ref,
    client: z.string(),
    project: z.string().nullable(),
    value: z.number().nullable().openapi({ example: 12000 }),
    currency: z.string().openapi({ example: 'CNY' }),
    status: z.enum(REFERRAL_STATUSES.values),
    referredOn: date,
    followUpOn: date.nullable(),
    closedOn: date.nullable(),
    thanksSentOn: date.nullable(),
    note: z.string().nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .openapi('Referral');

const ReciprocitySchema = z
  .object({
    person: ref,
    given: z.object({
      referrals: z.number().int(),
      introductions: z.number().int(),
      help: z.number().int(),
    }),
    received: z.object({ referrals: z.number().int(), help: z.number().int() }),
    givenTotal: z.number().int(),
    receivedTotal: z.number().int(),
    lean: z.enum(LEANS),
    wonValue: z.object({ given: z.number(), received: z.number() }),
  })
  .openapi('Reciprocity');

const conflict = { 409: json(ErrorSchema, 'Not possible in its current state') };
const bool = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const referrals = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/referrals',
      tags,
      summary: 'Referrals (转介绍), newest first; open=true: still referred or in talks',
      request: {
        query: z.object({
          direction: z.string().optional().openapi({ example: 'out' }),
          status: z.string().optional().openapi({ example: 'in-talks' }),
          person: z.string().optional().openapi({ description: 'a person id or name' }),
          open: bool,
        }),
      },
      responses: { 200: json(z.array(ReferralSchema), 'Referrals'), ...errors },
    }),
    async (c) => {
      const q = c.req.valid('query');
      return c.json(await listReferrals(c.var.ctx, q), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/referrals',
      tags,
      summary:
        'Record a referral: out (I pass a client to a peer) or in (a peer sends me one); follow-up defaults to 14 days after referredOn',
      request: {
        body: { content: { 'application/json': { schema: addReferralSchema } }, required: true },
      },
      responses: { 201: json(ReferralSchema, 'The referral'), ...errors },
    }),
    async (c) => c.json(await addReferral(c.var.ctx, await c.req.json()), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/referrals/{id}/advance',
      tags,
      summary:
        'Move a referral forward (referred → in-talks → won | lost), or change its follow-up date or note; closed referrals refuse (409 ReferralClosed)',
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: advanceReferralSchema } } },
      },
      responses: { 200: json(ReferralSchema, 'The referral'), ...errors, ...conflict },
    }),
    async (c) => {
      const body: unknown = await c.req.json().catch(() => ({}));
      return c.json(await advanceReferral(c.var.ctx, c.req.valid('param').id, body as object), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/referrals/{id}/thanks',
      tags,
      summary:
        'Record that I thanked the peer who sent me this referral (today); only for incoming referrals (409 ReferralNotIncoming)',
      request: { params: IdParam },
      responses: { 200: json(ReferralSchema, 'The referral'), ...errors, ...conflict },
    }),
    async (c) => c.json(await thankReferral(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/referrals/{id}',
      tags,
      summary: 'Delete a referral recorded by mistake',
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await removeReferral(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}/reciprocity',
      tags,
      summary:
        'Give and take with one person: referrals, introductions and help given vs received; lean "receiving" means I owe them',
      request: { params: IdParam },
      responses: { 200: json(ReciprocitySchema, 'The balance'), ...errors },
    }),
    async (c) => c.json(await getReciprocity(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/reciprocity',
      tags,
      summary:
        'Balances of everyone, most out of balance first; lean=receiving lists the people I owe',
      request: {
        query: z.object({
          lean: z.enum(LEANS).optional(),
          limit: z.coerce.number().int().min(1).max(500).optional().openapi({ example: 20 }),
        }),
      },
      responses: { 200: json(z.array(ReciprocitySchema), 'Balances'), ...errors },
    }),
    async (c) => c.json(await listReciprocity(c.var.ctx, c.req.valid('query')), 200),
  );
