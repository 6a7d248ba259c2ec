import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { UnlockResult } from '@/rules/family/unlock';
import { isPinRequiredError } from './lib/family';
import { ConfirmStep } from './ConfirmStep';
import { PinPrompt } from './PinPrompt';
import './family.css';

interface TrustButtonProps {
  t: Translate;
  /** The registrable domain trust applies to, as the user should read it. */
  site: string;
  trusted: boolean;
  /** Family mode: trusting and untrusting need the PIN. */
  pinRequired: boolean;
  unlock: (pin: string) => Promise<UnlockResult>;
  /** Sends page:trustSite / page:untrustSite; rejects when the background refuses. */
  onTrust: (unlockToken?: string) => Promise<void>;
  onUntrust: (unlockToken?: string) => Promise<void>;
}

type Step = { name: 'idle' } | { name: 'confirm' } | { name: 'pin'; action: 'trust' | 'untrust'; notice?: string } | { name: 'done'; text: string };

/** "I trust this site", with a confirmation (and the family PIN) before anything changes. */
export function TrustButton({ t, site, trusted, pinRequired, unlock, onTrust, onUntrust }: TrustButtonProps) {
  const [step, setStep] = useState<Step>({ name: 'idle' });

  const run = async (action: 'trust' | 'untrust', token?: string) => {
    try {
      await (action === 'trust' ? onTrust(token) : onUntrust(token));
      setStep({ name: 'done', text: action === 'trust' ? t('trustDone', site) : t('untrustDone') });
    } catch (error) {
      if (isPinRequiredError(error)) setStep({ name: 'pin', action, notice: t('familyPinRefused') });
      else setStep({ name: 'done', text: t('errorGeneric') });
    }
  };
  const begin = (action: 'trust' | 'untrust') => (pinRequired ? setStep({ name: 'pin', action }) : void run(action));

  switch (step.name) {
    case 'done':
      return <p class="trust-done" role="status" data-testid="trust-done">{step.text}</p>;
    case 'pin':
      return (
        <PinPrompt
          t={t}
          unlock={unlock}
          notice={step.notice}
          onUnlocked={(token) => void run(step.action, token || undefined)}
          onCancel={() => setStep({ name: 'idle' })}
        />
      );
    case 'confirm':
      return (
        <ConfirmStep
          testId="trust"
          heading={t('trustConfirmHeading', site)}
          text={t('trustConfirmText')}
          yes={t('trustConfirmYes')}
          no={t('trustConfirmNo')}
          onYes={() => begin('trust')}
          onNo={() => setStep({ name: 'idle' })}
        />
      );
    default:
      return trusted ? (
        <button type="button" onClick={() => begin('untrust')} data-testid="untrust-site">{t('untrustButton')}</button>
      ) : (
        <button type="button" onClick={() => setStep({ name: 'confirm' })} data-testid="trust-site">{t('trustButton')}</button>
      );
  }
}
