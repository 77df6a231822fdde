import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';

/** Hashes of the access tokens a server bound beyond loopback accepts (the token itself is shown once). */
export const accessTokens: Migration = {
  id: '20261124-0003-access-tokens',
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE access_tokens (
        id INTEGER PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
      )`.execute(db);
  },
};
