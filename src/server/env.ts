import { OpenAPIHono } from '@hono/zod-openapi';
import type { Ctx } from '../core/context.js';
import { validationError } from '../core/validation.js';

/** What every route handler can read: the service context built for this request. */
export interface Env {
  Variables: { ctx: Ctx };
}

/** A router whose validation failures leave in the one error shape. */
export function router(): OpenAPIHono<Env> {
  return new OpenAPIHono<Env>({
    defaultHook: (result) => {
      // The validator passes the raw input along as `data` (untyped on failure).
      if (!result.success) {
        throw validationError(result.error, 'input', (result as { data?: unknown }).data);
      }
    },
  });
}
