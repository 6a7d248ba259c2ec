import { useState } from 'preact/hooks';
import type { FamilySetupProblem, FamilyStatus } from '@/rules/family/answers';
import type { UnlockResult } from '@/rules/family/unlock';
import type { Translate } from '@/rules/i18n';
import { GuardianForm, type GuardianFormInput } from './GuardianForm';
import { PinPrompt } from './PinPrompt';
import './family.css';

interface FamilySettingsProps {
  t: Translate;
  status: FamilyStatus;
  /** This page holds a live unlock token. */
  unlocked: boolean;
  unlock: (pin: string) => Promise<UnlockResult>;
  onSetup: (input: GuardianFormInput) => Promise<FamilySetupProblem[]>;
  onLock: () => void;
  onDisable: () => void;
}

/** The family section of the options page: set up, unlock, change or turn off family mode. */
export function FamilySettings({ t, status, unlocked, unlock, onSetup, onLock, onDisable }: FamilySettingsProps) {
  const [asking, setAsking] = useState(false);
  let body;
  if (status.damaged === 'pin-lost') {
    // Nothing can unlock it: say so, and how to start again.
    body = null;
  } else if (!status.enabled) {
    body = <GuardianForm t={t} initial={null} pinOptional={false} submitLabel={t('familyEnable')} onSubmit={onSetup} />;
  } else if (!unlocked) {
    body = asking ? (
      <PinPrompt t={t} unlock={unlock} onUnlocked={() => setAsking(false)} onCancel={() => setAsking(false)} />
    ) : (
      <>
        <p class="notice" data-testid="family-locked">{t('familyLockedNote')}</p>
        <button type="button" class="primary" onClick={() => setAsking(true)} data-testid="family-unlock">{t('familyUnlock')}</button>
      </>
    );
  } else {
    body = (
      <>
        <p data-testid="family-unlocked">{t('familyUnlockedNote')}</p>
        <GuardianForm t={t} initial={status.guardian} pinOptional submitLabel={t('familySaveGuardian')} onSubmit={onSetup} />
        <div class="actions">
          <button type="button" onClick={onLock} data-testid="family-lock">{t('familyLockAgain')}</button>
          <button type="button" onClick={onDisable} data-testid="family-disable">{t('familyDisable')}</button>
        </div>
      </>
    );
  }
  return (
    <section class="family-settings" aria-labelledby="family-heading" data-testid="family-section" data-enabled={String(status.enabled)}>
      <h2 id="family-heading">{t('familyHeading')}</h2>
      {status.enabled && status.guardian ? (
        <p data-testid="family-status">{t('familyOnStatus', status.guardian.name, status.guardian.phone)}</p>
      ) : (
        <p>{t('familyIntro')}</p>
      )}
      {status.damaged && (
        <p class="notice" role="alert" data-testid="family-damaged" data-damaged={status.damaged}>
          {t(status.damaged === 'pin-works' ? 'familyDamagedPinWorks' : 'familyDamagedPinLost')}
        </p>
      )}
      {body}
    </section>
  );
}
