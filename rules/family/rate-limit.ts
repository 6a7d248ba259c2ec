import { z } from 'zod';

/**
 * How many wrong PINs may be tried, and for how long the PIN is then refused. A few free tries
 * for honest typos, then an exponentially growing wait, so guessing a 4-digit PIN through the
 * UI takes days. The state is stored (storage.local) by the caller: restarting the background
 * or the browser must not reset it.
 */
export const FREE_ATTEMPTS = 5;
export const BASE_LOCK_MS = 30_000;
export const MAX_LOCK_MS = 60 * 60_000;

export const AttemptStateSchema = z.object({
  failures: z.number().int().min(0).max(1_000_000),
  /** Epoch ms before which no attempt is accepted; 0 when not locked. */
  lockedUntil: z.number().min(0),
});
export type AttemptState = z.infer<typeof AttemptStateSchema>;

export const NO_FAILURES: AttemptState = Object.freeze({ failures: 0, lockedUntil: 0 });

/**
 * Stored state, never trusted. Missing means no failures; damaged means "one more wrong try
 * locks": a broken record must not hand out a fresh set of free guesses.
 */
export function loadAttemptState(stored: unknown): AttemptState {
  if (stored === undefined || stored === null) return { ...NO_FAILURES };
  const parsed = AttemptStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : { failures: FREE_ATTEMPTS - 1, lockedUntil: 0 };
}

/** The lock-out that follows the given number of consecutive failures. */
export function lockDuration(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(BASE_LOCK_MS * 2 ** (failures - FREE_ATTEMPTS), MAX_LOCK_MS);
}

export type AttemptCheck = { allowed: true } | { allowed: false; retryAfterMs: number };

export function checkAttempt(state: AttemptState, now: number): AttemptCheck {
  if (state.lockedUntil <= now) return { allowed: true };
  // A clock set back must not stretch the wait beyond the longest lock-out.
  return { allowed: false, retryAfterMs: Math.min(state.lockedUntil - now, MAX_LOCK_MS) };
}

export function afterFailure(state: AttemptState, now: number): AttemptState {
  const failures = state.failures + 1;
  const wait = lockDuration(failures);
  return { failures, lockedUntil: wait > 0 ? now + wait : 0 };
}

export function afterSuccess(): AttemptState {
  return { ...NO_FAILURES };
}

/** Free tries left before the next lock-out (0 once locking has begun). */
export function attemptsLeft(state: AttemptState): number {
  return Math.max(FREE_ATTEMPTS - state.failures, 0);
}
