import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRoute, z } from '@hono/zod-openapi';
import { localDate } from '../../core/time/dates.js';
import {
  CHANNELS,
  DIRECTIONS,
  GATHERING_STATUSES,
  INTRO_OUTCOMES,
  INTRO_STAGES,
  KINDS,
  MODES,
  PLATFORMS,
  REFERRAL_DIRECTIONS,
  REFERRAL_STATUSES,
  STAGES,
  TIERS,
  type Term,
} from '../../core/vocab.js';
import { backupTo } from '../../db/backup.js';
import type { Store } from '../../db/store.js';
import { router } from '../env.js';
import { json } from '../schemas.js';

const terms = (v: { values: string[]; terms: Record<string, Term> }) =>
  v.values.map((value) => ({ value, zh: v.terms[value]!.zh, en: v.terms[value]!.en }));
const TermList = z.array(z.object({ value: z.string(), zh: z.string(), en: z.string() }));

/** Health, the vocabularies with their labels, and the backup download. */
export function meta(store: Store, version: string) {
  return router()
    .openapi(
      createRoute({
        method: 'get',
        path: '/health',
        tags: ['meta'],
        summary: 'Is the server up',
        responses: { 200: json(z.object({ ok: z.boolean(), version: z.string() }), 'Up') },
      }),
      (c) => c.json({ ok: true, version }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/vocabulary',
        tags: ['meta'],
        summary:
          'Tiers, stages, kinds, channels, directions, modes, platforms, introduction stages and outcomes, referral directions and statuses, gathering statuses, with their labels',
        responses: {
          200: json(
            z.object({
              tiers: TermList,
              stages: TermList,
              kinds: TermList,
              channels: TermList,
              directions: TermList,
              modes: TermList,
              platforms: TermList,
              introStages: TermList,
              introOutcomes: TermList,
              referralDirections: TermList,
              referralStatuses: TermList,
              gatheringStatuses: TermList,
            }),
            'Vocabularies',
          ),
        },
      }),
      (c) =>
        c.json(
          {
            tiers: terms(TIERS),
            stages: terms(STAGES),
            kinds: terms(KINDS),
            channels: terms(CHANNELS),
            directions: terms(DIRECTIONS),
            modes: terms(MODES),
            platforms: terms(PLATFORMS),
            introStages: terms(INTRO_STAGES),
            introOutcomes: terms(INTRO_OUTCOMES),
            referralDirections: terms(REFERRAL_DIRECTIONS),
            referralStatuses: terms(REFERRAL_STATUSES),
            gatheringStatuses: terms(GATHERING_STATUSES),
          },
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/backup',
        tags: ['meta'],
        summary: 'Download a consistent copy of the database (taken with the online backup API)',
        responses: {
          200: {
            content: {
              'application/vnd.sqlite3': { schema: z.string().openapi({ format: 'binary' }) },
            },
            description: 'The database file',
          },
        },
      }),
      async (c) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tongxing-download-'));
        const file = path.join(dir, 'backup.db');
        try {
          await backupTo(store.sqlite, file);
          const bytes = fs.readFileSync(file);
          const name = `tongxing-${localDate(c.var.ctx.now(), c.var.ctx.timeZone)}.db`;
          return c.body(bytes, 200, {
            'Content-Type': 'application/vnd.sqlite3',
            'Content-Disposition': `attachment; filename="${name}"`,
            'Cache-Control': 'no-store',
          });
        } finally {
          fs.rmSync(dir, { recursive: true, force: true });
        }
      },
    );
}
