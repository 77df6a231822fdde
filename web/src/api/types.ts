/**
 * The API's data shapes. They come from the core (the same source as the server's zod schemas),
 * imported as types only: nothing from the core but its vocabularies ends up in the bundle.
 */
export type {
  Person,
  Handle,
  TierCounts,
  CreatePersonInput,
  UpdatePersonInput,
} from '../../../src/core/people/people.js';
export type { PersonSummary } from '../../../src/core/people/people.repository.js';
export type {
  Interaction,
  LogInteractionInput,
} from '../../../src/core/interactions/interactions.js';
export type {
  Agenda,
  DueItem,
  FollowUpItem,
  MomentItem,
  CapacityWarning,
  ConnectorItem,
} from '../../../src/core/agenda/agenda.js';
export type { Settings, SettingKey } from '../../../src/core/settings/settings.js';
export type { CalendarLink, ExportFormat } from '../../../src/core/exchange/exchange.js';
export type {
  ImportResult,
  ImportRecordResult,
  ImportIssue,
} from '../../../src/core/exchange/import.js';
export type { ImportFormat, MappableField } from '../../../src/formats/contacts/record.js';
export type { FieldIssue, ErrorCode } from '../../../src/core/errors.js';
export type { Suggestion, WhoAnswer } from '../../../src/core/connector/connector.service.js';
export type { Gathering, GatheringSuggestion } from '../../../src/core/gatherings/gatherings.js';
export type {
  Introduction,
  IntroductionStep,
  IntroDrafts,
} from '../../../src/core/introductions/introductions.js';
export type { Referral } from '../../../src/core/referrals/referrals.js';
export type { Reciprocity } from '../../../src/core/referrals/reciprocity.js';
export type {
  Tier,
  Stage,
  Kind,
  Channel,
  Direction,
  Mode,
  Platform,
  IntroStage,
  IntroOutcome,
  ReferralDirection,
  ReferralStatus,
  GatheringStatus,
} from '../../../src/core/vocab.js';
