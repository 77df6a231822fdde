import { z } from 'zod';
import { dateField, optionalText, personRef, termField } from '../validation.js';
import {
  CHANNELS,
  DIRECTIONS,
  KINDS,
  MODES,
  OFFLINE_CHANNELS,
  type Channel,
  type Direction,
  type Kind,
  type Mode,
} from '../vocab.js';

/** One contact with one or more people. */
export interface Interaction {
  id: number;
  uid: string;
  occurredOn: string;
  channel: Channel;
  mode: Mode;
  kind: Kind;
  direction: Direction;
  note: string | null;
  people: { id: number; name: string }[];
  createdAt: string;
}

export const logInteractionSchema = z.object({
  /** Ids, names or searches; each must find exactly one person. */
  people: z.array(personRef).min(1).max(100),
  kind: termField(KINDS),
  channel: termField(CHANNELS),
  /** Overrides what the channel implies (a WeChat video call from the same café…). */
  mode: termField(MODES).optional(),
  direction: termField(DIRECTIONS).optional(),
  date: dateField.optional(),
  note: optionalText(20_000),
});
export type LogInteractionInput = z.input<typeof logInteractionSchema>;

/** One interaction of a bulk import: people by id, date required. */
export const bulkInteractionSchema = logInteractionSchema.omit({ people: true }).extend({
  personIds: z.array(z.number().int().positive()).min(1).max(100),
  date: dateField,
});
export type BulkInteractionInput = z.input<typeof bulkInteractionSchema>;

export const listInteractionsSchema = z.object({
  person: personRef.optional(),
  limit: z.number().int().min(1).max(10_000).optional(),
});
export type ListInteractionsInput = z.input<typeof listInteractionsSchema>;

/** Online or offline, as the channel implies. */
export function modeOf(channel: Channel): Mode {
  return OFFLINE_CHANNELS.has(channel) ? 'offline' : 'online';
}
