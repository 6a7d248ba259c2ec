import type { Translate } from '@/rules/i18n';
import { openExtensionDetails, restoreSiteAccess } from './lib/browser-settings';
import { ProtectionNotice } from './ProtectionNotice';

/** The browser's settings took the extension's access to websites away (entrypoints/background/site-access.ts). */
export function SiteAccessNotice({ t, restored }: { t: Translate; restored: () => Promise<void> | void }) {
  return (
    <ProtectionNotice
      testId="site-access"
      text={t('siteAccessOff')}
      action={{ label: t('siteAccessRestore'), run: () => restoreSiteAccess(restored), stillOff: t('siteAccessStillOff') }}
    />
  );
}

/**
 * The extension is not allowed in private windows (the browsers' default), where a scammer may send someone to get
 * past its warnings. Chromium lets an extension open its own page of the browser's extension settings; Firefox does
 * not, so there the way is told.
 */
export function PrivateWindowsNotice({ t }: { t: Translate }) {
  if (import.meta.env.FIREFOX) return <ProtectionNotice testId="private-windows" text={t('privateWindowsOffFirefox')} />;
  return <ProtectionNotice testId="private-windows" text={t('privateWindowsOff')} action={{ label: t('privateWindowsOpen'), run: openExtensionDetails }} />;
}
