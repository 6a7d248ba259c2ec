import { useEffect, useState } from 'preact/hooks';
import type { FamilyStatus } from '@/rules/family/answers';
import type { Translate } from '@/rules/i18n';
import { PIN_REQUIRED_ERROR, SETTING_LOCKED_ERROR, type UnlockResult } from '@/rules/family/unlock';
import { sendToBackground } from './messaging';

/**
 * Family mode on the page side: the current family status and the unlock token this page got
 * from a correct PIN, shared by every part of the page (the options page's forms and its family
 * section). The background checks the token; this only carries it.
 */
interface FamilyPageState {
  status: FamilyStatus | null;
  unlock: { token: string; expiresAt: number } | null;
}

let state: FamilyPageState = { status: null, unlock: null };
const listeners = new Set<() => void>();

function update(next: Partial<FamilyPageState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

export async function refreshFamilyStatus(): Promise<FamilyStatus> {
  const status = await sendToBackground<FamilyStatus>({ type: 'page:familyStatus' });
  update({ status });
  return status;
}

export function currentUnlockToken(): string | undefined {
  return state.unlock && state.unlock.expiresAt > Date.now() ? state.unlock.token : undefined;
}

/** Asks the background to check a PIN; a correct one unlocks this page. */
export async function unlockWithPin(pin: string): Promise<UnlockResult> {
  const result = await sendToBackground<UnlockResult>({ type: 'page:familyUnlock', pin });
  if (result.ok) update({ unlock: { token: result.token, expiresAt: result.expiresAt } });
  else void refreshFamilyStatus();
  return result;
}

export async function lockAgain(): Promise<void> {
  update({ unlock: null });
  await sendToBackground({ type: 'page:familyLock' });
}

export function forgetUnlock(): void {
  update({ unlock: null });
}

/** The family state, re-rendering when it changes and when the unlock runs out. */
export function useFamilyState(): FamilyPageState & { token: string | undefined } {
  const [, setTick] = useState(0);
  useEffect(() => {
    const listener = () => setTick((n) => n + 1);
    listeners.add(listener);
    const timer = setInterval(listener, 15_000);
    return () => {
      listeners.delete(listener);
      clearInterval(timer);
    };
  }, []);
  return { ...state, token: currentUnlockToken() };
}

/**
 * For a part of a page that family mode locks: whether changes wait for the PIN, and what to say
 * when the background refused one: the unlock ran out meanwhile (the page locks again and the
 * part's FamilyLockNotice asks for the PIN in place), or the setting is now managed.
 */
export function useFamilyLock(t: Translate): { locked: boolean; refused: (error: unknown, otherKey?: string) => string } {
  const family = useFamilyState();
  return {
    locked: family.status?.enabled === true && family.token === undefined,
    refused(error, otherKey = 'errorGeneric') {
      if (isSettingLockedError(error)) {
        // The administrator locked it while the page was open: disable it here too.
        void refreshFamilyStatus();
        return t('familyManagedLocked');
      }
      if (!isPinRequiredError(error)) return t(otherKey);
      forgetUnlock();
      return t('familyPinRefused');
    },
  };
}

export const isPinRequiredError = (error: unknown) => String(error instanceof Error ? error.message : error).includes(PIN_REQUIRED_ERROR);
const isSettingLockedError = (error: unknown) => String(error instanceof Error ? error.message : error).includes(SETTING_LOCKED_ERROR);

/** Whole minutes, rounded up, for "please wait N minutes". */
export function minutesFrom(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
