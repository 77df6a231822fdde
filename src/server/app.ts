import fs from 'node:fs';
import path from 'node:path';
import { OpenAPIHono } from '@hono/zod-openapi';
import { serveStatic } from '@hono/node-server/serve-static';
import { bodyLimit } from 'hono/body-limit';
import { effectiveTimeZone, getSettings } from '../core/settings/settings.service.js';
import type { Store } from '../db/store.js';
import { IMPORT_LIMITS } from '../formats/contacts/record.js';
import type { Env } from './env.js';
import { errorResponse, httpError, notFoundResponse } from './errors.js';
import { calendar, calendarFeed } from './routes/calendar.js';
import { exportRoutes } from './routes/export.js';
import { gatheringRoutes } from './routes/gatherings.js';
import { connect } from './routes/connect.js';
import { importRoutes } from './routes/import.js';
import { interactions } from './routes/interactions.js';
import { introductions } from './routes/introductions.js';
import { meta } from './routes/meta.js';
import { people } from './routes/people.js';
import { referrals } from './routes/referrals.js';
import { settings } from './routes/settings.js';
import { today } from './routes/today.js';
import { FEED_PATH, guard, securityHeaders } from './security.js';

export interface AppOptions {
  store: Store;
  version: string;
  /** `host:port` values the Host header may carry. */
  allowedHosts: readonly string[];
  requireToken: boolean;
  /** The built web app (dist/web); without it only the API is served. */
  webRoot?: string;
  now?: () => Date;
  /** Overrides the time-zone setting (tests). */
  timeZone?: string;
  /** Where unexpected errors are reported, once each. */
  logError?: (e: unknown) => void;
}

const MAX_BODY = 1024 * 1024;
/** Contact files can be large (photos in vCards); the importers bound what they read. */
const MAX_IMPORT_BODY = IMPORT_LIMITS.fileBytes;

/** The whole HTTP face: security, the JSON API, its OpenAPI document, and the web app. No listen. */
export function createApp(opts: AppOptions): OpenAPIHono<Env> {
  const { store } = opts;
  const now = opts.now ?? (() => new Date());
  const logError = opts.logError ?? ((e: unknown) => console.error(e));
  const app = new OpenAPIHono<Env>();

  app.use('*', securityHeaders);
  app.use(
    '*',
    guard({ allowedHosts: opts.allowedHosts, requireToken: opts.requireToken, db: store.db }),
  );
  const limit = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw httpError(413, 'PayloadTooLarge');
      },
    });
  const importLimit = limit(MAX_IMPORT_BODY);
  const apiLimit = limit(MAX_BODY);
  app.use('/api/*', async (c, next) => {
    const check = c.req.path === '/api/v1/import' ? importLimit : apiLimit;
    return check(c as never, next);
  });
  app.use('/api/v1/*', async (c, next) => {
    const timeZone = opts.timeZone ?? effectiveTimeZone(await getSettings(store.db));
    c.set('ctx', { db: store.db, now, timeZone });
    await next();
  });

  app.route('/api/v1', today(store));
  app.route('/api/v1', people);
  app.route('/api/v1', interactions);
  app.route('/api/v1', settings);
  app.route('/api/v1', importRoutes);
  app.route('/api/v1', connect);
  app.route('/api/v1', introductions);
  app.route('/api/v1', referrals);
  app.route('/api/v1', gatheringRoutes);
  app.route('/api/v1', meta(store, opts.version));
  app.route('/api/v1', calendar);
  app.route('/api/v1', exportRoutes);
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Tongxing (同行) API',
      version: opts.version,
      description: 'The local JSON API of Tongxing. Errors: { error: { code, message, details } }.',
    },
  });
  app.all('/api/*', (c) => notFoundResponse(c));
  app.get(FEED_PATH, calendarFeed(store, { now, timeZone: opts.timeZone }));

  if (opts.webRoot && fs.existsSync(path.join(opts.webRoot, 'index.html'))) {
    const root = path.relative(process.cwd(), opts.webRoot) || '.';
    app.use(
      '/assets/*',
      serveStatic({
        root,
        // Scripts and styles are gzipped at build time (scripts/build-web.mjs): a phone on the
        // LAN downloads a third of the bytes, and the server spends no CPU on it.
        precompressed: true,
        onFound: (_p, c) => {
          // File names carry a content hash: cache them for good.
          c.header('Cache-Control', 'public, max-age=31536000, immutable');
        },
      }),
    );
    app.use('*', serveStatic({ root }));
    // Client-side routes (/people/12 …) all load the app shell.
    const shell = fs.readFileSync(path.join(opts.webRoot, 'index.html'), 'utf8');
    app.get('*', (c) => {
      c.header('Cache-Control', 'no-cache');
      return c.html(shell);
    });
  }

  app.notFound((c) => notFoundResponse(c));
  app.onError((err, c) => errorResponse(err, c, logError));
  return app;
}
