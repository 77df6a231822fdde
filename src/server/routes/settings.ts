import { createRoute, z } from '@hono/zod-openapi';
import { getSettings, resetSetting, setSetting } from '../../core/settings/settings.service.js';
import { router } from '../env.js';
import { errors, json, SettingsSchema } from '../schemas.js';

const tags = ['settings'];
const KeyParam = z.object({
  key: z.string().openapi({ param: { name: 'key', in: 'path' }, example: 'cadence.core' }),
});

export const settings = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/settings',
      tags,
      summary: 'All settings, by key',
      responses: { 200: json(SettingsSchema, 'Settings') },
    }),
    async (c) => c.json(await getSettings(c.var.ctx.db), 200),
  )
  .openapi(
    createRoute({
      method: 'put',
      path: '/settings/{key}',
      tags,
      summary: 'Change a setting (a cadence change re-plans everyone at once)',
      request: {
        params: KeyParam,
        body: {
          content: { 'application/json': { schema: z.object({ value: z.unknown() }) } },
          required: true,
        },
      },
      responses: { 200: json(SettingsSchema, 'Settings'), 400: errors[400] },
    }),
    async (c) => {
      const { value } = await c.req.json<{ value: unknown }>();
      return c.json(await setSetting(c.var.ctx, c.req.valid('param').key, value), 200);
    },
  )
  .openapi(
    createRoute({
      method: 'delete',
      path: '/settings/{key}',
      tags,
      summary: 'Put a setting back to its default',
      request: { params: KeyParam },
      responses: { 200: json(SettingsSchema, 'Settings'), 400: errors[400] },
    }),
    async (c) => c.json(await resetSetting(c.var.ctx, c.req.valid('param').key), 200),
  );
