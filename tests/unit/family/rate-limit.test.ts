import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  afterFailure,
  afterSuccess,
  afterWait,
  alarmCountsAsWait,
  attemptsLeft,
  checkAttempt,
  FREE_ATTEMPTS,
  loadAttemptState,
  lockWaits,
  MAX_WAITS,
  NO_FAILURES,
  WAIT_MS,
  type AttemptState,
} from '@/rules/family/rate-limit';

const fail = (state: AttemptState, times: number) => {
  let s = state;
  for (let i = 0; i < times; i++) s = afterFailure(s);
  return s;
};
const wait = (state: AttemptState, times: number) => {
  let s = state;
  for (let i = 0; i < times; i++) s = afterWait(s);
  return s;
};

describe('PIN attempt limit', () => {
  it(`allows ${FREE_ATTEMPTS} wrong tries, then locks for waits that only alarm firings let pass`, () => {
    const four = fail(NO_FAILURES, FREE_ATTEMPTS - 1);
    expect(checkAttempt(four)).toEqual({ allowed: true });
    expect(attemptsLeft(four)).toBe(1);
    const five = afterFailure(four);
    expect(checkAttempt(five)).toEqual({ allowed: false, retryAfterMs: WAIT_MS });
    expect(checkAttempt(afterWait(five))).toEqual({ allowed: true });
    expect(attemptsLeft(five)).toBe(0);
    const seven = fail(five, 2);
    expect(checkAttempt(wait(seven, 3)).allowed).toBe(false);
    expect(checkAttempt(wait(seven, 4)).allowed).toBe(true);
  });

  it('doubles the lock-out with each further failure, up to one hour of waits', () => {
    expect(lockWaits(FREE_ATTEMPTS)).toBe(1);
    expect(lockWaits(FREE_ATTEMPTS + 1)).toBe(2);
    expect(lockWaits(FREE_ATTEMPTS + 2)).toBe(4);
    expect(lockWaits(FREE_ATTEMPTS + 50)).toBe(MAX_WAITS);
    expect(MAX_WAITS * WAIT_MS).toBe(60 * 60_000);
    fc.assert(fc.property(fc.integer({ min: 0, max: 2000 }), (n) => lockWaits(n + 1) >= lockWaits(n) && lockWaits(n) <= MAX_WAITS));
  });

  it('a correct PIN clears the failures', () => {
    expect(afterSuccess()).toEqual(NO_FAILURES);
  });

  it('survives a round trip through storage and never hands out free tries for a damaged record', () => {
    const locked = fail(NO_FAILURES, FREE_ATTEMPTS + 2);
    expect(loadAttemptState(JSON.parse(JSON.stringify(locked)))).toEqual(locked);
    expect(loadAttemptState(undefined)).toEqual(NO_FAILURES);
    const damaged = loadAttemptState({ failures: 'lots' });
    expect(attemptsLeft(damaged)).toBe(1);
    expect(checkAttempt(afterFailure(damaged)).allowed).toBe(false);
  });

  it('a lock-out stored as a clock time by an older version starts its full wait anew', () => {
    const old = { failures: FREE_ATTEMPTS + 3, lockedUntil: 1_700_000_000_000 };
    expect(loadAttemptState(old)).toEqual({ failures: FREE_ATTEMPTS + 3, waitsLeft: 8 });
    expect(loadAttemptState({ failures: 2, lockedUntil: 0 })).toEqual({ failures: 2, waitsLeft: 0 });
  });

  it('no clock time decides anything: the lock-out depends only on failures and waits passed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 100 }), (failures, waits) => {
        const state = wait(fail(NO_FAILURES, failures), waits);
        return checkAttempt(state).allowed === waits >= lockWaits(failures);
      }),
    );
  });

  it('counts an alarm as a wait only after a full wait of monotonic time in the same background life', () => {
    expect(alarmCountsAsWait(null)).toBe(true);
    expect(alarmCountsAsWait(WAIT_MS)).toBe(true);
    expect(alarmCountsAsWait(1_000)).toBe(false);
    expect(alarmCountsAsWait(WAIT_MS / 2)).toBe(false);
  });
});
