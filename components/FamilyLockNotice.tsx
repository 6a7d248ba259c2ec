import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { UnlockResult } from '@/rules/family/unlock';
import { PinPrompt } from './PinPrompt';
import './family.css';

interface FamilyLockNoticeProps {
  t: Translate;
  unlock: (pin: string) => Promise<UnlockResult>;
  /** Names the notice for tests ("settings-family-locked", "personal-family-locked"…). */
  testId: string;
}

/**
 * Above a part of the options page that family mode locks: says so, and asks for the PIN right
 * here, so nobody has to find the family section first. Unlocking re-renders the page unlocked.
 */
export function FamilyLockNotice({ t, unlock, testId }: FamilyLockNoticeProps) {
  const [asking, setAsking] = useState(false);
  return (
    <div class="family-lock-notice" data-testid={testId}>
      <p class="notice">{t('familyLockedNote')}</p>
      {asking ? (
        <PinPrompt t={t} unlock={unlock} onUnlocked={() => setAsking(false)} onCancel={() => setAsking(false)} />
      ) : (
        <button type="button" onClick={() => setAsking(true)} data-testid={`${testId}-unlock`}>{t('familyUnlock')}</button>
      )}
    </div>
  );
}
