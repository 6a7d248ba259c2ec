import { browser } from 'wxt/browser';
import { normalizeHost } from '@/rules/hosts/normalize';
import type { TabStatus } from '@/rules/status';
import { findListing } from './blocklist';
import { isAllowedForSession } from './session-allowances';
import { blockedUrlOf } from './self';
import { wasPageChecked } from './site-memory';

/** The status of whatever a tab shows, from its URL (the warning page stands for the site it blocked). */
export async function statusForUrl(tabUrl: string | undefined): Promise<TabStatus> {
  const blockedUrl = tabUrl ? blockedUrlOf(tabUrl) : null;
  const url = blockedUrl ?? tabUrl ?? null;
  const isWeb = url !== null && /^https?:\/\//i.test(url);
  const base: TabStatus = {
    kind: blockedUrl !== null ? 'warning-page' : isWeb ? 'web' : 'other',
    url: isWeb ? url : null,
    host: isWeb ? normalizeHost(url) : null,
    level: 'ok',
    listing: null,
    allowedForSession: false,
    verdict: null,
    pageChecked: false,
  };
  if (!isWeb) return base;
  const listing = await findListing(url);
  if (listing === null) return base;
  return {
    ...base,
    level: 'danger',
    listing: { matched: listing.matched, source: listing.source },
    allowedForSession: await isAllowedForSession(listing.matched),
  };
}

export async function statusForTab(tabId: number): Promise<TabStatus> {
  const tab = await browser.tabs.get(tabId);
  const status = await statusForUrl(tab.url);
  return { ...status, pageChecked: tab.url !== undefined && (await wasPageChecked(tabId, tab.url)) };
}
