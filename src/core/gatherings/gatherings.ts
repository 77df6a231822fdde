import { z } from 'zod';
import { dateField, optionalText, personRef, termField } from '../validation.js';
import { GATHERING_STATUSES, type GatheringStatus } from '../vocab.js';

/** A suggested small gathering: who, how strong a fit, and why. */
export interface GatheringSuggestion {
  people: { id: number; name: string }[];
  score: number;
  reasons: string[];
}

/** A planned (or held, or cancelled) gathering with its people. */
export interface Gathering {
  id: number;
  title: string;
  /** The local date it takes place, if set. */
  on: string | null;
  place: string | null;
  status: GatheringStatus;
  /** Why these people: the suggestion's reasons as shown when it was planned. */
  reasons: string[];
  note: string | null;
  people: { id: number; name: string }[];
  createdAt: string;
  updatedAt: string;
}

/** Suggested groups are 3–5 people: big enough to mix, small enough for one table. */
export const SUGGESTED_SIZE = { min: 3, max: 5, default: 4 } as const;
/** A gathering planned by hand may be as small as two people and as big as twelve. */
export const PLANNED_SIZE = { min: 2, max: 12 } as const;

export const suggestGatheringsSchema = z.object({
  size: z.number().int().min(SUGGESTED_SIZE.min).max(SUGGESTED_SIZE.max).optional(),
  limit: z.number().int().min(1).max(50).optional(),
  /** Only groups that include this person (id or name). */
  around: personRef.optional(),
});
export type SuggestGatheringsInput = z.input<typeof suggestGatheringsSchema>;

export const planGatheringSchema = z.object({
  /** Ids or names; each must find exactly one person. Repeats count once. */
  people: z.array(personRef).min(PLANNED_SIZE.min).max(PLANNED_SIZE.max),
  title: optionalText(200),
  on: dateField.nullable().optional(),
  place: optionalText(200),
  note: optionalText(2000),
  /** The suggestion's reasons; computed from the people's needs and offers when left out. */
  reasons: z.array(z.string().trim().min(1).max(500)).max(20).optional(),
});
export type PlanGatheringInput = z.input<typeof planGatheringSchema>;

export const listGatheringsSchema = z.object({
  status: termField(GATHERING_STATUSES).optional(),
});
export type ListGatheringsInput = z.input<typeof listGatheringsSchema>;

/** The title a gathering gets when none is given, in the user's language. */
export function defaultTitle(names: readonly string[], lang: 'zh' | 'en'): string {
  const title =
    lang === 'zh' ? `小聚：${names.join('、')}` : `Small gathering: ${names.join(', ')}`;
  // Twelve long names could pass the title's limit.
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/**
 * Planned first, soonest first (undated ones after the dated); then held and cancelled ones,
 * most recent first.
 */
export function byAgenda(a: Gathering, b: Gathering): number {
  const open = (g: Gathering) => (g.status === 'planned' ? 0 : 1);
  if (open(a) !== open(b)) return open(a) - open(b);
  if (open(a) === 0) {
    if (a.on !== b.on) return a.on === null ? 1 : b.on === null ? -1 : a.on < b.on ? -1 : 1;
    return a.id - b.id;
  }
  const when = (g: Gathering) => g.on ?? g.createdAt.slice(0, 10);
  return when(a) === when(b) ? b.id - a.id : when(a) < when(b) ? 1 : -1;
}
