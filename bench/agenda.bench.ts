import { getAgenda } from '../src/core/agenda/agenda.service.js';
import { addDays } from '../src/core/time/dates.js';
import { dataset, NOW, TODAY, TZ } from './datasets.js';
import { median, percentile, timeMs } from './stats.js';

/**
 * The floor: one hand-written query computing the same due list from the source columns
 * (last contact, date met, date added, tier cadence, override, snooze, stage).
 */
const FLOOR_SQL = `
  SELECT id, due FROM (
    SELECT id, name_norm,
      COALESCE(cadence_days, CASE tier WHEN 'core' THEN 7 WHEN 'important' THEN 30 WHEN 'general' THEN 90 END) AS cad,
      max(date(COALESCE(last_interaction_on, met_on, added_on), '+' ||
        COALESCE(cadence_days, CASE tier WHEN 'core' THEN 7 WHEN 'important' THEN 30 WHEN 'general' THEN 90 END) || ' days'),
        COALESCE(snoozed_until, '')) AS due
    FROM people WHERE archived_at IS NULL AND stage <> 'dormant' AND (snoozed_until IS NULL OR snoozed_until <= ?))
  WHERE cad IS NOT NULL AND due <= ? ORDER BY due, name_norm`;

/** For reference: the same list with last contact computed from the interactions themselves. */
const RAW_SQL = `
  SELECT id, due FROM (
    SELECT p.id, p.name_norm,
      COALESCE(p.cadence_days, CASE p.tier WHEN 'core' THEN 7 WHEN 'important' THEN 30 WHEN 'general' THEN 90 END) AS cad,
      max(date(COALESCE(l.last, p.met_on, p.added_on), '+' ||
        COALESCE(p.cadence_days, CASE p.tier WHEN 'core' THEN 7 WHEN 'important' THEN 30 WHEN 'general' THEN 90 END) || ' days'),
        COALESCE(p.snoozed_until, '')) AS due
    FROM people p LEFT JOIN (
      SELECT ip.person_id, max(i.occurred_on) AS last FROM interaction_people ip JOIN interactions i ON i.id = ip.interaction_id
      GROUP BY ip.person_id) l ON l.person_id = p.id
    WHERE p.archived_at IS NULL AND p.stage <> 'dormant' AND (p.snoozed_until IS NULL OR p.snoozed_until <= ?))
  WHERE cad IS NOT NULL AND due <= ? ORDER BY due, name_norm`;

export async function benchAgenda() {
  const store = await dataset('net-10k', 10_000, 500_000);
  const ctx = { db: store.db, now: () => NOW, timeZone: TZ };
  const until = addDays(TODAY, 3);
  const floor = store.sqlite.prepare(FLOOR_SQL);
  const raw = store.sqlite.prepare(RAW_SQL);

  const ours = await getAgenda(ctx);
  const key = (rows: { id: number; due: string }[]) =>
    rows
      .map((r) => `${r.id}:${r.due}`)
      .sort()
      .join(',');
  const floorRows = floor.all(TODAY, until) as { id: number; due: string }[];
  const same = key(ours.due.map((d) => ({ id: d.personId, due: d.dueOn }))) === key(floorRows);
  const sameRaw = key(raw.all(TODAY, until) as { id: number; due: string }[]) === key(floorRows);

  const a: number[] = [];
  const f: number[] = [];
  for (let i = 0; i < 20; i++) {
    await getAgenda(ctx);
    floor.all(TODAY, until);
  }
  // Interleaved so that both sides see the same machine load.
  for (let i = 0; i < 200; i++) {
    a.push(await timeMs(() => getAgenda(ctx)));
    f.push(await timeMs(() => floor.all(TODAY, until)));
  }
  const r: number[] = [];
  for (let i = 0; i < 10; i++) r.push(await timeMs(() => raw.all(TODAY, until)));
  await store.close();
  return {
    dueCount: ours.due.length,
    followUps: ours.followUps.length,
    moments: ours.moments.length,
    sameDueList: same && sameRaw,
    agendaMedian: median(a),
    agendaP95: percentile(a, 95),
    floorMedian: median(f),
    rawFloorMedian: median(r),
    ratio: median(a) / median(f),
  };
}
