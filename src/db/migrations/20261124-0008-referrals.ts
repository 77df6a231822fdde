import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';

/**
 * Referrals (转介绍, issue 5): clients and projects I pass to a peer (`out`) or a peer passes to
 * me (`in`), with their status, follow-up date and whether I thanked them.
 */
export const referrals: Migration = {
  id: '20261124-0008-referrals',
  async up(db: Kysely<unknown>) {
    // Money as whole cents: sums stay exact (a REAL column would drift on 0.1 + 0.2).
    await sql`
      CREATE TABLE referrals (
        id INTEGER PRIMARY KEY,
        direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        client TEXT NOT NULL CHECK (length(client) > 0),
        project TEXT,
        value_cents INTEGER CHECK (value_cents IS NULL OR value_cents >= 0),
        currency TEXT NOT NULL DEFAULT 'CNY' CHECK (length(currency) = 3),
        status TEXT NOT NULL DEFAULT 'referred'
          CHECK (status IN ('referred', 'in-talks', 'won', 'lost')),
        referred_on TEXT NOT NULL,
        follow_up_on TEXT,
        closed_on TEXT,
        thanks_sent_on TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`.execute(db);
    // The balance counts referrals per person and direction.
    await sql`CREATE INDEX referrals_person ON referrals(person_id, direction, status)`.execute(db);
    // The agenda reads open follow-ups and thanks owed as index ranges.
    await sql`
      CREATE INDEX referrals_follow_up ON referrals(follow_up_on)
      WHERE follow_up_on IS NOT NULL AND status IN ('referred', 'in-talks')`.execute(db);
    await sql`
      CREATE INDEX referrals_thanks_owed ON referrals(closed_on)
      WHERE direction = 'in' AND status = 'won' AND thanks_sent_on IS NULL`.execute(db);
    // The balance list counts help given and received over all interactions: this index lets it
    // read only the non-mutual ones, and only their id and direction (half the time of reading
    // the rows themselves on 500,000 interactions).
    await sql`
      CREATE INDEX interactions_give_take ON interactions(direction, id)
      WHERE direction <> 'mutual'`.execute(db);
  },
};
