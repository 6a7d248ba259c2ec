import { useState } from 'preact/hooks';
import type { Translate } from '@/rules/i18n';
import './site-access.css';

interface SiteAccessNoticeProps {
  t: Translate;
  /** Asks the browser to give the extension back its access to websites; true when it did. */
  restore: () => Promise<boolean>;
}

/**
 * Said wherever the person may look when the browser's settings took away the extension's access to websites
 * (entrypoints/background/site-access.ts): what that switched off, that a scammer may have asked for it, and the
 * way back. The browser asks the person to confirm; nothing changes without their click there.
 */
export function SiteAccessNotice({ t, restore }: SiteAccessNoticeProps) {
  const [stillOff, setStillOff] = useState(false);
  // Called straight from the click: the browser shows its question only in answer to one.
  const ask = () =>
    void restore().then(
      (granted) => setStillOff(!granted),
      () => setStillOff(true),
    );
  return (
    <section class="site-access" data-testid="site-access">
      <p>{t('siteAccessOff')}</p>
      <button type="button" class="primary" data-testid="site-access-restore" onClick={ask}>
        {t('siteAccessRestore')}
      </button>
      {stillOff && (
        <p role="alert" data-testid="site-access-still-off">{t('siteAccessStillOff')}</p>
      )}
    </section>
  );
}
