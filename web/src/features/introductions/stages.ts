import type { Introduction, IntroOutcome, IntroStage } from '../../api/types';
import { INTRO_OUTCOMES, INTRO_STAGES } from '../../lib/vocab';

/** The stages, in order (the vocabulary's); 'outcome' is where finished introductions rest. */
export const STAGE_ORDER: readonly IntroStage[] = INTRO_STAGES.values;

/** The board's columns: every stage but the last (finished ones go to the "done" list). */
export const BOARD_STAGES: readonly IntroStage[] = STAGE_ORDER.slice(0, -1);

const OUTCOME_ORDER: readonly IntroOutcome[] = INTRO_OUTCOMES.values;

export function stageIndex(s: IntroStage): number {
  return STAGE_ORDER.indexOf(s);
}

/** The stage after `s`, or undefined at the end. */
export function nextStage(s: IntroStage): IntroStage | undefined {
  return STAGE_ORDER[stageIndex(s) + 1];
}

/** The stages an introduction may move to from `s` (forward only, like the server). */
export function laterStages(s: IntroStage): IntroStage[] {
  return STAGE_ORDER.slice(stageIndex(s) + 1);
}

// The rules below mirror planMove in src/core/introductions/introductions.ts (the server's word
// on every move). They are copied, not imported: that module's zod schemas would add ~87 KB to the
// bundle. Change both together.

/** Outcomes open from `from`: a "no" ('declined') only comes while still asking. */
export function outcomesFrom(from: IntroStage): IntroOutcome[] {
  return stageIndex(from) < stageIndex('introduced')
    ? [...OUTCOME_ORDER]
    : OUTCOME_ORDER.filter((o) => o !== 'declined');
}

/**
 * The stages a move from `from` to `to` jumps over. 'declined' ends an introduction still being
 * asked about and jumps over nothing, whichever stage it comes from.
 */
export function skippedStages(
  from: IntroStage,
  to: IntroStage,
  outcome?: IntroOutcome | '',
): IntroStage[] {
  if (to === 'outcome' && outcome === 'declined') return [];
  return STAGE_ORDER.slice(stageIndex(from) + 1, stageIndex(to));
}

/** Whether the move from `from` to `to` makes the introduction, which needs both sides' yes. */
export function needsConsent(
  from: IntroStage,
  to: IntroStage,
  outcome?: IntroOutcome | '',
): boolean {
  if (to === 'outcome' && outcome === 'declined') return false;
  const introduced = stageIndex('introduced');
  return stageIndex(from) < introduced && stageIndex(to) >= introduced;
}

/** The sides that have not said yes yet. */
export function missingConsent(i: Introduction): ('a' | 'b')[] {
  const out: ('a' | 'b')[] = [];
  if (!i.consentA) out.push('a');
  if (!i.consentB) out.push('b');
  return out;
}

/** What the "next step" button does from each board stage. */
export type NextAction = 'asked-a' | 'asked-b' | 'introduce' | 'followed-up' | 'outcome';

export function nextAction(s: IntroStage): NextAction | undefined {
  switch (s) {
    case 'idea':
      return 'asked-a';
    case 'asked-a':
      return 'asked-b';
    case 'asked-b':
      return 'introduce';
    case 'introduced':
      return 'followed-up';
    case 'followed-up':
      return 'outcome';
    case 'outcome':
      return undefined;
  }
}

/** When the current stage began: the last step in the history that reached it. */
export function stageSince(i: Introduction): string {
  for (let k = i.history.length - 1; k >= 0; k--) {
    const h = i.history[k];
    if (h && h.stage === i.stage) return h.at;
  }
  return i.updatedAt;
}
