import { sql, type Kysely } from 'kysely';
import type { Migration } from '../migrator.js';

/**
 * People who were at the same offline interaction (a meal, a meetup, an event) know each other.
 * New interactions record this as they are logged; this fills it in for those logged before.
 */
export const knowsFromMeetings: Migration = {
  id: '20261124-0010-knows-from-meetings',
  async up(db: Kysely<unknown>) {
    await sql`
      INSERT INTO knows (a_id, b_id, source, created_at)
      SELECT DISTINCT x.person_id, y.person_id, 'event', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      FROM interactions i
      JOIN interaction_people x ON x.interaction_id = i.id
      JOIN interaction_people y ON y.interaction_id = i.id AND x.person_id < y.person_id
      WHERE i.mode = 'offline'
      ON CONFLICT DO NOTHING`.execute(db);
  },
};
