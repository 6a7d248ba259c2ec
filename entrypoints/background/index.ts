// First: starts reading the lists while the rest of the worker's script is evaluated.
import './lists-at-start';
import { browser, type Browser } from 'wxt/browser';
import { showBadge } from './badge';
import { applyManagedPolicy } from './family/managed-policy';
import { registerLockoutClock } from './family/lockout-clock';
import { registerWebRequestBlocker } from './blockers/webrequest';
import { rememberNavigations } from './blockers/blocked-navigations';
import { registerCommitCheck } from './blockers/commit-check';
import { registerPageInjection } from './page-injection';
import { prepareChecksAtPageOpen } from './page-engine';
import { onReportAlarm } from './reports/alarms';
import { registerFeeds } from './feeds/wiring';
import { frameNeedsBlocking, interstitialUrl, rebuildUnconfirmedRules, refreshBlockRules, shouldRedirect, usesDnr } from './protection';
import { blockedFramePage } from './self';
import { routeMessage } from './message-routing';
import { SETTINGS_KEY } from '@/rules/settings';
import { statusForUrl, urlOfTab } from './tab-status';
import { siteVerdict } from './site-memory';
import { worseLevel } from '@/rules/verdict';

// Wiring only: every listener is registered synchronously so a woken worker misses no event.
export default defineBackground(() => {
  browser.runtime.onMessage.addListener(routeMessage);

  if (!usesDnr) {
    registerWebRequestBlocker({
      pageFor: async (url) => ((await shouldRedirect(url)) ? interstitialUrl(url) : null),
      framePageFor: async (url, parentUrl) => ((await frameNeedsBlocking(url, parentUrl)) ? blockedFramePage() : null),
    });
  }
  // Chromium: what the warning page needs when a static rule brought it there without the address.
  if (usesDnr) rememberNavigations();
  if (usesDnr) registerCommitCheck(shouldRedirect, (url) => interstitialUrl(url, true));
  // Chromium: the page check's content script, injected once each frame has loaded (Firefox declares it).
  if (usesDnr) registerPageInjection();
  if (usesDnr) prepareChecksAtPageOpen(shouldRedirect);

  // Reports the user chose to send and that are waiting for a retry (alarm-driven backoff). The reports' code
  // and store are loaded when the alarm fires, not at each wake.
  onReportAlarm(() => import('./reports/service').then(({ sendDueReports }) => sendDueReports()));

  // Feed subscriptions (alarms, start-up clean-up) and the personal lists (storage.sync).
  registerFeeds();

  // Family mode: PIN lock-outs pass with alarm firings, not with the clock.
  registerLockoutClock();

  const refresh = () => refreshBlockRules().catch((error: unknown) => console.error('[scam-sentinel] block rules:', error));
  browser.runtime.onInstalled.addListener(refresh);
  browser.runtime.onStartup.addListener(refresh);
  // A worker stopped half-way through a rebuild or a feed sync leaves rules nobody confirmed.
  void rebuildUnconfirmedRules().catch((error: unknown) => console.error('[scam-sentinel] block rules:', error));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void refresh();
  });

  // Administrator policy (storage.managed): applied at every start and whenever it changes.
  const applyPolicy = () => applyManagedPolicy().catch((error: unknown) => console.error('[scam-sentinel] managed policy:', error));
  void applyPolicy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void applyPolicy();
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    // A hidden address (the warning page on some browsers) is found only once its document exists, at 'complete';
    // a visible one was handled at 'loading' already.
    const hiddenPageReady = changeInfo.status === 'complete' && tab.url === undefined;
    if (changeInfo.url === undefined && changeInfo.status !== 'loading' && !hiddenPageReady) return;
    void updateBadge(tabId, tab);
  });
});

async function updateBadge(tabId: number, tab: Browser.tabs.Tab): Promise<void> {
  const status = await statusForUrl(await urlOfTab(tab));
  const verdict = status.host ? await siteVerdict(status.host) : null;
  const level = verdict ? worseLevel(status.level, verdict.level) : status.level;
  await showBadge(tabId, level === 'ok' && !status.siteAccess ? 'unchecked' : level);
}
