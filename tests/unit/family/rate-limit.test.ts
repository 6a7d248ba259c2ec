import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  attemptsLeft,
  BASE_LOCK_MS,
  checkAttempt,
  FREE_ATTEMPTS,
  loadAttemptState,
  lockDuration,
  MAX_LOCK_MS,
  NO_FAILURES,
  type AttemptState,
} from '@/rules/family/rate-limit';

const fail = (state: AttemptState, times: number, now: number) => {
  let s = state;
  for (let i = 0; i < times; i++) s = afterFailure(s, now);
  return s;
};

describe('PIN attempt limit', () => {
  it(`allows ${FREE_ATTEMPTS} wrong tries, then locks`, () => {
    const now = 1_000_000;
    const four = fail(NO_FAILURES, FREE_ATTEMPTS - 1, now);
    expect(checkAttempt(four, now)).toEqual({ allowed: true });
    expect(attemptsLeft(four)).toBe(1);
    const five = afterFailure(four, now);
    expect(checkAttempt(five, now)).toEqual({ allowed: false, retryAfterMs: BASE_LOCK_MS });
    expect(checkAttempt(five, now + BASE_LOCK_MS - 1).allowed).toBe(false);
    expect(checkAttempt(five, now + BASE_LOCK_MS)).toEqual({ allowed: true });
    expect(attemptsLeft(five)).toBe(0);
  });

  it('doubles the lock-out with each further failure, up to one hour', () => {
    expect(lockDuration(FREE_ATTEMPTS)).toBe(BASE_LOCK_MS);
    expect(lockDuration(FREE_ATTEMPTS + 1)).toBe(2 * BASE_LOCK_MS);
    expect(lockDuration(FREE_ATTEMPTS + 2)).toBe(4 * BASE_LOCK_MS);
    expect(lockDuration(FREE_ATTEMPTS + 50)).toBe(MAX_LOCK_MS);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), (n) => lockDuration(n + 1) >= lockDuration(n) && lockDuration(n) <= MAX_LOCK_MS),
    );
  });

  it('a correct PIN clears the failures', () => {
    expect(afterSuccess()).toEqual(NO_FAILURES);
  });

  it('survives a round trip through storage and never hands out free tries for a damaged record', () => {
    const locked = fail(NO_FAILURES, FREE_ATTEMPTS + 2, 5_000);
    const stored = JSON.parse(JSON.stringify(locked));
    expect(loadAttemptState(stored)).toEqual(locked);
    expect(loadAttemptState(undefined)).toEqual(NO_FAILURES);
    const damaged = loadAttemptState({ failures: 'lots' });
    expect(attemptsLeft(damaged)).toBe(1);
    expect(checkAttempt(afterFailure(damaged, 0), 0).allowed).toBe(false);
  });

  it('a clock set back cannot stretch a lock-out beyond the maximum', () => {
    const state = { failures: FREE_ATTEMPTS, lockedUntil: 10 * MAX_LOCK_MS };
    const check = checkAttempt(state, 0);
    expect(check).toEqual({ allowed: false, retryAfterMs: MAX_LOCK_MS });
  });
});
