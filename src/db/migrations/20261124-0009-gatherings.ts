import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';

/**
 * Small gatherings (小范围聚会, issue 5): a planned get-together of a few people, with the
 * reasons it was suggested, that becomes held (everyone met everyone) or cancelled.
 */
export const gatherings: Migration = {
  id: '20261124-0009-gatherings',
  async up(db: Kysely<unknown>) {
    // `reasons` is a JSON array of sentences, kept as they were shown when the gathering was
    // planned (in the user's language then): the network may change, the plan's "why" should not.
    await sql`
      CREATE TABLE gatherings (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL CHECK (length(title) > 0),
        on_date TEXT,
        place TEXT,
        status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),
        reasons TEXT NOT NULL DEFAULT '[]',
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`.execute(db);
    // The agenda reads planned gatherings by date as an index range.
    await sql`
      CREATE INDEX gatherings_planned ON gatherings(on_date)
      WHERE status = 'planned' AND on_date IS NOT NULL`.execute(db);
    await sql`
      CREATE TABLE gathering_people (
        gathering_id INTEGER NOT NULL REFERENCES gatherings(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (gathering_id, person_id)
      ) WITHOUT ROWID`.execute(db);
    await sql`CREATE INDEX gathering_people_person ON gathering_people(person_id)`.execute(db);
  },
};
