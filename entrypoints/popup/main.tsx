import { render } from 'preact';
import { browser } from 'wxt/browser';
import { GuardianCallout } from '@/components/GuardianCallout';
import { ReportButton } from '@/components/ReportButton';
import { SiteAccessNotice } from '@/components/BrowserSettingNotices';
import { TrustButton } from '@/components/TrustButton';
import { VerdictCard } from '@/components/VerdictCard';
import { VictimHelp } from '@/components/VictimHelp';
import { refreshFamilyStatus, unlockWithPin } from '@/components/lib/family';
import { startUnlessFramed } from '@/components/lib/framed';
import { loadLocalisation, type Localisation } from '@/components/lib/i18n';
import { sendToBackground } from '@/components/lib/messaging';
import type { SiteTrust } from '@/rules/family/answers';
import type { Translate } from '@/rules/i18n';
import type { BackgroundMessage } from '@/rules/protocol';
import type { Settings } from '@/rules/settings';
import type { TabStatusAnswer } from '@/rules/status';
import { leaveTab } from './leave';
import { reasonsFor, showsRecoveryHelp } from './reasons';
import '@/components/theme.css';
import './popup.css';

/**
 * The toolbar popup: the status of the tab it was opened on. A test can open it as a normal page
 * with "?tab=ID" to look at a given tab.
 */
async function main(): Promise<void> {
  const root = document.getElementById('app')!;
  const { settings } = await sendToBackground<{ settings: Settings }>({ type: 'page:getSettings' });
  const localisation = await loadLocalisation(settings.language);
  document.documentElement.lang = localisation.lang;
  document.documentElement.classList.toggle('large-text', settings.largeText);
  render(<p role="status">{localisation.t('popupLoading')}</p>, root);
  const tabId = await targetTabId().catch((error: unknown) => showError(root, localisation.t, error));
  if (tabId === undefined) return;
  // Opened before the page check answered, on a page that changed since, or on a tab that goes on to another page
  // (a listed site's warning page among them): the card follows what the tab shows.
  let shown = 0;
  const show = async () => {
    const turn = ++shown;
    try {
      const view = await popupView(tabId, settings, localisation, show);
      if (turn === shown) render(view, root);
    } catch (error) {
      if (turn === shown) showError(root, localisation.t, error);
    }
  };
  browser.runtime.onMessage.addListener((raw: unknown, sender: { tab?: unknown }) => {
    const message = raw as Partial<Extract<BackgroundMessage, { type: 'background:tabChecked' }>> | null;
    if (sender.tab === undefined && message?.type === TAB_CHECKED && message.tabId === tabId) void show();
  });
  browser.tabs.onUpdated.addListener((updated, change) => {
    if (updated === tabId && (change.url !== undefined || change.status === 'complete')) void show();
  });
  await show();
}

const TAB_CHECKED: BackgroundMessage['type'] = 'background:tabChecked';

function showError(root: HTMLElement, t: Translate, error: unknown): void {
  console.error('[scam-sentinel] popup:', error);
  render(<p role="alert">{t('errorGeneric')}</p>, root);
}

/** The popup's content for the tab's status now. */
async function popupView(tabId: number, settings: Settings, { lang, t }: Localisation, refresh: () => Promise<void>) {
  const status = await sendToBackground<TabStatusAnswer>({ type: 'page:tabStatus', tabId });
  const family = await refreshFamilyStatus();
  const trust = status.kind === 'web' && status.url ? await sendToBackground<SiteTrust>({ type: 'page:siteTrust', url: status.url }) : null;
  const trusted = trust?.trusted === true;
  const warned = status.level !== 'ok' && !(trusted && status.listing === null);
  // Trust is never offered where a scam list or the page check says danger, nor after
  // "Continue anyway": that is exactly what a scammer on the phone would ask for.
  const offersTrust = trusted || (status.listing === null && status.level !== 'danger' && !status.allowedForSession && trust?.listedBy.length === 0);
  const setTrust = async (type: 'page:trustSite' | 'page:untrustSite', unlockToken?: string) => {
    await sendToBackground<SiteTrust>({ type, url: status.url!, unlockToken });
  };
  return (
    <main class="popup">
      {/* Everything but the actions scrolls, so the actions stay in view in the 600 px popup. */}
      <div class="popup-body">
        <h1>{t('extName')}</h1>
        <VerdictCard
          t={t}
          status={status}
          trusted={trusted}
          trustedListedBy={trust?.listedBy ?? []}
          reasons={settings.simplePopup ? [] : reasonsFor(status)}
          reasonLimit={2}
        />
        {status.kind === 'web' && !status.siteAccess && <SiteAccessNotice t={t} restored={refresh} />}
        {warned && <GuardianCallout t={t} guardian={family.guardian} />}
        {!trusted && showsRecoveryHelp(status) && (
          <VictimHelp t={t} lang={lang} browserLocale={browser.i18n.getUILanguage()} reason="recovery" />
        )}
      </div>
      <footer class="popup-actions" aria-label={t('popupActions')}>
        {warned && status.kind !== 'other' && (
          <button type="button" class="primary" data-testid="popup-leave" onClick={() => void leaveTab(tabId)}>{t('bannerLeave')}</button>
        )}
        <ReportButton t={t} status={status} tabId={tabId} />
        {warned && <ReportButton t={t} status={status} tabId={tabId} mistake />}
        {trust?.site && offersTrust && (
          <TrustButton
            t={t}
            site={trust.site}
            trusted={trusted}
            pinRequired={family.enabled}
            unlock={unlockWithPin}
            onTrust={(token) => setTrust('page:trustSite', token)}
            onUntrust={(token) => setTrust('page:untrustSite', token)}
          />
        )}
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()} data-testid="open-settings">{t('openSettings')}</button>
      </footer>
    </main>
  );
}

async function targetTabId(): Promise<number> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  return tab.id;
}

startUnlessFramed(main);
