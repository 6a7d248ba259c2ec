import { browser } from 'wxt/browser';
import { showBadge } from './badge';
import { registerWebRequestBlocker } from './blockers/webrequest';
import { handlers } from './handlers/index';
import { interstitialUrl, refreshBlockRules, shouldRedirect, usesDnr } from './protection';
import { createRouter } from './router';
import { SETTINGS_KEY } from '@/rules/settings';
import { statusForUrl } from './tab-status';
import { siteVerdict } from './site-memory';
import { worseLevel } from '@/rules/verdict';

// Wiring only: every listener is registered synchronously so a woken worker misses no event.
export default defineBackground(() => {
  const route = createRouter(handlers);
  browser.runtime.onMessage.addListener((message, sender) => route(message, sender));

  if (!usesDnr) registerWebRequestBlocker(shouldRedirect, interstitialUrl);

  const refresh = () => refreshBlockRules().catch((error: unknown) => console.error('[scam-sentinel] block rules:', error));
  browser.runtime.onInstalled.addListener(refresh);
  browser.runtime.onStartup.addListener(refresh);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void refresh();
  });

  browser.tabs.onUpdated.addListener((tabId, changeInfo, tab) => {
    if (changeInfo.url === undefined && changeInfo.status !== 'loading') return;
    void updateBadge(tabId, tab.url);
  });
});

async function updateBadge(tabId: number, url: string | undefined): Promise<void> {
  const status = await statusForUrl(url);
  const verdict = status.host ? await siteVerdict(status.host) : null;
  await showBadge(tabId, verdict ? worseLevel(status.level, verdict.level) : status.level);
}
