import { getCookie, setCookie } from 'hono/cookie';
import type { MiddlewareHandler } from 'hono';
import type { Executor } from '../core/context.js';
import { verifyAccessToken } from '../core/access/access.service.js';
import { httpError } from './errors.js';

export interface SecurityOptions {
  /** `host:port` values the Host header may carry (the server's own addresses). */
  allowedHosts: readonly string[];
  /** True when bound beyond loopback: every request must carry the access token. */
  requireToken: boolean;
  db: Executor;
}

export const TOKEN_COOKIE = 'tongxing_token';

/** The web app's policy: nothing inline, nothing from elsewhere, never framed. */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers on every answer, errors included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('X-Frame-Options', 'DENY');
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cross-Origin-Opener-Policy', 'same-origin');
  c.header('Cross-Origin-Resource-Policy', 'same-origin');
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The calendar feed carries its own secret in its URL (calendar apps send neither our header
 * nor our cookie), and it answers 404 without it. It needs no access token on top, or a phone on
 * the LAN could never subscribe. The Host check still applies: a rebinding page gains nothing.
 */
export const FEED_PATH = '/calendar.ics';

function isFeedRequest(path: string, method: string): boolean {
  return path === FEED_PATH && (method === 'GET' || method === 'HEAD');
}

/**
 * Any page the user visits can send requests to 127.0.0.1. A foreign Host means DNS rebinding
 * (evil.example resolving to 127.0.0.1); a foreign Origin on a write means a cross-site form or
 * fetch. Beyond loopback, the token is required as well (except on the calendar feed, which has
 * its own).
 */
export function guard(opts: SecurityOptions): MiddlewareHandler {
  const hosts = new Set(opts.allowedHosts.map((h) => h.toLowerCase()));
  const origins = new Set([...hosts].map((h) => `http://${h}`));
  return async (c, next) => {
    const host = (c.req.header('host') ?? '').toLowerCase();
    if (!hosts.has(host)) throw httpError(403, 'ForbiddenHost');
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined && !origins.has(origin.toLowerCase()))
        throw httpError(403, 'ForbiddenOrigin');
      if (origin === undefined && c.req.header('sec-fetch-site') === 'cross-site') {
        throw httpError(403, 'ForbiddenOrigin');
      }
    }
    if (opts.requireToken && !isFeedRequest(c.req.path, c.req.method)) {
      // Opening /?token=… once (the link printed by `tongxing serve`) stores it in a cookie.
      const fromQuery = c.req.method === 'GET' ? c.req.query('token') : undefined;
      if (fromQuery !== undefined && (await verifyAccessToken(opts.db, fromQuery))) {
        setCookie(c, TOKEN_COOKIE, fromQuery, { httpOnly: true, sameSite: 'Strict', path: '/' });
        return c.redirect(c.req.path, 303);
      }
      const bearer = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
      const token = bearer ?? getCookie(c, TOKEN_COOKIE);
      if (token === undefined || !(await verifyAccessToken(opts.db, token))) {
        throw httpError(401, 'Unauthorized');
      }
    }
    await next();
  };
}
