import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';

/** People, their tags and handles, interactions with many people each, and settings. */
export const initial: Migration = {
  id: '20261123-0001-initial',
  async up(db: Kysely<unknown>) {
    await sql`
      CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL CHECK (length(name) > 0),
        name_latin TEXT,
        pinyin TEXT,
        initials TEXT,
        name_norm TEXT NOT NULL,
        latin_norm TEXT,
        nicknames TEXT NOT NULL DEFAULT '[]',
        disciplines TEXT NOT NULL DEFAULT '[]',
        skills TEXT NOT NULL DEFAULT '[]',
        title TEXT,
        company TEXT,
        city TEXT,
        met_on TEXT,
        met_time TEXT,
        met_place TEXT,
        met_how TEXT,
        introduced_by_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        birthday TEXT,
        birthday_md TEXT,
        needs TEXT NOT NULL DEFAULT '[]',
        offers TEXT NOT NULL DEFAULT '[]',
        seeking TEXT NOT NULL DEFAULT '[]',
        challenges TEXT NOT NULL DEFAULT '[]',
        goals TEXT NOT NULL DEFAULT '[]',
        note TEXT,
        tier TEXT NOT NULL DEFAULT 'unsorted',
        stage TEXT NOT NULL DEFAULT 'connected',
        cadence_days INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
        snoozed_until TEXT,
        last_interaction_on TEXT,
        due_on TEXT,
        added_on TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        archived_at TEXT
      )`.execute(db);
    // The agenda reads only live people: partial indexes keep each of its lists an index range.
    await sql`CREATE INDEX people_due ON people(due_on) WHERE archived_at IS NULL AND due_on IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE INDEX people_met ON people(met_on) WHERE archived_at IS NULL AND met_on IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE INDEX people_birthday ON people(birthday_md) WHERE archived_at IS NULL AND birthday_md IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE INDEX people_tier ON people(tier) WHERE archived_at IS NULL`.execute(db);
    await sql`CREATE INDEX people_name ON people(name_norm)`.execute(db);
    await sql`CREATE INDEX people_latin ON people(latin_norm) WHERE latin_norm IS NOT NULL`.execute(
      db,
    );
    await sql`CREATE INDEX people_introduced_by ON people(introduced_by_id) WHERE introduced_by_id IS NOT NULL`.execute(
      db,
    );

    await sql`
      CREATE TABLE person_tags (
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (person_id, tag)
      ) WITHOUT ROWID`.execute(db);
    await sql`CREATE INDEX person_tags_tag ON person_tags(tag, person_id)`.execute(db);

    await sql`
      CREATE TABLE person_handles (
        id INTEGER PRIMARY KEY,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        platform TEXT NOT NULL,
        value TEXT NOT NULL,
        position INTEGER NOT NULL DEFAULT 0
      )`.execute(db);
    await sql`CREATE INDEX person_handles_person ON person_handles(person_id, position)`.execute(
      db,
    );
    await sql`CREATE INDEX person_handles_value ON person_handles(platform, value)`.execute(db);

    await sql`
      CREATE TABLE interactions (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        occurred_on TEXT NOT NULL,
        channel TEXT NOT NULL,
        mode TEXT NOT NULL CHECK (mode IN ('online', 'offline')),
        kind TEXT NOT NULL,
        direction TEXT NOT NULL CHECK (direction IN ('gave', 'received', 'mutual')),
        note TEXT,
        created_at TEXT NOT NULL
      )`.execute(db);
    await sql`CREATE INDEX interactions_date ON interactions(occurred_on)`.execute(db);
    await sql`
      CREATE TABLE interaction_people (
        interaction_id INTEGER NOT NULL REFERENCES interactions(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        PRIMARY KEY (interaction_id, person_id)
      ) WITHOUT ROWID`.execute(db);
    await sql`CREATE INDEX interaction_people_person ON interaction_people(person_id, interaction_id)`.execute(
      db,
    );

    await sql`CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`.execute(
      db,
    );
  },
};
