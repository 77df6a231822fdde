import type { Generated } from 'kysely';

/** Table shapes as stored: snake_case columns, lists as JSON text. Domain types live in src/core. */
export interface PeopleTable {
  id: Generated<number>;
  uid: string;
  name: string;
  name_latin: string | null;
  pinyin: string | null;
  initials: string | null;
  name_norm: string;
  latin_norm: string | null;
  nicknames: string;
  disciplines: string;
  skills: string;
  title: string | null;
  company: string | null;
  city: string | null;
  met_on: string | null;
  met_time: string | null;
  met_place: string | null;
  met_how: string | null;
  introduced_by_id: number | null;
  birthday: string | null;
  birthday_md: string | null;
  needs: string;
  offers: string;
  seeking: string;
  challenges: string;
  goals: string;
  note: string | null;
  tier: string;
  stage: string;
  cadence_days: number | null;
  snoozed_until: string | null;
  last_interaction_on: string | null;
  due_on: string | null;
  added_on: string;
  created_at: string;
  updated_at: string;
  archived_at: string | null;
}

export interface PersonTagsTable {
  person_id: number;
  tag: string;
}

export interface PersonHandlesTable {
  id: Generated<number>;
  person_id: number;
  platform: string;
  value: string;
  position: number;
}

export interface InteractionsTable {
  id: Generated<number>;
  uid: string;
  occurred_on: string;
  channel: string;
  mode: string;
  kind: string;
  direction: string;
  note: string | null;
  created_at: string;
}

export interface InteractionPeopleTable {
  interaction_id: number;
  person_id: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface SchemaMigrationsTable {
  id: string;
  applied_at: string;
}

export interface PeopleSearchTable {
  rowid: number;
  tokens: string;
}

export interface AccessTokensTable {
  id: Generated<number>;
  hash: string;
  created_at: string;
}

/** The calendar feed's secret, in clear (one row, id 1). */
export interface CalendarTokensTable {
  id: number;
  token: string;
  created_at: string;
}

export interface PersonPhotosTable {
  person_id: number;
  mime: string;
  data: Uint8Array;
}

export interface KnowsTable {
  a_id: number;
  b_id: number;
  source: string;
  created_at: string;
}

export interface PersonTermsTable {
  person_id: number;
  field: string;
  term: string;
  text_index: number;
}

export interface PersonTermsStateTable {
  person_id: number;
  updated_at: string;
  vocabulary: string;
}

/** Introductions (引荐); the stage history is in introduction_steps. */
export interface IntroductionsTable {
  id: Generated<number>;
  a_id: number;
  b_id: number;
  stage: string;
  outcome: string | null;
  reason: string | null;
  note: string | null;
  consent_a_at: string | null;
  consent_b_at: string | null;
  introduced_on: string | null;
  follow_up_on: string | null;
  created_at: string;
  updated_at: string;
}

/** One step of an introduction; `skipped` is a JSON array of stages. */
export interface IntroductionStepsTable {
  id: Generated<number>;
  introduction_id: number;
  stage: string;
  at: string;
  skipped: string;
  note: string | null;
}

/** Referrals (转介绍); money as whole cents. */
export interface ReferralsTable {
  id: Generated<number>;
  direction: string;
  person_id: number;
  client: string;
  project: string | null;
  value_cents: number | null;
  currency: string;
  status: string;
  referred_on: string;
  follow_up_on: string | null;
  closed_on: string | null;
  thanks_sent_on: string | null;
  note: string | null;
  created_at: string;
  updated_at: string;
}

/** Small gatherings (小聚); `reasons` is a JSON array of sentences. */
export interface GatheringsTable {
  id: Generated<number>;
  title: string;
  on_date: string | null;
  place: string | null;
  status: string;
  reasons: string;
  note: string | null;
  created_at: string;
  updated_at: string;
}

export interface GatheringPeopleTable {
  gathering_id: number;
  person_id: number;
  position: number;
}

export interface DB {
  access_tokens: AccessTokensTable;
  calendar_tokens: CalendarTokensTable;
  people: PeopleTable;
  person_tags: PersonTagsTable;
  person_handles: PersonHandlesTable;
  person_photos: PersonPhotosTable;
  knows: KnowsTable;
  person_terms: PersonTermsTable;
  person_terms_state: PersonTermsStateTable;
  introductions: IntroductionsTable;
  introduction_steps: IntroductionStepsTable;
  referrals: ReferralsTable;
  gatherings: GatheringsTable;
  gathering_people: GatheringPeopleTable;
  interactions: InteractionsTable;
  interaction_people: InteractionPeopleTable;
  settings: SettingsTable;
  schema_migrations: SchemaMigrationsTable;
  people_search: PeopleSearchTable;
}
