import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';

/**
 * Contact photos brought in by imports (address books carry them). Kept apart from `people` so
 * that lists and searches never read the blobs.
 */
export const photos: Migration = {
  id: '20261124-0004-photos',
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE person_photos (
        person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        mime TEXT NOT NULL,
        data BLOB NOT NULL
      )`.execute(db);
  },
};
