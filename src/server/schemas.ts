import { z } from '@hono/zod-openapi';
import { CHANNELS, DIRECTIONS, KINDS, MODES, PLATFORMS, STAGES, TIERS } from '../core/vocab.js';

/**
 * Shapes of answers, for the OpenAPI document. Inputs use the core's own schemas; these mirror
 * the core's domain types (src/core/*), which the web app imports as types.
 */
const date = z.string().openapi({ example: '2026-11-23', format: 'date' });
const instant = z.string().openapi({ format: 'date-time' });
const tier = z.enum(TIERS.values);
const stage = z.enum(STAGES.values);
const ref = z.object({ id: z.number().int(), name: z.string() });

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'ValidationFailed' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .openapi('Error');

export const PersonSchema = z
  .object({
    id: z.number().int(),
    uid: z.string(),
    name: z.string(),
    nameLatin: z.string().nullable(),
    pinyin: z.string().nullable(),
    initials: z.string().nullable(),
    nicknames: z.array(z.string()),
    disciplines: z.array(z.string()),
    skills: z.array(z.string()),
    title: z.string().nullable(),
    company: z.string().nullable(),
    city: z.string().nullable(),
    handles: z.array(z.object({ platform: z.enum(PLATFORMS.values), value: z.string() })),
    metOn: date.nullable(),
    metTime: instant.nullable(),
    metPlace: z.string().nullable(),
    metHow: z.string().nullable(),
    introducedBy: ref.nullable(),
    birthday: z.string().nullable().openapi({ example: '--11-25' }),
    needs: z.array(z.string()),
    offers: z.array(z.string()),
    seeking: z.array(z.string()),
    challenges: z.array(z.string()),
    goals: z.array(z.string()),
    tags: z.array(z.string()),
    note: z.string().nullable(),
    tier,
    stage,
    cadenceDays: z.number().int().nullable(),
    effectiveCadenceDays: z.number().int().nullable(),
    hasPhoto: z.boolean(),
    snoozedUntil: date.nullable(),
    lastInteractionOn: date.nullable(),
    dueOn: date.nullable(),
    addedOn: date,
    createdAt: instant,
    updatedAt: instant,
    archivedAt: instant.nullable(),
  })
  .openapi('Person');

export const PersonSummarySchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    nameLatin: z.string().nullable(),
    tier,
    stage,
    city: z.string().nullable(),
    company: z.string().nullable(),
    tags: z.array(z.string()),
    lastInteractionOn: date.nullable(),
    dueOn: date.nullable(),
    archivedAt: instant.nullable(),
  })
  .openapi('PersonSummary');

export const InteractionSchema = z
  .object({
    id: z.number().int(),
    uid: z.string(),
    occurredOn: date,
    channel: z.enum(CHANNELS.values),
    mode: z.enum(MODES.values),
    kind: z.enum(KINDS.values),
    direction: z.enum(DIRECTIONS.values),
    note: z.string().nullable(),
    people: z.array(ref),
    createdAt: instant,
  })
  .openapi('Interaction');

const tierCounts = z.object({
  core: z.number().int(),
  important: z.number().int(),
  general: z.number().int(),
  unsorted: z.number().int(),
  total: z.number().int(),
});

export const AgendaSchema = z
  .object({
    date,
    at: instant,
    timeZone: z.string(),
    due: z.array(
      z.object({
        personId: z.number().int(),
        name: z.string(),
        tier,
        stage,
        cadenceDays: z.number().int().nullable(),
        lastInteractionOn: date.nullable(),
        dueOn: date,
        daysOverdue: z.number().int(),
      }),
    ),
    followUps: z.array(
      z.object({
        personId: z.number().int(),
        name: z.string(),
        tier,
        metOn: date,
        metPlace: z.string().nullable(),
        deadline: instant,
        hoursLeft: z.number().int(),
        overdue: z.boolean(),
      }),
    ),
    moments: z.array(
      z.object({
        personId: z.number().int(),
        name: z.string(),
        kind: z.literal('birthday'),
        date,
        daysUntil: z.number().int(),
        age: z.number().int().optional(),
      }),
    ),
    warnings: z.array(
      z.object({
        code: z.literal('CapacityExceeded'),
        tier: z.enum(['core', 'important']),
        count: z.number().int(),
        limit: z.number().int(),
      }),
    ),
    counts: tierCounts,
  })
  .openapi('Agenda');

export const SettingsSchema = z.record(z.string(), z.unknown()).openapi('Settings');

export const IdParam = z.object({
  id: z.coerce
    .number()
    .int()
    .positive()
    .openapi({ param: { name: 'id', in: 'path' }, example: 12 }),
});

/** JSON answers and the error answers every route can give. */
export function json<T extends z.ZodType>(schema: T, description: string) {
  return { content: { 'application/json': { schema } }, description };
}
export const errors = {
  400: json(ErrorSchema, 'Invalid input: details.issues names each bad field'),
  404: json(ErrorSchema, 'Not found'),
};

export const CalendarLinkSchema = z
  .object({
    url: z.string().openapi({ example: 'http://127.0.0.1:4747/calendar.ics?token=…' }),
    path: z.string().openapi({ example: '/calendar.ics?token=…' }),
  })
  .openapi('CalendarLink');
