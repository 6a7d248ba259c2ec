import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { BlockInfo } from '@/rules/status';
import type { Guardian } from '@/rules/family/guardian';
import type { UnlockResult } from '@/rules/family/unlock';
import { GuardianCallout } from './GuardianCallout';
import { isPinRequiredError } from './lib/family';
import { plainListNames } from './lib/list-names';
import { PinPrompt } from './PinPrompt';
import './warning-page.css';

interface WarningPageProps {
  t: Translate;
  info: BlockInfo;
  onGoBack: () => void;
  /** Opens the site; rejects when the background refuses (family mode without a live PIN token). */
  onContinue: (unlockToken?: string) => void | Promise<void>;
  /** Family mode: who to call, and whether "Continue anyway" needs the PIN. */
  guardian?: Guardian | null;
  pinRequired?: boolean;
  unlock?: (pin: string) => Promise<UnlockResult>;
  /** "This warning is a mistake": opens that form in a new tab; this page and its block stay. */
  onMistake?: () => void;
}

/** The full-page warning shown instead of a listed site. */
export function WarningPage({ t, info, onGoBack, onContinue, guardian = null, pinRequired = false, unlock, onMistake }: WarningPageProps) {
  const [confirming, setConfirming] = useState(false);
  const [askingPin, setAskingPin] = useState<{ notice?: string } | null>(null);
  const proceed = async (unlockToken?: string) => {
    try {
      await onContinue(unlockToken);
    } catch (error) {
      if (isPinRequiredError(error) && unlock) setAskingPin({ notice: t('familyPinRefused') });
      else throw error;
    }
  };
  if (!info.listed) {
    return (
      <main class="warning-page" data-testid="interstitial" data-listed="false">
        <p>{t('notListedAnymore')}</p>
        <button type="button" class="primary" onClick={() => void onContinue()}>{t('openSite')}</button>
      </main>
    );
  }
  return (
    <main class="warning-page" data-testid="interstitial" data-listed="true" aria-labelledby="warning-heading">
      <div class="warning-sign" aria-hidden="true">!</div>
      <h1 id="warning-heading">{t('warningHeading')}</h1>
      {info.host === null ? (
        <p class="lead">{t('warningLeadUnknownSite')}</p>
      ) : (
        <>
          <p class="lead">{t('warningLead', info.host)}</p>
          <p>{t('warningSource', plainListNames(t, info.source))}</p>
        </>
      )}
      <p class="advice">{t('warningAdvice')}</p>
      <GuardianCallout t={t} guardian={guardian} />
      {askingPin && unlock ? (
        <PinPrompt t={t} unlock={unlock} notice={askingPin.notice} onUnlocked={(token) => void proceed(token || undefined)} onCancel={onGoBack} />
      ) : confirming ? (
        <section class="confirm" role="alertdialog" aria-labelledby="confirm-heading" aria-describedby="confirm-text">
          <h2 id="confirm-heading">{t('confirmHeading')}</h2>
          <p id="confirm-text">{t('confirmText')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={onGoBack} autoFocus data-testid="confirm-no">{t('confirmNo')}</button>
            <button
              type="button"
              onClick={() => (pinRequired && unlock ? setAskingPin({}) : void proceed())}
              data-testid="confirm-yes"
            >
              {t('confirmYes')}
            </button>
          </div>
        </section>
      ) : (
        <div class="actions">
          <button type="button" class="primary" onClick={onGoBack} autoFocus data-testid="go-back">{t('goBack')}</button>
          {info.host !== null && (
            <button type="button" class="link" onClick={() => setConfirming(true)} data-testid="continue-anyway">
              {t('continueAnyway')}
            </button>
          )}
        </div>
      )}
      {info.host !== null && onMistake && (
        <p>
          <button type="button" class="link" onClick={onMistake} data-testid="warning-mistake">{t('mistakeAction')}</button>
        </p>
      )}
    </main>
  );
}
