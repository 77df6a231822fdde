import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';

/**
 * The secret of the calendar subscription URL. Unlike the access token it is kept in clear: the
 * Settings page and `tongxing calendar url` must be able to show the same URL again. At most one row.
 */
export const calendarToken: Migration = {
  id: '20261124-0005-calendar-token',
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE calendar_tokens (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        token TEXT NOT NULL,
        created_at TEXT NOT NULL
      )`.execute(db);
  },
};
