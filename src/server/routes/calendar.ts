import type { Context, Handler } from 'hono';
import { createRoute } from '@hono/zod-openapi';
import {
  calendarPath,
  ensureCalendarToken,
  exportCalendar,
  regenerateCalendarToken,
  verifyCalendarToken,
} from '../../core/exchange/calendar.service.js';
import type { CalendarLink } from '../../core/exchange/exchange.js';
import { isLang, type Lang } from '../../core/i18n/lang.js';
import { effectiveTimeZone, getSettings } from '../../core/settings/settings.service.js';
import type { Store } from '../../db/store.js';
import { router, type Env } from '../env.js';
import { notFoundResponse, requestLang } from '../errors.js';
import { CalendarLinkSchema, json } from '../schemas.js';

const tags = ['calendar'];

/** The feed URL as the browser reached us: the Host has passed the guard, so it is one of ours. */
function link(c: Context<Env>, token: string): CalendarLink {
  const path = calendarPath(token);
  c.header('Cache-Control', 'no-store');
  return { url: `http://${c.req.header('host')}${path}`, path };
}

/** The secret subscription URL for the Settings page, and its regeneration. */
export const calendar = router()
  .openapi(
    createRoute({
      method: 'get',
      path: '/calendar',
      tags,
      summary: 'The secret calendar subscription URL (created on first use)',
      responses: { 200: json(CalendarLinkSchema, 'The feed URL with its token') },
    }),
    async (c) => c.json(link(c, await ensureCalendarToken(c.var.ctx)), 200),
  )
  .openapi(
    createRoute({
      method: 'post',
      path: '/calendar/regenerate',
      tags,
      summary: 'Replace the calendar token: the old URL stops working at once',
      responses: { 200: json(CalendarLinkSchema, 'The new feed URL') },
    }),
    async (c) => c.json(link(c, await regenerateCalendarToken(c.var.ctx)), 200),
  );

/**
 * `GET /calendar.ics?token=…`: the iCalendar feed calendar apps subscribe to. A missing or wrong
 * token gets the same 404 as any unknown address, so nothing says a feed is here. The URL holds
 * a secret: it is never logged, and shared caches are told not to keep the answer.
 */
export function calendarFeed(store: Store, opts: { now: () => Date; timeZone?: string }): Handler {
  return async (c) => {
    const token = c.req.query('token');
    if (token === undefined || !(await verifyCalendarToken(store.db, token))) {
      return notFoundResponse(c);
    }
    const settings = await getSettings(store.db);
    // The language: `&lang=` if given, else the user's setting, else what the calendar app asks for.
    const asked = c.req.query('lang');
    const lang: Lang = isLang(asked)
      ? asked
      : settings.language !== 'auto'
        ? settings.language
        : requestLang(c);
    const ctx = {
      db: store.db,
      now: opts.now,
      timeZone: opts.timeZone ?? effectiveTimeZone(settings),
    };
    const { content } = await exportCalendar(ctx, { lang });
    return c.body(content, 200, {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': 'inline; filename="tongxing.ics"',
      'Cache-Control': 'private, no-cache',
    });
  };
}
