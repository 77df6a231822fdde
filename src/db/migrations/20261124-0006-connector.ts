import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';

/**
 * The connector (issue 5): who knows whom, and the terms of everyone's needs, offers, seeking
 * and profile, indexed by term so that matching never scores every pair.
 */
export const connector: Migration = {
  id: '20261124-0006-connector',
  async up(db: Kysely<unknown>) {
    // An undirected relation, stored once with a_id < b_id.
    await sql`
      CREATE TABLE knows (
        a_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        b_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        source TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (a_id, b_id),
        CHECK (a_id < b_id)
      ) WITHOUT ROWID`.execute(db);
    await sql`CREATE INDEX knows_b ON knows(b_id)`.execute(db);
    // Derived from the people table (see core/connector/terms.repository.ts): rebuilt for a person
    // whenever their row changed or the vocabulary did.
    await sql`
      CREATE TABLE person_terms (
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        field TEXT NOT NULL,
        term TEXT NOT NULL,
        text_index INTEGER NOT NULL,
        PRIMARY KEY (person_id, field, term, text_index)
      ) WITHOUT ROWID`.execute(db);
    await sql`CREATE INDEX person_terms_term ON person_terms(field, term)`.execute(db);
    await sql`
      CREATE TABLE person_terms_state (
        person_id INTEGER PRIMARY KEY REFERENCES people(id) ON DELETE CASCADE,
        updated_at TEXT NOT NULL,
        vocabulary TEXT NOT NULL
      )`.execute(db);
  },
};
