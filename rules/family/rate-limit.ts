import * as z from 'zod/mini';

/**
 * How many wrong PINs may be tried, and for how long the PIN is then refused. A few free tries
 * for honest typos, then an exponentially growing lock-out, so guessing a 4-digit PIN through the
 * UI takes days. The state is stored (storage.local) by the caller: restarting the background
 * or the browser must not reset it.
 *
 * The clock cannot end a lock-out. A lock-out is not a time on the clock ("locked until 15:00",
 * which setting the clock forward ends) but a number of waits still to pass. A wait passes when
 * the lock-out alarm fires (family/lockout-clock.ts), at most once per firing, and, within one
 * life of the background, only after WAIT_MS of monotonic time (performance.now) since the last
 * counted wait. Setting the clock forward fires a pending alarm once: one wait, not the whole
 * lock-out. Setting it back is caught by re-arming an alarm scheduled too far ahead. Waits pass
 * only while the browser runs: a browser closed for a day has not waited.
 */
export const FREE_ATTEMPTS = 5;
/** One wait: the period of the lock-out alarm (browsers fire alarms at most about once a minute). */
export const WAIT_MS = 60_000;
/** The longest lock-out, in waits: one hour of the browser running. */
export const MAX_WAITS = 60;

export const AttemptStateSchema = z.object({
  failures: z.int().check(z.gte(0), z.lte(1_000_000)),
  /** Waits still to pass before the next attempt is accepted; 0 when not locked. */
  waitsLeft: z.int().check(z.gte(0), z.lte(MAX_WAITS)),
});
export type AttemptState = z.infer<typeof AttemptStateSchema>;

/** What versions before monotonic waits stored ("locked until" a clock time). */
const ClockStateSchema = z.object({ failures: z.int().check(z.gte(0), z.lte(1_000_000)), lockedUntil: z.number().check(z.gte(0)) });

export const NO_FAILURES: AttemptState = Object.freeze({ failures: 0, waitsLeft: 0 });

/** The lock-out that follows the given number of consecutive failures, in waits. */
export function lockWaits(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(2 ** Math.min(failures - FREE_ATTEMPTS, 30), MAX_WAITS);
}

/**
 * Stored state, never trusted. Missing means no failures; an older clock-time record keeps its
 * failures and starts their full lock-out anew; damaged means "one more wrong try locks": a
 * broken record must not hand out a fresh set of free guesses.
 */
export function loadAttemptState(stored: unknown): AttemptState {
  if (stored === undefined || stored === null) return { ...NO_FAILURES };
  const parsed = AttemptStateSchema.safeParse(stored);
  if (parsed.success) return parsed.data;
  const old = ClockStateSchema.safeParse(stored);
  if (old.success) return { failures: old.data.failures, waitsLeft: old.data.lockedUntil > 0 ? lockWaits(old.data.failures) : 0 };
  return { failures: FREE_ATTEMPTS - 1, waitsLeft: 0 };
}

type AttemptCheck = { allowed: true } | { allowed: false; retryAfterMs: number };

export function checkAttempt(state: AttemptState): AttemptCheck {
  return state.waitsLeft === 0 ? { allowed: true } : { allowed: false, retryAfterMs: state.waitsLeft * WAIT_MS };
}

export function afterFailure(state: AttemptState): AttemptState {
  const failures = state.failures + 1;
  return { failures, waitsLeft: lockWaits(failures) };
}

/** One wait has passed. */
export function afterWait(state: AttemptState): AttemptState {
  return { ...state, waitsLeft: Math.max(state.waitsLeft - 1, 0) };
}

export function afterSuccess(): AttemptState {
  return { ...NO_FAILURES };
}

/** Free tries left before the next lock-out (0 once locking has begun). */
export function attemptsLeft(state: AttemptState): number {
  return Math.max(FREE_ATTEMPTS - state.failures, 0);
}

/**
 * Whether a firing of the lock-out alarm counts as a wait. `sinceLastWaitMs` is the monotonic
 * time since the last counted wait in this life of the background, or null when none was counted
 * in it (a fresh background: it was asleep, which takes real time). A little slack for timers
 * that fire a moment early.
 */
export function alarmCountsAsWait(sinceLastWaitMs: number | null): boolean {
  return sinceLastWaitMs === null || sinceLastWaitMs >= WAIT_MS * 0.9;
}
