/** The one error shape of Tongxing: every face maps it, none invents its own. */

export type ErrorCode =
  | 'ValidationFailed'
  | 'PersonNotFound'
  | 'PersonAmbiguous'
  | 'InteractionNotFound'
  | 'IntroductionNotFound'
  | 'IntroductionExists'
  | 'IntroductionSamePerson'
  | 'IntroductionStageSkipped'
  | 'IntroductionStageBackwards'
  | 'IntroductionConsentMissing'
  | 'IntroductionOutcomeMissing'
  | 'IntroductionFinished'
  | 'IntroductionConsentSettled'
  | 'ReferralNotFound'
  | 'ReferralClosed'
  | 'ReferralNotIncoming'
  | 'GatheringNotFound'
  | 'GatheringAlreadyHeld'
  | 'GatheringCancelled'
  | 'UnknownSetting'
  | 'NotTongxingDatabase'
  | 'DatabaseTooNew'
  | 'FileNotFound'
  | 'FileExists'
  | 'PortInUse'
  | 'ImportInvalid'
  | 'ImportNotEmpty'
  | 'ImportMalformed'
  | 'ImportJsonAlone';

/** One problem with one input field; `field` uses the public (camelCase / CLI) name. */
export interface FieldIssue {
  field: string;
  problem:
    | 'required'
    | 'invalid_value'
    | 'invalid_date'
    | 'invalid_format'
    | 'too_long'
    | 'too_many'
    | 'out_of_range'
    | 'in_future'
    | 'too_early'
    | 'too_late'
    | 'handle_without_platform'
    | 'unknown_platform'
    // References and repeats inside a JSON backup (core/exchange/backup.service.ts).
    | 'unknown_person'
    | 'same_person'
    | 'duplicate';
  value?: unknown;
  allowed?: readonly string[];
  max?: number;
  min?: number;
  /** The date a `too_early` / `too_late` value is measured against. */
  bound?: string;
}

export type ErrorDetails = Record<string, unknown> & { issues?: FieldIssue[] };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorDetails;

  constructor(code: ErrorCode, details: ErrorDetails = {}, message?: string) {
    super(message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

/** Shorthand for a validation failure on one field. */
export function invalidField(issue: FieldIssue): AppError {
  return new AppError('ValidationFailed', { issues: [issue] });
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
