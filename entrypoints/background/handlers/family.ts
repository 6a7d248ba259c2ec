import { GuardianSchema, pinOf } from '@/rules/family/guardian';
import { hashPin, isValidPin } from '@/rules/family/pin';
import { attemptsLeft, checkAttempt } from '@/rules/family/rate-limit';
import type { FamilySetupProblem, FamilySetupResult, FamilyStatus } from '@/rules/family/answers';
import { forgetUnlockTokens, readAttempts, readFamilyRecord, writeFamilyConfig } from '../family/family-store';
import { currentManagedPolicy } from '../family/managed-policy';
import { unlockWithPin } from '../family/unlock-with-pin';
import type { Handlers } from '../router';

export async function familyStatus(): Promise<FamilyStatus> {
  const [record, policy, attempts] = await Promise.all([readFamilyRecord(), currentManagedPolicy(), readAttempts()]);
  const check = checkAttempt(attempts);
  return {
    enabled: record.state !== 'off',
    damaged: record.state !== 'damaged' ? null : record.pin !== null ? 'pin-works' : 'pin-lost',
    guardian: (record.state === 'on' ? record.config.guardian : null) ?? policy.guardian,
    retryAfterMs: check.allowed ? 0 : check.retryAfterMs,
    attemptsLeft: attemptsLeft(attempts),
    lockedSettings: policy.locked,
  };
}

/** Family-mode messages. The PIN checks for protected ones happen in family/gate.ts. */
export const familyHandlers: Pick<
  Handlers['page'],
  'page:familyStatus' | 'page:familyUnlock' | 'page:familyLock' | 'page:familySetup' | 'page:familyDisable'
> = {
  'page:familyStatus': () => familyStatus(),
  'page:familyUnlock': ({ pin }) => unlockWithPin(pin),
  'page:familyLock': async () => {
    await forgetUnlockTokens();
    return { ok: true };
  },
  'page:familySetup': async ({ pin, guardian }): Promise<FamilySetupResult> => {
    const current = pinOf(await readFamilyRecord());
    const problems: FamilySetupProblem[] = [];
    const parsedGuardian = GuardianSchema.safeParse(guardian);
    if (!parsedGuardian.success) {
      for (const issue of parsedGuardian.error.issues) {
        const field = issue.path[0];
        if ((field === 'name' || field === 'phone') && !problems.includes(field)) problems.push(field);
      }
    }
    // A new PIN is needed to turn family mode on; later it may be left out to keep the old one
    // (saving the helper again also repairs a damaged record whose PIN still works).
    if (pin === undefined ? current === null : !isValidPin(pin)) problems.push('pin');
    if (!parsedGuardian.success || problems.length > 0) return { ok: false, problems };
    const pinRecord = pin !== undefined ? await hashPin(pin) : current!;
    await writeFamilyConfig({ version: 1, pin: pinRecord, guardian: parsedGuardian.data });
    return { ok: true, status: await familyStatus() };
  },
  'page:familyDisable': async () => {
    await writeFamilyConfig(null);
    await forgetUnlockTokens();
    return { ok: true, status: await familyStatus() };
  },
};
