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
  interactions: InteractionsTable;
  interaction_people: InteractionPeopleTable;
  settings: SettingsTable;
  schema_migrations: SchemaMigrationsTable;
  people_search: PeopleSearchTable;
}
