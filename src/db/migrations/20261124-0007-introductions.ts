import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';

/**
 * Introductions (引荐, issue 5): A (usually the one in need) and B, taken through
 * idea → asked A → asked B → introduced → followed up → outcome, with each side's consent
 * (double opt-in) and the history of every step.
 */
export const introductions: Migration = {
  id: '20261124-0007-introductions',
  async up(db: Kysely<unknown>) {
    // An outcome exactly when the stage is 'outcome': a finished introduction always says how.
    await sql`
      CREATE TABLE introductions (
        id INTEGER PRIMARY KEY,
        a_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        b_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        stage TEXT NOT NULL DEFAULT 'idea' CHECK (stage IN
          ('idea', 'asked-a', 'asked-b', 'introduced', 'followed-up', 'outcome')),
        outcome TEXT CHECK (outcome IN ('collaborated', 'friends', 'no-fit', 'declined')),
        reason TEXT,
        note TEXT,
        consent_a_at TEXT,
        consent_b_at TEXT,
        introduced_on TEXT,
        follow_up_on TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (a_id <> b_id),
        CHECK ((stage = 'outcome') = (outcome IS NOT NULL))
      )`.execute(db);
    await sql`CREATE INDEX introductions_a ON introductions(a_id)`.execute(db);
    await sql`CREATE INDEX introductions_b ON introductions(b_id)`.execute(db);
    // One open introduction per pair, whichever side is A: the service checks first to name the
    // existing one; this keeps two writers racing from both getting in.
    await sql`
      CREATE UNIQUE INDEX introductions_open_pair
      ON introductions(min(a_id, b_id), max(a_id, b_id)) WHERE stage <> 'outcome'`.execute(db);
    // The agenda reads due follow-ups as an index range.
    await sql`
      CREATE INDEX introductions_follow_up ON introductions(follow_up_on)
      WHERE stage = 'introduced' AND follow_up_on IS NOT NULL`.execute(db);
    // `skipped` is a JSON array of the stages a step jumped over (said so with skip).
    await sql`
      CREATE TABLE introduction_steps (
        id INTEGER PRIMARY KEY,
        introduction_id INTEGER NOT NULL REFERENCES introductions(id) ON DELETE CASCADE,
        stage TEXT NOT NULL,
        at TEXT NOT NULL,
        skipped TEXT NOT NULL DEFAULT '[]',
        note TEXT
      )`.execute(db);
    await sql`
      CREATE INDEX introduction_steps_introduction ON introduction_steps(introduction_id, id)`.execute(
      db,
    );
  },
};
