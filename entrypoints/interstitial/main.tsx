import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WarningPage } from '@/components/WarningPage';
import { refreshFamilyStatus, unlockWithPin } from '@/components/lib/family';
import { openReportTab } from '@/components/lib/report-tab';
import { startUnlessFramed } from '@/components/lib/framed';
import { loadLocalisation } from '@/components/lib/i18n';
import { sendToBackground } from '@/components/lib/messaging';
import type { Settings } from '@/rules/settings';
import { REPLACED_PAGE_PARAM, type BlockInfo } from '@/rules/status';
import '@/components/theme.css';

/** The warning page: interstitial.html#<blocked URL>. Thin: asks the background, renders. */
async function main(): Promise<void> {
  const blockedUrl = decodeURIComponentSafe(location.hash.slice(1)) || (await recoverBlockedUrl());
  const { settings } = await sendToBackground<{ settings: Settings }>({ type: 'page:getSettings' });
  const { lang, t } = await loadLocalisation(settings.language);
  document.documentElement.lang = lang;
  document.documentElement.classList.toggle('large-text', settings.largeText);
  document.title = t('warningPageTitle');
  const info: BlockInfo =
    blockedUrl === '' ? { listed: true, url: '', host: null } : await sendToBackground<BlockInfo>({ type: 'page:blockInfo', url: blockedUrl });
  const family = await refreshFamilyStatus();

  // In place of a listed page that had opened: that page is the entry just before, step over it.
  const steps = new URLSearchParams(location.search).has(REPLACED_PAGE_PARAM) ? 2 : 1;
  const goBack = async () => {
    if (history.length > steps) {
      history.go(-steps);
      return;
    }
    // Opened directly (new tab, link from another program): there is no page to return to.
    const current = await browser.tabs.getCurrent();
    await browser.tabs.create({});
    if (current?.id !== undefined) await browser.tabs.remove(current.id);
  };
  // Family mode: the background opens the site only with the token from a correct PIN.
  const proceed = async (unlockToken?: string) => {
    if (info.listed) await sendToBackground({ type: 'page:continueAnyway', url: blockedUrl, unlockToken });
    location.replace(blockedUrl);
  };
  render(
    <WarningPage
      t={t}
      info={info}
      onGoBack={() => void goBack()}
      onContinue={proceed}
      guardian={family.guardian}
      pinRequired={family.enabled}
      unlock={unlockWithPin}
      onMistake={() => void openMistakeForm()}
    />,
    document.getElementById('app')!,
  );
}

/** The form is about this tab: the background knows it shows our warning for the listed site. */
async function openMistakeForm(): Promise<void> {
  const tabId = (await browser.tabs.getCurrent())?.id;
  if (tabId !== undefined) await openReportTab(tabId, true);
}

/**
 * Reached through the bundled list's static rule, which cannot carry the address: the background
 * knows which listed site this tab was opening. The address is then put after the "#", as the
 * other rules do, so a reload, the badge and the popup see it.
 */
async function recoverBlockedUrl(): Promise<string> {
  const tabId = (await browser.tabs.getCurrent())?.id;
  if (tabId === undefined) return '';
  const { url } = await sendToBackground<{ url: string | null }>({ type: 'page:blockedNavigation', tabId });
  if (url !== null) history.replaceState(null, '', `#${url}`);
  return url ?? '';
}

/** The address arrives raw from the redirect; a user may also paste one percent-encoded. */
function decodeURIComponentSafe(value: string): string {
  if (/^https?:\/\//i.test(value)) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

startUnlessFramed(main);
