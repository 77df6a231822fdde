import { z } from 'zod';
import { AppError, invalidField } from '../errors.js';
import { optionalText, personRef, termField } from '../validation.js';
import { INTRO_OUTCOMES, INTRO_STAGES, type IntroOutcome, type IntroStage } from '../vocab.js';

/** One step of an introduction's history: the stage reached, when, and what it jumped over. */
export interface IntroductionStep {
  stage: IntroStage;
  at: string;
  skipped: IntroStage[];
  note: string | null;
}

/**
 * Two people I introduce: A (usually the one in need) and B. Each side is asked first and must
 * say yes (double opt-in) before the introduction is made.
 */
export interface Introduction {
  id: number;
  a: { id: number; name: string };
  b: { id: number; name: string };
  stage: IntroStage;
  outcome: IntroOutcome | null;
  reason: string | null;
  note: string | null;
  /** When A said yes (ISO time), or null. */
  consentA: string | null;
  consentB: string | null;
  /** Local dates; followUpOn = introducedOn + 7 until the follow-up is done. */
  introducedOn: string | null;
  followUpOn: string | null;
  createdAt: string;
  updatedAt: string;
  history: IntroductionStep[];
}

/** Message drafts, ready to paste into WeChat: asking A, asking B, and the introduction itself. */
export interface IntroDrafts {
  askA: { zh: string; en: string };
  askB: { zh: string; en: string };
  introduce: { zh: string; en: string };
}

export type Side = 'a' | 'b';
export const SIDES = ['a', 'b'] as const;

/** The introduction is checked on this many days after it was made. */
export const FOLLOW_UP_DAYS = 7;

export const addIntroductionSchema = z.object({
  /** The one who needs something: an id or a name. */
  a: personRef,
  /** The one who can help: an id or a name. */
  b: personRef,
  // Long enough for a suggestion's reason sentence quoting both texts.
  reason: optionalText(1000),
  note: optionalText(5000),
});
export type AddIntroductionInput = z.input<typeof addIntroductionSchema>;

export const advanceIntroductionSchema = z.object({
  /** Default: the next stage (or 'outcome' when an outcome is given). */
  to: termField(INTRO_STAGES).optional(),
  /** Says that jumping over stages is meant. */
  skip: z.boolean().optional(),
  /** Sides that said yes, recorded before the move (so they count for 'introduced'). */
  consent: z.array(z.enum(SIDES)).max(2).optional(),
  outcome: termField(INTRO_OUTCOMES).optional(),
  note: optionalText(5000),
});
export type AdvanceIntroductionInput = z.input<typeof advanceIntroductionSchema>;

export const consentSchema = z
  .object({
    /** One side… */
    side: z.enum(SIDES).optional(),
    /** …or several at once (all or nothing). */
    sides: z.array(z.enum(SIDES)).min(1).max(2).optional(),
    /** false withdraws the consent recorded earlier. Default true. */
    given: z.boolean().optional(),
  })
  .refine((d) => d.side !== undefined || d.sides !== undefined, {
    path: ['side'],
    params: { problem: 'required' },
  });
export type ConsentInput = z.input<typeof consentSchema>;

export const listIntroductionsSchema = z.object({
  stage: termField(INTRO_STAGES).optional(),
  person: personRef.optional(),
  /** Only introductions not finished yet (stage is not 'outcome'). */
  open: z.boolean().optional(),
});
export type ListIntroductionsInput = z.input<typeof listIntroductionsSchema>;

const ORDER: readonly IntroStage[] = INTRO_STAGES.values;

/** Position of a stage in the order idea → … → outcome. */
export function stageIndex(stage: IntroStage): number {
  return ORDER.indexOf(stage);
}

/** The stage after this one, or undefined after 'outcome'. */
export function nextStage(stage: IntroStage): IntroStage | undefined {
  return ORDER[stageIndex(stage) + 1];
}

/** Whether an introduction at this stage is still open (not finished with an outcome). */
export function isOpen(stage: IntroStage): boolean {
  return stage !== 'outcome';
}

/** Outcomes possible once both sides met: a "no" can only come before. */
export const OUTCOMES_AFTER_INTRODUCED: readonly IntroOutcome[] = INTRO_OUTCOMES.values.filter(
  (o) => o !== 'declined',
);

/** What a move does, as decided by `planMove`. */
export interface Move {
  to: IntroStage;
  outcome: IntroOutcome | null;
  /** Stages jumped over (said so with skip). */
  skipped: IntroStage[];
  /** Whether this move makes the introduction: the two now know each other. */
  introduces: boolean;
}

/**
 * The stage rules, pure: where a move goes and what it means, or the AppError that refuses it.
 * No `to`: the next stage ('outcome' when an outcome is given). Forward only, one stage at a
 * time unless `skip`; reaching 'introduced' (or passing it) needs both consents; 'outcome'
 * needs an outcome; 'declined' ends an introduction still being asked about, without skipping.
 */
export function planMove(
  intro: Pick<Introduction, 'id' | 'stage' | 'outcome' | 'consentA' | 'consentB' | 'a' | 'b'>,
  req: { to?: IntroStage; skip?: boolean; outcome?: IntroOutcome },
): Move {
  const { id, stage } = intro;
  if (!isOpen(stage)) throw new AppError('IntroductionFinished', { id, outcome: intro.outcome });
  const to = req.to ?? (req.outcome !== undefined ? 'outcome' : nextStage(stage)!);
  const from = stageIndex(stage);
  const at = stageIndex(to);
  if (at <= from) throw new AppError('IntroductionStageBackwards', { id, stage, to });
  if (req.outcome !== undefined && to !== 'outcome') {
    throw invalidField({ field: 'to', problem: 'invalid_value', value: to, allowed: ['outcome'] });
  }
  if (to === 'outcome' && req.outcome === undefined) {
    throw new AppError('IntroductionOutcomeMissing', {
      id,
      allowed: from < stageIndex('introduced') ? INTRO_OUTCOMES.values : OUTCOMES_AFTER_INTRODUCED,
    });
  }
  const outcome = to === 'outcome' ? req.outcome! : null;
  const introducedAt = stageIndex('introduced');
  if (outcome === 'declined') {
    if (from >= introducedAt) {
      throw invalidField({
        field: 'outcome',
        problem: 'invalid_value',
        value: outcome,
        allowed: OUTCOMES_AFTER_INTRODUCED,
      });
    }
    // Declining ends the asking; it jumps over nothing.
    return { to, outcome, skipped: [], introduces: false };
  }
  const skipped = ORDER.slice(from + 1, at);
  if (skipped.length > 0 && req.skip !== true) {
    throw new AppError('IntroductionStageSkipped', { id, stage, to, skipped });
  }
  const introduces = from < introducedAt && at >= introducedAt;
  if (introduces) {
    const missing = SIDES.filter((s) => (s === 'a' ? intro.consentA : intro.consentB) === null);
    if (missing.length > 0) {
      throw new AppError('IntroductionConsentMissing', {
        id,
        missing,
        people: missing.map((s) => (s === 'a' ? intro.a : intro.b)),
      });
    }
  }
  return { to, outcome, skipped, introduces };
}

/** What to do next at this stage, for hints: whom to ask, or what to record. */
export type NextStep =
  'ask-a' | 'ask-b' | 'consent' | 'introduce' | 'follow-up' | 'outcome' | 'done';

/** The next thing to do for an introduction (consents missing come before introducing). */
export function nextStep(intro: Pick<Introduction, 'stage' | 'consentA' | 'consentB'>): NextStep {
  switch (intro.stage) {
    case 'idea':
      return 'ask-a';
    case 'asked-a':
      return 'ask-b';
    case 'asked-b':
      return intro.consentA && intro.consentB ? 'introduce' : 'consent';
    case 'introduced':
      return 'follow-up';
    case 'followed-up':
      return 'outcome';
    case 'outcome':
      return 'done';
  }
}
