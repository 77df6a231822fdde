import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.js';
import type { IntroStage } from '../vocab.js';
import { nextStage, nextStep, planMove } from './introductions.js';

type State = Parameters<typeof planMove>[0];

const at = (stage: IntroStage, consent = false): State => ({
  id: 1,
  stage,
  outcome: stage === 'outcome' ? 'friends' : null,
  consentA: consent ? '2026-11-23T02:00:00.000Z' : null,
  consentB: consent ? '2026-11-23T02:00:00.000Z' : null,
  a: { id: 1, name: 'A' },
  b: { id: 2, name: 'B' },
});

function refusal(f: () => unknown): AppError {
  try {
    f();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('planMove', () => {
  it('goes to the next stage by default, in order', () => {
    const order: IntroStage[] = ['idea', 'asked-a', 'asked-b', 'introduced', 'followed-up'];
    for (const s of order.slice(0, -1)) {
      expect(planMove(at(s, true), {}).to).toBe(nextStage(s));
    }
    expect(nextStage('outcome')).toBeUndefined();
  });

  it('lists the skipped stages, and only allows them with skip', () => {
    expect(refusal(() => planMove(at('idea', true), { to: 'introduced' })).details).toMatchObject({
      skipped: ['asked-a', 'asked-b'],
    });
    expect(planMove(at('idea', true), { to: 'introduced', skip: true })).toEqual({
      to: 'introduced',
      outcome: null,
      skipped: ['asked-a', 'asked-b'],
      introduces: true,
    });
  });

  it('checks consent only when the move crosses introduced', () => {
    expect(refusal(() => planMove(at('asked-b'), {})).code).toBe('IntroductionConsentMissing');
    expect(planMove(at('introduced'), {}).introduces).toBe(false);
  });

  it('declined: from the asking stages only, skipping nothing', () => {
    for (const s of ['idea', 'asked-a', 'asked-b'] as const) {
      expect(planMove(at(s), { outcome: 'declined' })).toMatchObject({
        to: 'outcome',
        skipped: [],
        introduces: false,
      });
    }
    expect(refusal(() => planMove(at('followed-up'), { outcome: 'declined' })).code).toBe(
      'ValidationFailed',
    );
  });

  it('refuses moves from a finished one, backwards, and to outcome without one', () => {
    expect(refusal(() => planMove(at('outcome'), {})).code).toBe('IntroductionFinished');
    expect(refusal(() => planMove(at('asked-b'), { to: 'asked-a' })).code).toBe(
      'IntroductionStageBackwards',
    );
    expect(refusal(() => planMove(at('followed-up'), {})).details).toMatchObject({
      allowed: ['collaborated', 'friends', 'no-fit'],
    });
  });
});

describe('nextStep', () => {
  it('asks A, then B, waits for both consents, then introduces', () => {
    const n = (stage: IntroStage, consentA: string | null = null, consentB: string | null = null) =>
      nextStep({ stage, consentA, consentB });
    expect([
      n('idea'),
      n('asked-a'),
      n('asked-b'),
      n('asked-b', 'x'),
      n('asked-b', 'x', 'y'),
    ]).toEqual(['ask-a', 'ask-b', 'consent', 'consent', 'introduce']);
    expect([n('introduced'), n('followed-up'), n('outcome')]).toEqual([
      'follow-up',
      'outcome',
      'done',
    ]);
  });
});
