import { expect } from 'vitest';
import { AppError, type FieldIssue } from '../../src/core/errors.js';

/**
 * Expects a promise to reject with an AppError of this code and returns the error (fails the
 * test when it resolves or rejects with something else).
 */
export async function expectAppError(
  p: Promise<unknown>,
  code: AppError['code'],
): Promise<AppError> {
  const e: unknown = await p.then(
    (v) => {
      throw new Error(`expected ${code}, got a result: ${JSON.stringify(v)}`);
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
  return e as AppError;
}

/** The first field issue of the ValidationFailed error a promise rejects with. */
export async function firstIssue(p: Promise<unknown>): Promise<FieldIssue> {
  const e = await expectAppError(p, 'ValidationFailed');
  expect(e.details.issues?.length).toBeGreaterThan(0);
  return e.details.issues![0]!;
}
