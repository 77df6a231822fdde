import type { Executor } from '../context.js';
import type { FieldIssue } from '../errors.js';
import type {
  Backup,
  GatheringRecord,
  IntroductionRecord,
  KnowsRecord,
  ReferralRecord,
} from '../../formats/json/backup.js';
import { insertKnowsRows, listAllKnowsRows } from '../connector/terms.repository.js';
import { insertGatheringRows, listAllGatherings } from '../gatherings/gatherings.repository.js';
import {
  insertIntroductionRows,
  listAllIntroductions,
} from '../introductions/introductions.repository.js';
import { insertReferralRows, listAllReferralRows } from '../referrals/referrals.repository.js';

/**
 * The connector's part of the JSON backup (issue 5): who knows whom, introductions with their
 * history, referrals and gatherings. People are referred to by uid, as everywhere in the file;
 * the term index (person_terms) is derived and rebuilt by the connector when it next reads.
 */
export interface ConnectorRecords {
  knows: KnowsRecord[];
  introductions: IntroductionRecord[];
  referrals: ReferralRecord[];
  gatherings: GatheringRecord[];
}

/** The connector's rows as backup records; `uidOf` maps every person's id to their uid. */
export async function exportConnectorRecords(
  db: Executor,
  uidOf: ReadonlyMap<number, string>,
): Promise<ConnectorRecords> {
  const uid = (id: number) => uidOf.get(id)!;
  const knows = (await listAllKnowsRows(db)).map((r) => ({
    a: uid(r.a_id),
    b: uid(r.b_id),
    source: r.source as KnowsRecord['source'],
    createdAt: r.created_at,
  }));
  const introductions = (await listAllIntroductions(db)).map((n) => ({
    a: uid(n.a.id),
    b: uid(n.b.id),
    stage: n.stage,
    outcome: n.outcome,
    reason: n.reason,
    note: n.note,
    consentA: n.consentA,
    consentB: n.consentB,
    introducedOn: n.introducedOn,
    followUpOn: n.followUpOn,
    createdAt: n.createdAt,
    updatedAt: n.updatedAt,
    steps: n.history,
  }));
  const referrals = (await listAllReferralRows(db)).map((r) => ({
    direction: r.direction as ReferralRecord['direction'],
    person: uid(r.person_id),
    client: r.client,
    project: r.project,
    valueCents: r.value_cents,
    currency: r.currency,
    status: r.status as ReferralRecord['status'],
    referredOn: r.referred_on,
    followUpOn: r.follow_up_on,
    closedOn: r.closed_on,
    thanksSentOn: r.thanks_sent_on,
    note: r.note,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
  const gatherings = (await listAllGatherings(db)).map((g) => ({
    title: g.title,
    on: g.on,
    place: g.place,
    status: g.status,
    reasons: g.reasons,
    note: g.note,
    people: g.people.map((p) => uid(p.id)),
    createdAt: g.createdAt,
    updatedAt: g.updatedAt,
  }));
  return { knows, introductions, referrals, gatherings };
}

/** The same pair either way round. */
const pairKey = (a: string, b: string) => (a < b ? `${a} – ${b}` : `${b} – ${a}`);

/**
 * What the schema cannot see but the database would refuse or misread: references to people not
 * in the file, a person paired with themselves, repeated pairs, two open introductions of one
 * pair, and an outcome without the stage 'outcome' (or the reverse). Every issue, with its path.
 */
export function connectorIssues(doc: Backup, uids: ReadonlySet<string>): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const person = (field: string, value: string) => {
    if (!uids.has(value)) issues.push({ field, problem: 'unknown_person', value });
  };
  const pair = (at: string, a: string, b: string) => {
    person(`${at}.a`, a);
    person(`${at}.b`, b);
    if (a === b) issues.push({ field: `${at}.b`, problem: 'same_person', value: b });
  };
  const known = new Set<string>();
  (doc.knows ?? []).forEach((k, i) => {
    pair(`knows.${i}`, k.a, k.b);
    const key = pairKey(k.a, k.b);
    if (known.has(key)) issues.push({ field: `knows.${i}`, problem: 'duplicate', value: key });
    known.add(key);
  });
  const open = new Set<string>();
  (doc.introductions ?? []).forEach((n, i) => {
    pair(`introductions.${i}`, n.a, n.b);
    if (n.stage === 'outcome' && n.outcome === null) {
      issues.push({ field: `introductions.${i}.outcome`, problem: 'required' });
    }
    if (n.stage !== 'outcome' && n.outcome !== null) {
      // A finished introduction says how it ended, and only a finished one does.
      issues.push({
        field: `introductions.${i}.stage`,
        problem: 'invalid_value',
        value: n.stage,
        allowed: ['outcome'],
      });
    }
    if (n.stage === 'outcome') return;
    const key = pairKey(n.a, n.b);
    if (open.has(key)) {
      issues.push({ field: `introductions.${i}`, problem: 'duplicate', value: key });
    }
    open.add(key);
  });
  (doc.referrals ?? []).forEach((r, i) => person(`referrals.${i}.person`, r.person));
  (doc.gatherings ?? []).forEach((g, i) => {
    const seen = new Set<string>();
    g.people.forEach((u, j) => {
      person(`gatherings.${i}.people.${j}`, u);
      if (seen.has(u)) {
        issues.push({ field: `gatherings.${i}.people.${j}`, problem: 'duplicate', value: u });
      }
      seen.add(u);
    });
  });
  return issues;
}

/**
 * Writes the connector's records, in file order, inside the caller's transaction; the people are
 * written already (`idOf` maps their uid to their new id) and the records checked.
 */
export async function importConnectorRecords(
  trx: Executor,
  doc: Backup,
  idOf: ReadonlyMap<string, number>,
): Promise<void> {
  const id = (u: string) => idOf.get(u)!;
  await insertKnowsRows(
    trx,
    (doc.knows ?? []).map((k) => {
      // Stored once per pair, the lower id first (new ids need not follow the uids' order).
      const [a, b] = [id(k.a), id(k.b)];
      return {
        a_id: Math.min(a, b),
        b_id: Math.max(a, b),
        source: k.source,
        created_at: k.createdAt,
      };
    }),
  );
  await insertIntroductionRows(
    trx,
    (doc.introductions ?? []).map((n) => ({
      row: {
        a_id: id(n.a),
        b_id: id(n.b),
        stage: n.stage,
        outcome: n.outcome,
        reason: n.reason,
        note: n.note,
        consent_a_at: n.consentA,
        consent_b_at: n.consentB,
        introduced_on: n.introducedOn,
        follow_up_on: n.followUpOn,
        created_at: n.createdAt,
        updated_at: n.updatedAt,
      },
      steps: n.steps.map((s) => ({
        stage: s.stage,
        at: s.at,
        skipped: JSON.stringify(s.skipped),
        note: s.note,
      })),
    })),
  );
  await insertReferralRows(
    trx,
    (doc.referrals ?? []).map((r) => ({
      direction: r.direction,
      person_id: id(r.person),
      client: r.client,
      project: r.project,
      value_cents: r.valueCents,
      currency: r.currency,
      status: r.status,
      referred_on: r.referredOn,
      follow_up_on: r.followUpOn,
      closed_on: r.closedOn,
      thanks_sent_on: r.thanksSentOn,
      note: r.note,
      created_at: r.createdAt,
      updated_at: r.updatedAt,
    })),
  );
  await insertGatheringRows(
    trx,
    (doc.gatherings ?? []).map((g) => ({
      row: {
        title: g.title,
        on_date: g.on,
        place: g.place,
        status: g.status,
        reasons: JSON.stringify(g.reasons),
        note: g.note,
        created_at: g.createdAt,
        updated_at: g.updatedAt,
      },
      personIds: g.people.map(id),
    })),
  );
}
