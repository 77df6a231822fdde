import { z } from 'zod';
import { birthdayField, dateField, optionalText, termField, textList } from '../validation.js';
import { invalidField } from '../errors.js';
import { parseLocalDateTime } from '../time/dates.js';
import {
  PLATFORMS,
  resolveTerm,
  STAGES,
  TIERS,
  type Platform,
  type Stage,
  type Tier,
} from '../vocab.js';

/** Live people per tier, and in all. */
export type TierCounts = Record<Tier, number> & { total: number };

export interface Handle {
  platform: Platform;
  value: string;
}

/** A person in the user's network, as the core and every face see them. */
export interface Person {
  id: number;
  uid: string;
  name: string;
  nameLatin: string | null;
  /** Pinyin of the Chinese part of the name, syllables separated by spaces (`zeng xiao xian`). */
  pinyin: string | null;
  initials: string | null;
  nicknames: string[];
  disciplines: string[];
  skills: string[];
  title: string | null;
  company: string | null;
  city: string | null;
  handles: Handle[];
  metOn: string | null;
  /** The moment we met, when known (UTC ISO); drives the 24-hour follow-up window. */
  metTime: string | null;
  metPlace: string | null;
  metHow: string | null;
  introducedBy: { id: number; name: string } | null;
  birthday: string | null;
  needs: string[];
  offers: string[];
  seeking: string[];
  challenges: string[];
  goals: string[];
  tags: string[];
  note: string | null;
  tier: Tier;
  stage: Stage;
  /** Per-person cadence in days; null follows the tier's cadence. */
  cadenceDays: number | null;
  /** The cadence that applies: their own, else their tier's (settings); null = no reminders. */
  effectiveCadenceDays: number | null;
  snoozedUntil: string | null;
  lastInteractionOn: string | null;
  /** When contact is next due (cadence and snooze applied); null when no cadence applies. */
  dueOn: string | null;
  addedOn: string;
  createdAt: string;
  updatedAt: string;
  archivedAt: string | null;
  /** Whether a contact photo is stored (`GET /api/v1/people/:id/photo`). */
  hasPhoto: boolean;
}

/** `platform:value`, the platform by id or label (`微信:zw88`, `website:https://…`). */
export const handleField = z.string().transform((s, ctx) => {
  const at = s.indexOf(':');
  const platformText = at > 0 ? s.slice(0, at).trim() : '';
  const value = at > 0 ? s.slice(at + 1).trim() : '';
  if (!platformText || !value) {
    ctx.addIssue({ code: 'custom', input: s, params: { problem: 'handle_without_platform' } });
    return z.NEVER;
  }
  const platform = resolveTerm(PLATFORMS, platformText);
  if (!platform) {
    ctx.addIssue({
      code: 'custom',
      input: platformText,
      params: { problem: 'unknown_platform', allowed: PLATFORMS.values },
    });
    return z.NEVER;
  }
  return { platform, value } satisfies Handle;
});

/**
 * A handle as `platform:value` text or as a `{ platform, value }` pair. Not a z.union: a union
 * that fails reports `invalid_union` and hides handleField's precise problem.
 */
const handleInput = z.preprocess(
  (h: string | { platform: string; value: string }) =>
    typeof h === 'object' &&
    h !== null &&
    typeof h.platform === 'string' &&
    typeof h.value === 'string'
      ? `${h.platform}:${h.value}`
      : h,
  handleField,
);

/** `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (local time). */
const metOnField = z
  .string()
  .trim()
  .refine((s) => parseLocalDateTime(s) !== undefined, { params: { problem: 'invalid_date' } });

/** Size limits of a person's fields (the schema below, and the import's quick check). */
export const LIMITS = {
  name: 200,
  nicknames: 20,
  nickname: 100,
  title: 200,
  company: 200,
  city: 100,
  handles: 50,
  metHow: 300,
  tags: 100,
  tag: 60,
  // Long enough for a pasted profile or an imported address-book note (issue 4).
  note: 100_000,
} as const;

/** The fields a user can set on a person; every one optional, so it serves edit too. */
export const personFieldsSchema = z.object({
  nameLatin: optionalText(LIMITS.name),
  nicknames: textList(LIMITS.nicknames, LIMITS.nickname).optional(),
  disciplines: textList(30, 100).optional(),
  skills: textList(50, 100).optional(),
  title: optionalText(LIMITS.title),
  company: optionalText(LIMITS.company),
  city: optionalText(LIMITS.city),
  handles: z.array(handleInput).max(LIMITS.handles).optional(),
  metOn: metOnField.nullable().optional(),
  metPlace: optionalText(300),
  metHow: optionalText(LIMITS.metHow),
  introducedBy: z.string().trim().min(1).nullable().optional(),
  birthday: birthdayField.nullable().optional(),
  needs: textList(50, 500).optional(),
  offers: textList(50, 500).optional(),
  seeking: textList(50, 500).optional(),
  challenges: textList(50, 500).optional(),
  goals: textList(50, 500).optional(),
  tags: textList(LIMITS.tags, LIMITS.tag).optional(),
  note: optionalText(LIMITS.note),
  tier: termField(TIERS).optional(),
  stage: termField(STAGES).optional(),
  cadenceDays: z.number().int().min(1).max(3650).nullable().optional(),
  snoozedUntil: dateField.nullable().optional(),
});

export const createPersonSchema = personFieldsSchema.extend({
  name: z.string().trim().min(1).max(LIMITS.name),
});
export type CreatePersonInput = z.input<typeof createPersonSchema>;
export type CreatePerson = z.output<typeof createPersonSchema>;

export const updatePersonSchema = personFieldsSchema.extend({
  name: z.string().trim().min(1).max(200).optional(),
});
export type UpdatePersonInput = z.input<typeof updatePersonSchema>;
export type UpdatePerson = z.output<typeof updatePersonSchema>;

export const listPeopleSchema = z.object({
  tier: termField(TIERS).optional(),
  stage: termField(STAGES).optional(),
  tag: z.string().trim().min(1).optional(),
  search: z.string().trim().optional(),
  includeArchived: z.boolean().optional(),
  archivedOnly: z.boolean().optional(),
  limit: z.number().int().min(0).max(1_000_000).optional(),
});
export type ListPeopleInput = z.input<typeof listPeopleSchema>;

export const snoozeSchema = z.object({ until: dateField });

export const bulkTierSchema = z.object({
  ids: z.array(z.number().int().positive()).min(1).max(10_000),
  tier: termField(TIERS),
});

/** Throws when an introducer points at the person themself. */
export function assertNotSelfIntroduced(personId: number, introducerId: number | null): void {
  if (introducerId !== null && introducerId === personId) {
    throw invalidField({ field: 'introducedBy', problem: 'invalid_value' });
  }
}
