import { createRoute, z } from '@hono/zod-openapi';
import {
  bulkTierSchema,
  createPersonSchema,
  snoozeSchema,
  updatePersonSchema,
} from '../../core/people/people.js';
import {
  archivePerson,
  createPerson,
  getPerson,
  listPeople,
  restorePerson,
  setTierForPeople,
  snoozePerson,
  updatePerson,
} from '../../core/people/people.service.js';
import { getPhoto } from '../../core/people/photos.service.js';
import { router } from '../env.js';
import { notFoundResponse } from '../errors.js';
import { errors, IdParam, json, PersonSchema, PersonSummarySchema } from '../schemas.js';

const tags = ['people'];

const ListQuery = z.object({
  tier: z.string().optional(),
  stage: z.string().optional(),
  tag: z.string().optional(),
  search: z.string().optional(),
  archived: z.enum(['exclude', 'include', 'only']).optional(),
  limit: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

export const people = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/people',
      tags,
      summary: 'List people by tier, stage, tag, or a search (pinyin and initials work)',
      request: { query: ListQuery },
      responses: { 200: json(z.array(PersonSummarySchema), 'People'), 400: errors[400] },
    }),
    async (c) => {
      const q = c.req.valid('query');
      const rows = await listPeople(c.var.ctx, {
        tier: q.tier,
        stage: q.stage,
        tag: q.tag,
        search: q.search,
        includeArchived: q.archived === 'include',
        archivedOnly: q.archived === 'only',
        limit: q.limit,
      });
      return c.json(rows, 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people',
      tags,
      summary: 'Add a person',
      request: {
        body: { content: { 'application/json': { schema: createPersonSchema } }, required: true },
      },
      responses: { 201: json(PersonSchema, 'The person as stored'), 400: errors[400] },
    }),
    async (c) => c.json(await createPerson(c.var.ctx, await c.req.json()), 201),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/bulk/tier',
      tags,
      summary: 'Move many people to one tier',
      request: {
        body: { content: { 'application/json': { schema: bulkTierSchema } }, required: true },
      },
      responses: {
        200: json(z.object({ updated: z.number().int() }), 'How many moved'),
        ...errors,
      },
    }),
    async (c) => c.json(await setTierForPeople(c.var.ctx, await c.req.json()), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}',
      tags,
      summary: 'One person',
      request: { params: IdParam },
      responses: { 200: json(PersonSchema, 'The person'), ...errors },
    }),
    async (c) => c.json(await getPerson(c.var.ctx.db, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/people/{id}/photo',
      tags,
      summary: 'The contact photo (imported from an address book), if any',
      request: { params: IdParam },
      responses: {
        200: {
          description: 'The image',
          content: { 'image/*': { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...errors,
      },
    }),
    async (c) => {
      const photo = await getPhoto(c.var.ctx.db, c.req.valid('param').id);
      if (!photo) return notFoundResponse(c);
      return c.body(Buffer.from(photo.data), 200, {
        'Content-Type': photo.contentType,
        'Cache-Control': 'private, no-cache',
      });
    },
  )
  .openapi(
    createRoute({
      method: 'patch',
      path: '/people/{id}',
      tags,
      summary: 'Change some fields (a list replaces the stored list; null or "" clears)',
      request: {
        params: IdParam,
        body: { content: { 'application/json': { schema: updatePersonSchema } }, required: true },
      },
      responses: { 200: json(PersonSchema, 'The person'), ...errors },
    }),
    async (c) =>
      c.json(await updatePerson(c.var.ctx, c.req.valid('param').id, await c.req.json()), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/archive',
      tags,
      summary: 'Archive (kept, can be restored)',
      request: { params: IdParam },
      responses: { 200: json(PersonSchema, 'The archived person'), ...errors },
    }),
    async (c) => c.json(await archivePerson(c.var.ctx, c.req.valid('param').id), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/restore',
      tags,
      summary: 'Bring an archived person back',
      request: { params: IdParam },
      responses: { 200: json(PersonSchema, 'The person'), ...errors },
    }),
    async (c) => {
      // Restore looks among archived people too: resolve by id explicitly.
      return c.json(await restorePerson(c.var.ctx, c.req.valid('param').id), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/people/{id}/snooze',
      tags,
      summary: 'Pause reminders until a date (null resumes)',
      request: {
        params: IdParam,
        body: {
          content: {
            'application/json': {
              schema: z.object({ until: snoozeSchema.shape.until.nullable() }),
            },
          },
          required: true,
        },
      },
      responses: { 200: json(PersonSchema, 'The person'), ...errors },
    }),
    async (c) => {
      const { until } = await c.req.json<{ until: string | null }>();
      return c.json(await snoozePerson(c.var.ctx, c.req.valid('param').id, until), 200);
    },
  );
