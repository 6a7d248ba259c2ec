import { pinOf } from '@/rules/family/guardian';
import { hashPin, PIN_ITERATIONS, verifyPin } from '@/rules/family/pin';
import type { UnlockResult } from '@/rules/family/unlock';
import { afterFailure, afterSuccess, attemptsLeft, checkAttempt } from '@/rules/family/rate-limit';
import { changeAttempts, issueUnlockToken, readFamilyRecord, writeFamilyConfig } from './family-store';
import { armLockoutClock } from './lockout-clock';

/** Checks the family PIN; one check at a time, so parallel guesses cannot slip past the attempt count. */
export async function unlockWithPin(pin: string): Promise<UnlockResult> {
  const result = await changeAttempts(async (attempts, writeAttempts): Promise<UnlockResult> => {
    const record = await readFamilyRecord();
    if (record.state === 'off') return { ok: false, reason: 'off' };
    const stored = pinOf(record);
    if (stored === null) return { ok: false, reason: 'damaged' };
    const gate = checkAttempt(attempts);
    if (!gate.allowed) return { ok: false, reason: 'locked', retryAfterMs: gate.retryAfterMs };
    // The failure is written before the (slow) hash is checked: stopping the worker mid-check
    // must not give a free try.
    const failed = afterFailure(attempts);
    await writeAttempts(failed);
    if (await verifyPin(pin, stored)) {
      await writeAttempts(afterSuccess());
      // A PIN hashed with fewer iterations than today's is hashed again now that it is known.
      if (record.state === 'on' && stored.iterations < PIN_ITERATIONS) await writeFamilyConfig({ ...record.config, pin: await hashPin(pin) });
      const { token, expiresAt } = await issueUnlockToken();
      return { ok: true, token, expiresAt };
    }
    const next = checkAttempt(failed);
    return { ok: false, reason: 'wrong', attemptsLeft: attemptsLeft(failed), retryAfterMs: next.allowed ? 0 : next.retryAfterMs };
  });
  await armLockoutClock();
  return result;
}
