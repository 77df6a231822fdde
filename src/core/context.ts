import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';

/**
 * What every service needs: the database and the user's clock. No global state, so a future
 * multi-user server can hold one context per request.
 */
export interface Ctx {
  db: Kysely<DB>;
  now(): Date;
  /** The user's IANA time zone: it decides what "today" is. */
  timeZone: string;
}

/** Either the database or an open transaction: repositories accept both. */
export type Executor = Kysely<DB>;
