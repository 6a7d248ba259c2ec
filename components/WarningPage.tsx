import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import type { BlockInfo } from '@/rules/status';
import './warning-page.css';

export interface WarningPageProps {
  t: Translate;
  info: BlockInfo;
  onGoBack: () => void;
  onContinue: () => void;
}

/** The full-page warning shown instead of a listed site. */
export function WarningPage({ t, info, onGoBack, onContinue }: WarningPageProps) {
  const [confirming, setConfirming] = useState(false);
  if (!info.listed) {
    return (
      <main class="warning-page" data-testid="interstitial" data-listed="false">
        <p>{t('notListedAnymore')}</p>
        <button type="button" class="primary" onClick={onContinue}>{t('openSite')}</button>
      </main>
    );
  }
  return (
    <main class="warning-page" data-testid="interstitial" data-listed="true" aria-labelledby="warning-heading">
      <div class="warning-sign" aria-hidden="true">!</div>
      <h1 id="warning-heading">{t('warningHeading')}</h1>
      <p class="lead">{t('warningLead', info.host)}</p>
      <p>{t('warningSource', info.source)}</p>
      <p class="advice">{t('warningAdvice')}</p>
      {confirming ? (
        <section class="confirm" role="alertdialog" aria-labelledby="confirm-heading" aria-describedby="confirm-text">
          <h2 id="confirm-heading">{t('confirmHeading')}</h2>
          <p id="confirm-text">{t('confirmText')}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={onGoBack} autoFocus data-testid="confirm-no">{t('confirmNo')}</button>
            <button type="button" onClick={onContinue} data-testid="confirm-yes">{t('confirmYes')}</button>
          </div>
        </section>
      ) : (
        <div class="actions">
          <button type="button" class="primary" onClick={onGoBack} autoFocus data-testid="go-back">{t('goBack')}</button>
          <button type="button" class="link" onClick={() => setConfirming(true)} data-testid="continue-anyway">
            {t('continueAnyway')}
          </button>
        </div>
      )}
    </main>
  );
}
