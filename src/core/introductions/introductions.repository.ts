import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import type { Executor } from '../context.js';
import type { IntroductionStepsTable, IntroductionsTable } from '../../db/schema.js';
import type { ConnectorFollowUp } from '../agenda/connector-follow-ups.js';
import type { IntroOutcome, IntroStage } from '../vocab.js';
import type { Introduction, IntroductionStep } from './introductions.js';
import { idsInInsertOrder, slices } from '../../db/bulk.js';

type Row = Selectable<IntroductionsTable> & { a_name: string; b_name: string };

function rowToIntroduction(r: Row, history: IntroductionStep[]): Introduction {
  return {
    id: r.id,
    a: { id: r.a_id, name: r.a_name },
    b: { id: r.b_id, name: r.b_name },
    stage: r.stage as IntroStage,
    outcome: r.outcome as IntroOutcome | null,
    reason: r.reason,
    note: r.note,
    consentA: r.consent_a_at,
    consentB: r.consent_b_at,
    introducedOn: r.introduced_on,
    followUpOn: r.follow_up_on,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    history,
  };
}

function selectIntroductions(db: Executor) {
  return db
    .selectFrom('introductions as n')
    .innerJoin('people as pa', 'pa.id', 'n.a_id')
    .innerJoin('people as pb', 'pb.id', 'n.b_id')
    .selectAll('n')
    .select(['pa.name as a_name', 'pb.name as b_name']);
}

/** The steps of these introductions, oldest first, by introduction id. */
async function stepsOf(db: Executor, ids: readonly number[]) {
  const by = new Map<number, IntroductionStep[]>();
  for (const part of slices(ids, 500)) {
    const rows = await db
      .selectFrom('introduction_steps')
      .selectAll()
      .where('introduction_id', 'in', part)
      .orderBy('id')
      .execute();
    for (const r of rows) {
      const list = by.get(r.introduction_id) ?? [];
      list.push({
        stage: r.stage as IntroStage,
        at: r.at,
        skipped: JSON.parse(r.skipped) as IntroStage[],
        note: r.note,
      });
      by.set(r.introduction_id, list);
    }
  }
  return by;
}

async function withHistory(db: Executor, rows: Row[]): Promise<Introduction[]> {
  if (rows.length === 0) return [];
  const steps = await stepsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => rowToIntroduction(r, steps.get(r.id) ?? []));
}

export async function insertIntroduction(
  db: Executor,
  row: Insertable<IntroductionsTable>,
): Promise<number> {
  const { id } = await db
    .insertInto('introductions')
    .values(row)
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function insertStep(
  db: Executor,
  introductionId: number,
  step: IntroductionStep,
): Promise<void> {
  await db
    .insertInto('introduction_steps')
    .values({
      introduction_id: introductionId,
      stage: step.stage,
      at: step.at,
      skipped: JSON.stringify(step.skipped),
      note: step.note,
    })
    .execute();
}

export async function findIntroduction(
  db: Executor,
  id: number,
): Promise<Introduction | undefined> {
  const row = await selectIntroductions(db).where('n.id', '=', id).executeTakeFirst();
  return row && (await withHistory(db, [row]))[0];
}

/** The open introduction of this pair (either way round), if any. */
export async function findOpenIntroductionOf(
  db: Executor,
  aId: number,
  bId: number,
): Promise<Introduction | undefined> {
  const row = await selectIntroductions(db)
    .where('n.stage', '<>', 'outcome')
    .where((eb) =>
      eb.or([
        eb.and([eb('n.a_id', '=', aId), eb('n.b_id', '=', bId)]),
        eb.and([eb('n.a_id', '=', bId), eb('n.b_id', '=', aId)]),
      ]),
    )
    .executeTakeFirst();
  return row && (await withHistory(db, [row]))[0];
}

/** Introductions matching every filter given, newest first. */
export async function listIntroductionRows(
  db: Executor,
  f: { stage?: IntroStage; personId?: number; open?: boolean },
): Promise<Introduction[]> {
  let q = selectIntroductions(db);
  if (f.stage) q = q.where('n.stage', '=', f.stage);
  if (f.personId !== undefined) {
    const id = f.personId;
    q = q.where((eb) => eb.or([eb('n.a_id', '=', id), eb('n.b_id', '=', id)]));
  }
  if (f.open === true) q = q.where('n.stage', '<>', 'outcome');
  if (f.open === false) q = q.where('n.stage', '=', 'outcome');
  const rows = await q.orderBy('n.created_at', 'desc').orderBy('n.id', 'desc').execute();
  return withHistory(db, rows);
}

export async function updateIntroductionRow(
  db: Executor,
  id: number,
  patch: Updateable<IntroductionsTable>,
): Promise<void> {
  await db.updateTable('introductions').set(patch).where('id', '=', id).execute();
}

export async function deleteIntroductionRow(db: Executor, id: number): Promise<void> {
  await db.deleteFrom('introductions').where('id', '=', id).execute();
}

/**
 * The introduction items of the agenda up to `until` (inclusive): introductions made whose
 * follow-up date has come (a week after introducing). Left out when either side is archived,
 * like everything on the agenda.
 */
export async function listIntroductionFollowUps(
  db: Executor,
  until: string,
): Promise<ConnectorFollowUp[]> {
  const rows = await selectIntroductions(db)
    .where('n.stage', '=', 'introduced')
    .where('n.follow_up_on', 'is not', null)
    .where('n.follow_up_on', '<=', until)
    .where('pa.archived_at', 'is', null)
    .where('pb.archived_at', 'is', null)
    .orderBy('n.follow_up_on')
    .orderBy('n.id')
    .execute();
  return rows.map((r) => ({
    kind: 'introduction' as const,
    id: r.id,
    people: [
      { id: r.a_id, name: r.a_name },
      { id: r.b_id, name: r.b_name },
    ],
    about: r.reason,
    dueOn: r.follow_up_on!,
  }));
}

/**
 * Every pair with an introduction, open or finished, as `[lower id, higher id]`: the connector
 * leaves them out of its suggestions. Made or under way, they need no suggesting; declined,
 * suggesting them again would ask the same people twice.
 */
export async function listIntroducedPairs(db: Executor): Promise<[number, number][]> {
  const r = await sql<{ lo: number; hi: number }>`
    SELECT DISTINCT min(a_id, b_id) AS lo, max(a_id, b_id) AS hi FROM introductions`.execute(db);
  return r.rows.map((p) => [p.lo, p.hi]);
}

/** Every introduction with its history, oldest first (ties by id): for backups. */
export async function listAllIntroductions(db: Executor): Promise<Introduction[]> {
  const rows = await selectIntroductions(db).orderBy('n.created_at').orderBy('n.id').execute();
  const steps = await stepsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => rowToIntroduction(r, steps.get(r.id) ?? []));
}

/** Adds introductions with their steps, in the order given (restoring a backup). */
export async function insertIntroductionRows(
  db: Executor,
  items: readonly {
    row: Insertable<IntroductionsTable>;
    steps: readonly Omit<Selectable<IntroductionStepsTable>, 'id' | 'introduction_id'>[];
  }[],
): Promise<void> {
  // 12 columns a row, 5 a step.
  for (const chunk of slices(items, 500)) {
    const ids = idsInInsertOrder(
      await db
        .insertInto('introductions')
        .values(chunk.map((c) => c.row))
        .returning('id')
        .execute(),
    );
    const steps = chunk.flatMap((c, j) => c.steps.map((s) => ({ ...s, introduction_id: ids[j]! })));
    for (const part of slices(steps, 2000)) {
      await db.insertInto('introduction_steps').values(part).execute();
    }
  }
}
