import { z } from 'zod';

/**
 * Tongxing's own JSON: everything a user entered, nothing derived (pinyin, due dates and ids are
 * recomputed on import). People and interactions refer to each other by UID, and both are sorted
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

export const backupSchema = z.object({
  format: z.literal('tongxing'),
  version: z.literal(1),
  settings: z.record(z.string(), z.unknown()),
  people: z.array(personRecordSchema),
  interactions: z.array(interactionRecordSchema),
  // Optional, so that backups written before photos were kept still read.
  photos: z.array(photoRecordSchema).optional(),
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
  return `${JSON.stringify(doc, null, 2)}\n`;
}
