import { browser } from 'wxt/browser';
import { invalidateLists } from '../blocklist';
import { isPersonalListsChange } from '../personal-lists/index';
import { isTrustConfirmationsChange } from '../personal-lists/trust-confirmations';
import { interstitialUrl, navigationNeedsWarning, previewBlockRules, refreshBlockRules, usesDnr } from '../protection';
import { feedIdOfAlarm } from './schedule';
import { installDefaultFeeds, onFeedListsChanged, onFeedRulesPreview, startFeeds, syncAndSchedule } from './service';

/**
 * Background wiring for feeds and personal lists; called synchronously from index.ts so that a
 * woken worker misses no alarm or event. Any list change drops the combined lists (reloaded
 * lazily on the next lookup) and rebuilds the browser's blocking rules at once (protection.ts: a burst of
 * changes costs at most one more rebuild).
 */
export function registerFeeds(): void {
  const listsChanged = () => {
    invalidateLists();
    refreshBlockRules().catch((error: unknown) => console.error('[scam-sentinel] block rules:', error));
  };
  onFeedListsChanged(listsChanged);
  onFeedRulesPreview(previewBlockRules);

  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && isPersonalListsChange(Object.keys(changes))) listsChanged();
    // A trusted site confirmed in this browser may now be let through.
    if (isTrustConfirmationsChange(area, Object.keys(changes))) listsChanged();
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    const id = feedIdOfAlarm(alarm.name);
    if (id !== null) void syncAndSchedule(id).catch((error: unknown) => console.error('[scam-sentinel] feed sync:', error));
  });

  const start = () => startFeeds().catch((error: unknown) => console.error('[scam-sentinel] feeds start:', error));
  browser.runtime.onStartup.addListener(start);
  // An administrator's policy may subscribe feeds (storage.managed "feeds").
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void start();
  });
  browser.runtime.onInstalled.addListener(({ reason }) => {
    const defaults = reason === 'install' ? installDefaultFeeds() : Promise.resolve();
    void defaults.then(start, (error: unknown) => console.error('[scam-sentinel] default feeds:', error));
  });

  // Chromium: sites listed beyond what the blocking rules carry (see protection.ts).
  if (usesDnr && browser.webNavigation !== undefined) {
    browser.webNavigation.onBeforeNavigate.addListener(({ tabId, frameId, url }) => {
      if (frameId !== 0 || tabId < 0) return;
      void navigationNeedsWarning(url)
        .then((warn) => (warn ? browser.tabs.update(tabId, { url: interstitialUrl(url) }) : undefined))
        .catch((error: unknown) => console.warn('[scam-sentinel] navigation check:', error));
    });
  }
}
