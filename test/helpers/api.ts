import { expect } from 'vitest';
import type { FieldIssue } from '../../src/core/errors.js';
import { createApp } from '../../src/server/app.js';
import type { TestContext } from './test-db.js';

/** The Host header a browser sends to the server on its default port. */
export const HOST = '127.0.0.1:4747';
/** That server's origin. */
export const ORIGIN = `http://${HOST}`;

export type App = ReturnType<typeof createApp>;

/** The one error shape every route answers with. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    details: Record<string, unknown> & { issues?: FieldIssue[] };
  };
}

/**
 * The app on a test database, for HOST and without a token, on the context's clock and time zone.
 * What it logs as an unexpected error is dropped, or with `rethrow` fails the test.
 */
export function testApp(ctx: TestContext, opts: { rethrow?: boolean } = {}): App {
  return createApp({
    store: ctx.store,
    version: '0.1.0',
    allowedHosts: [HOST],
    requireToken: false,
    now: () => ctx.now(),
    timeZone: ctx.timeZone,
    logError: opts.rethrow
      ? (e) => {
          throw e;
        }
      : () => {},
  });
}

/** One request: the method, a path under the prefix, and a body sent as JSON or a language asked for. */
export type Request = (
  method: string,
  path: string,
  opts?: { body?: unknown; lang?: string },
) => Promise<Response>;

/**
 * Requests through `app()` (read at each call, so the app may be made in a beforeAll) to paths
 * under `prefix`, with the Host header a browser sends.
 */
export function requester(app: () => App, prefix = ''): Request {
  return (method, path, opts = {}) => {
    const headers: Record<string, string> = { host: HOST };
    if (opts.lang) headers['accept-language'] = opts.lang;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
    return Promise.resolve(app().request(`${ORIGIN}${prefix}${path}`, { method, headers, body }));
  };
}

/** The JSON body of a response that must have this status (200 unless told). */
export async function ok<T>(res: Response, status = 200): Promise<T> {
  const body: unknown = await res.json();
  expect(res.status, JSON.stringify(body)).toBe(status);
  return body as T;
}

/** The error of a response that must fail with this status and code, and say something. */
export async function fails(
  res: Response,
  status: number,
  code: string,
): Promise<ErrorBody['error']> {
  const body = (await res.json()) as ErrorBody;
  expect({ status: res.status, code: body.error?.code }).toEqual({ status, code });
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}
