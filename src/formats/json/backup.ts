import { z } from 'zod';
import { isValidDate } from '../../core/time/dates.js';
import {
  GATHERING_STATUSES,
  INTRO_OUTCOMES,
  INTRO_STAGES,
  REFERRAL_DIRECTIONS,
  REFERRAL_STATUSES,
} from '../../core/vocab.js';

/**
 * Tongxing's own JSON: everything a user entered, nothing derived (pinyin, due dates and ids are
 * recomputed on import, the connector's term index when it is next read). People and interactions refer to each other by UID, and both are sorted
 * by a key that does not depend on database ids, so export → import → export is byte-identical.
 */
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const list = z.array(z.string());

export const personRecordSchema = z.object({
  uid: z.string().min(1),
  name: z.string().min(1),
  nameLatin: z.string().nullable(),
  nicknames: list,
  disciplines: list,
  skills: list,
  title: z.string().nullable(),
  company: z.string().nullable(),
  city: z.string().nullable(),
  handles: z.array(z.object({ platform: z.string(), value: z.string() })),
  metOn: date.nullable(),
  metTime: z.string().nullable(),
  metPlace: z.string().nullable(),
  metHow: z.string().nullable(),
  introducedBy: z.string().nullable(),
  birthday: z.string().nullable(),
  needs: list,
  offers: list,
  seeking: list,
  challenges: list,
  goals: list,
  tags: list,
  note: z.string().nullable(),
  tier: z.string(),
  stage: z.string(),
  cadenceDays: z.number().int().positive().nullable(),
  snoozedUntil: date.nullable(),
  addedOn: date,
  createdAt: z.string(),
  updatedAt: z.string(),
  archivedAt: z.string().nullable(),
});
export type PersonRecord = z.infer<typeof personRecordSchema>;

export const interactionRecordSchema = z.object({
  uid: z.string().min(1),
  occurredOn: date,
  channel: z.string(),
  mode: z.enum(['online', 'offline']),
  kind: z.string(),
  direction: z.enum(['gave', 'received', 'mutual']),
  note: z.string().nullable(),
  createdAt: z.string(),
  people: z.array(z.string()).min(1),
});
export type InteractionRecord = z.infer<typeof interactionRecordSchema>;

/** A contact photo (from an imported address book), base64 in JSON. */
export const photoRecordSchema = z.object({
  person: z.string().min(1),
  mime: z.string().regex(/^image\/[a-z0-9.+-]+$/),
  data: z.base64(),
});
export type PhotoRecord = z.infer<typeof photoRecordSchema>;

// The connector's data (issue 5). None of these tables has a uid of its own: records are ordered
// by creation time, ties kept in the order given (export lists them oldest first, by id, and
// import inserts them in file order, so the round trip keeps the order).
const uid = z.string().min(1);
const day = z.string().refine(isValidDate, { params: { problem: 'invalid_date' } });
const instant = z.string().min(1);
const text = z.string().nullable();
const oneOf = <K extends string>(values: readonly K[]) => z.enum(values as [K, ...K[]]);

/** Where a "knows" relation came from (see core/connector). */
export const KNOWS_SOURCES = ['manual', 'introduction', 'event', 'group'] as const;

/** Two people who know each other (undirected: written with the smaller uid as `a`). */
export const knowsRecordSchema = z.object({
  a: uid,
  b: uid,
  source: z.enum(KNOWS_SOURCES),
  createdAt: instant,
});
export type KnowsRecord = z.infer<typeof knowsRecordSchema>;

/** One step of an introduction's history. */
export const introductionStepRecordSchema = z.object({
  stage: oneOf(INTRO_STAGES.values),
  at: instant,
  skipped: z.array(oneOf(INTRO_STAGES.values)),
  note: text,
});

/** An introduction of A to B, with its whole history (oldest step first). */
export const introductionRecordSchema = z.object({
  a: uid,
  b: uid,
  stage: oneOf(INTRO_STAGES.values),
  outcome: oneOf(INTRO_OUTCOMES.values).nullable(),
  reason: text,
  note: text,
  consentA: instant.nullable(),
  consentB: instant.nullable(),
  introducedOn: day.nullable(),
  followUpOn: day.nullable(),
  createdAt: instant,
  updatedAt: instant,
  steps: z.array(introductionStepRecordSchema),
});
export type IntroductionRecord = z.infer<typeof introductionRecordSchema>;

/** A referral; the value as stored, in whole cents of `currency`. */
export const referralRecordSchema = z.object({
  direction: oneOf(REFERRAL_DIRECTIONS.values),
  person: uid,
  client: z.string().min(1),
  project: text,
  valueCents: z.number().int().min(0).nullable(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  status: oneOf(REFERRAL_STATUSES.values),
  referredOn: day,
  followUpOn: day.nullable(),
  closedOn: day.nullable(),
  thanksSentOn: day.nullable(),
  note: text,
  createdAt: instant,
  updatedAt: instant,
});
export type ReferralRecord = z.infer<typeof referralRecordSchema>;

/** A small gathering; its people in the order they were planned. */
export const gatheringRecordSchema = z.object({
  title: z.string().min(1),
  on: day.nullable(),
  place: text,
  status: oneOf(GATHERING_STATUSES.values),
  reasons: z.array(z.string()),
  note: text,
  people: z.array(uid),
  createdAt: instant,
  updatedAt: instant,
});
export type GatheringRecord = z.infer<typeof gatheringRecordSchema>;

export const backupSchema = z.object({
  format: z.literal('tongxing'),
  version: z.literal(1),
  settings: z.record(z.string(), z.unknown()),
  people: z.array(personRecordSchema),
  interactions: z.array(interactionRecordSchema),
  // Optional, so that backups written before photos were kept still read.
  photos: z.array(photoRecordSchema).optional(),
  // Optional for the same reason: backups written before the connector still read.
  knows: z.array(knowsRecordSchema).optional(),
  introductions: z.array(introductionRecordSchema).optional(),
  referrals: z.array(referralRecordSchema).optional(),
  gatherings: z.array(gatheringRecordSchema).optional(),
});
export type Backup = z.infer<typeof backupSchema>;

const byCreation = (a: { createdAt: string; uid: string }, b: { createdAt: string; uid: string }) =>
  a.createdAt.localeCompare(b.createdAt) || a.uid.localeCompare(b.uid);

/** The document, canonically ordered, as pretty JSON. */
export function writeBackup(b: Backup): string {
  const doc: Backup = {
    format: 'tongxing',
    version: 1,
    settings: Object.fromEntries(Object.entries(b.settings).sort(([x], [y]) => x.localeCompare(y))),
    people: [...b.people].sort(byCreation),
    interactions: [...b.interactions]
      .sort((x, y) => x.occurredOn.localeCompare(y.occurredOn) || byCreation(x, y))
      .map((i) => ({ ...i, people: [...i.people].sort() })),
  };
  if (b.photos?.length) doc.photos = [...b.photos].sort((x, y) => x.person.localeCompare(y.person));
  if (b.knows?.length) {
    doc.knows = b.knows
      .map((k) => (k.a.localeCompare(k.b) <= 0 ? k : { ...k, a: k.b, b: k.a }))
      .sort((x, y) => x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  }
  // A stable sort: records created at the same instant keep the order they were given in.
  const byTime = (x: { createdAt: string }, y: { createdAt: string }) =>
    x.createdAt.localeCompare(y.createdAt);
  if (b.introductions?.length) doc.introductions = [...b.introductions].sort(byTime);
  if (b.referrals?.length) doc.referrals = [...b.referrals].sort(byTime);
  if (b.gatherings?.length) doc.gatherings = [...b.gatherings].sort(byTime);
  return `${JSON.stringify(doc, null, 2)}\n`;
}
