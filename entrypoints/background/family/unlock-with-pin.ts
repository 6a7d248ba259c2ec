import { verifyPin } from '@/rules/family/pin';
import type { UnlockResult } from '@/rules/family/unlock';
import { afterFailure, afterSuccess, attemptsLeft, checkAttempt } from '@/rules/family/rate-limit';
import { issueUnlockToken, readAttempts, readFamilyConfig, writeAttempts } from './family-store';


/** One check at a time: parallel guesses must not slip past the attempt count. */
let queue: Promise<unknown> = Promise.resolve();

export function unlockWithPin(pin: string, now = () => Date.now()): Promise<UnlockResult> {
  const run = queue.then(() => check(pin, now));
  queue = run.catch(() => undefined);
  return run;
}

async function check(pin: string, now: () => number): Promise<UnlockResult> {
  const config = await readFamilyConfig();
  if (config === null) return { ok: false, reason: 'off' };
  const attempts = await readAttempts();
  const gate = checkAttempt(attempts, now());
  if (!gate.allowed) return { ok: false, reason: 'locked', retryAfterMs: gate.retryAfterMs };
  // The failure is written before the (slow) hash is checked: stopping the worker mid-check
  // must not give a free try.
  const failed = afterFailure(attempts, now());
  await writeAttempts(failed);
  if (await verifyPin(pin, config.pin)) {
    await writeAttempts(afterSuccess());
    const { token, expiresAt } = await issueUnlockToken(now());
    return { ok: true, token, expiresAt };
  }
  const next = checkAttempt(failed, now());
  return { ok: false, reason: 'wrong', attemptsLeft: attemptsLeft(failed), retryAfterMs: next.allowed ? 0 : next.retryAfterMs };
}
