import { FamilySettings } from '@/components/FamilySettings';
import type { GuardianFormInput } from '@/components/GuardianForm';
import { currentUnlockToken, lockAgain, refreshFamilyStatus, unlockWithPin, useFamilyState, forgetUnlock, isPinRequiredError } from '@/components/lib/family';
import { sendToBackground } from '@/components/lib/messaging';
import type { FamilySetupProblem, FamilySetupResult } from '@/rules/family/answers';
import type { Translate } from '@/rules/i18n';

/** The options page's family section: wiring between FamilySettings and the background (the page loaded the status before its first paint). */
export function FamilySection({ t }: { t: Translate }) {
  const { status, token } = useFamilyState();
  if (status === null) return null;

  const setup = async ({ guardian, pin }: GuardianFormInput): Promise<FamilySetupProblem[]> => {
    try {
      const result = await sendToBackground<FamilySetupResult>({ type: 'page:familySetup', guardian, pin, unlockToken: currentUnlockToken() });
      if (!result.ok) return result.problems;
      // Turning family mode on: the guardian who just chose the PIN stays unlocked for a while.
      if (!status.enabled && pin !== undefined) await unlockWithPin(pin);
      await refreshFamilyStatus();
      return [];
    } catch (error) {
      if (isPinRequiredError(error)) forgetUnlock();
      await refreshFamilyStatus();
      return [];
    }
  };
  const disable = async () => {
    try {
      await sendToBackground({ type: 'page:familyDisable', unlockToken: currentUnlockToken() });
    } catch (error) {
      if (isPinRequiredError(error)) forgetUnlock();
    }
    await refreshFamilyStatus();
  };
  return (
    <FamilySettings
      t={t}
      status={status}
      unlocked={token !== undefined}
      unlock={unlockWithPin}
      onSetup={setup}
      onLock={() => void lockAgain()}
      onDisable={() => void disable()}
    />
  );
}
