import { createRoute, z } from '@hono/zod-openapi';
import {
  addIntroductionSchema,
  advanceIntroductionSchema,
  consentSchema,
} from '../../core/introductions/introductions.js';
import {
  addIntroduction,
  advanceIntroduction,
  getIntroductionWithDrafts,
  listIntroductions,
  removeIntroduction,
  setIntroductionConsent,
} from '../../core/introductions/introductions.service.js';
import { INTRO_OUTCOMES, INTRO_STAGES } from '../../core/vocab.js';
import { router } from '../env.js';
import { ErrorSchema, errors, IdParam, json } from '../schemas.js';

const tags = ['introductions'];
const ref = z.object({ id: z.number().int(), name: z.string() });
const date = z.string().openapi({ example: '2026-11-23', format: 'date' });
const instant = z.string().openapi({ format: 'date-time' });
const stage = z.enum(INTRO_STAGES.values);

const IntroductionSchema = z
  .object({
    id: z.number().int(),
    a: ref,
    b: ref,
    stage,
    outcome: z.enum(INTRO_OUTCOMES.values).nullable(),
    reason: z.string().nullable(),
    note: z.string().nullable(),
    consentA: instant.nullable(),
    consentB: instant.nullable(),
    introducedOn: date.nullable(),
    followUpOn: date.nullable(),
    createdAt: instant,
    updatedAt: instant,
    history: z.array(
      z.object({
        stage,
        at: instant,
        skipped: z.array(stage),
        note: z.string().nullable(),
      }),
    ),
  })
  .openapi('Introduction');

const both = z.object({ zh: z.string(), en: z.string() });
const IntroDraftsSchema = z
  .object({ askA: both, askB: both, introduce: both })
  .openapi('IntroDrafts');

const conflict = { 409: json(ErrorSchema, 'Not possible in its current state') };
const bool = z
  .enum(['true', 'false'])
  .optional()
  .transform((v) => (v === undefined ? undefined : v === 'true'));

export const introductions = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/introductions',
      tags,
      summary: 'Introductions (引荐), newest first; open=true: not finished with an outcome',
      request: {
        query: z.object({
          stage: z.string().optional().openapi({ example: 'asked-b' }),
          person: z
            .string()
            .optional()
            .openapi({ description: 'a person id or name (either side)' }),
          open: bool,
        }),
      },
      responses: { 200: json(z.array(IntroductionSchema), 'Introductions'), ...errors },
    }),
    async (c) => c.json(await listIntroductions(c.var.ctx, c.req.valid('query')), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/introductions',
      tags,
      summary:
        'Start an introduction of A (usually the one in need) and B at the stage idea; 409 IntroductionExists when the pair already has an open one',
      request: {
        body: {
          content: { 'application/json': { schema: addIntroductionSchema } },
          required: true,
        },
      },
      responses: { 201: json(IntroductionSchema, 'The introduction'), ...errors, ...conflict },
    }),
    async (c) => c.json(await addIntroduction(c.var.ctx, await c.req.json()), 201),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/introductions/{id}',
      tags,
      summary:
        'One introduction with message drafts (asking A, asking B, introducing) in Chinese and English, plain text for WeChat',
      request: { params: IdParam },
      responses: {
        200: json(
          IntroductionSchema.extend({ drafts: IntroDraftsSchema }),
          'The introduction and its drafts',
        ),
        ...errors,
      },
    }),
    async (c) => c.json(await getIntroductionWithDrafts(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/introductions/{id}/advance',
      tags,
      summary:
        'Move an introduction on: no `to` is the next stage; jumping needs skip: true (409 IntroductionStageSkipped); introduced needs both consents (409 IntroductionConsentMissing; consent in the same call counts); outcome needs `outcome`; declined ends one still being asked; never backwards',
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: advanceIntroductionSchema } } },
      },
      responses: { 200: json(IntroductionSchema, 'The introduction'), ...errors, ...conflict },
    }),
    async (c) => {
      const body: unknown = await c.req.json().catch(() => ({}));
      return c.json(
        await advanceIntroduction(c.var.ctx, c.req.valid('param').id, body as object),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/introductions/{id}/consent',
      tags,
      summary:
        'Record that one side said yes to being introduced (given: false withdraws it); asking never implies it',
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: consentSchema } }, required: true },
      },
      responses: { 200: json(IntroductionSchema, 'The introduction'), ...errors },
    }),
    async (c) =>
      c.json(
        await setIntroductionConsent(c.var.ctx, c.req.valid('param').id, await c.req.json()),
        200,
      ),
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/introductions/{id}',
      tags,
      summary: 'Delete an introduction recorded by mistake, with its history',
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted' }, ...errors },
    }),
    async (c) => {
      await removeIntroduction(c.var.ctx, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
