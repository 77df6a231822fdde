import { sql } from 'kysely';
import type { Executor } from '../context.js';
import type { ReciprocityRow } from './reciprocity.js';

/**
 * An introduction counts as given once it was made: stage introduced or later, unless it ended
 * with one side declining (which can only happen before the introduction).
 */
const INTRO_MADE = sql`(n.stage IN ('introduced', 'followed-up')
  OR (n.stage = 'outcome' AND n.outcome IS NOT 'declined'))`;

/** One person's counts, in one query (scalar subqueries, each an index range). */
export async function reciprocityRow(
  db: Executor,
  personId: number,
  currency: string,
): Promise<ReciprocityRow | undefined> {
  const r = await sql<ReciprocityRow>`
    SELECT p.id, p.name,
      (SELECT count(*) FROM referrals WHERE person_id = p.id AND direction = 'out') AS given_referrals,
      (SELECT count(*) FROM referrals WHERE person_id = p.id AND direction = 'in') AS received_referrals,
      (SELECT count(*) FROM introductions n
        WHERE (n.a_id = p.id OR n.b_id = p.id) AND ${INTRO_MADE}) AS given_introductions,
      (SELECT count(*) FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
        WHERE ip.person_id = p.id AND i.direction = 'gave') AS given_help,
      (SELECT count(*) FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
        WHERE ip.person_id = p.id AND i.direction = 'received') AS received_help,
      (SELECT coalesce(sum(value_cents), 0) FROM referrals WHERE person_id = p.id
        AND direction = 'out' AND status = 'won' AND currency = ${currency}) AS won_given_cents,
      (SELECT coalesce(sum(value_cents), 0) FROM referrals WHERE person_id = p.id
        AND direction = 'in' AND status = 'won' AND currency = ${currency}) AS won_received_cents
    FROM people p WHERE p.id = ${personId}`.execute(db);
  return r.rows[0];
}

/**
 * Everyone live with any give or take, most out of balance first (then the most exchanged). Each
 * source is aggregated once over its whole table, never per person: one pass over the non-mutual
 * interactions (through the interactions_give_take index) however many people there are.
 */
export async function listReciprocityRows(
  db: Executor,
  currency: string,
): Promise<ReciprocityRow[]> {
  // CROSS JOIN keeps SQLite reading the interactions first, through the partial index; left to
  // itself (no ANALYZE statistics) it scans every link and looks each interaction row up.
  const r = await sql<ReciprocityRow>`
    WITH help AS (
      SELECT ip.person_id AS id,
        sum(i.direction = 'gave') AS gave, sum(i.direction = 'received') AS got
      FROM interactions i CROSS JOIN interaction_people ip
      WHERE ip.interaction_id = i.id AND i.direction <> 'mutual'
      GROUP BY ip.person_id
    ), refs AS (
      SELECT person_id AS id,
        sum(direction = 'out') AS gave, sum(direction = 'in') AS got,
        sum(CASE WHEN direction = 'out' AND status = 'won' AND currency = ${currency}
          THEN value_cents ELSE 0 END) AS won_given,
        sum(CASE WHEN direction = 'in' AND status = 'won' AND currency = ${currency}
          THEN value_cents ELSE 0 END) AS won_received
      FROM referrals GROUP BY person_id
    ), intros AS (
      SELECT id, count(*) AS gave FROM (
        SELECT n.a_id AS id FROM introductions n WHERE ${INTRO_MADE}
        UNION ALL
        SELECT n.b_id AS id FROM introductions n WHERE ${INTRO_MADE}
      ) GROUP BY id
    ), ids AS (
      SELECT id FROM help UNION SELECT id FROM refs UNION SELECT id FROM intros
    ), t AS (
      SELECT p.id, p.name,
        coalesce(refs.gave, 0) AS given_referrals,
        coalesce(intros.gave, 0) AS given_introductions,
        coalesce(help.gave, 0) AS given_help,
        coalesce(refs.got, 0) AS received_referrals,
        coalesce(help.got, 0) AS received_help,
        coalesce(refs.won_given, 0) AS won_given_cents,
        coalesce(refs.won_received, 0) AS won_received_cents
      FROM ids JOIN people p ON p.id = ids.id AND p.archived_at IS NULL
      LEFT JOIN help ON help.id = ids.id
      LEFT JOIN refs ON refs.id = ids.id
      LEFT JOIN intros ON intros.id = ids.id
    )
    SELECT * FROM t
    ORDER BY abs(given_referrals + given_introductions + given_help
        - received_referrals - received_help) DESC,
      given_referrals + given_introductions + given_help + received_referrals + received_help DESC,
      id`.execute(db);
  return r.rows;
}
